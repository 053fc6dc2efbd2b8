import { describe, expect, test } from 'vitest';
import { RestoreQueue } from '../../server/shard/restoreQueue';

/** A step that finishes only when the test says so, recording what it was asked to restore. */
function recorder() {
  const calls: string[][] = [];
  const release: (() => void)[] = [];
  const step = (ids: string[]) =>
    new Promise<void>((resolve) => {
      calls.push(ids);
      release.push(resolve);
    });
  const releaseAll = async () => {
    for (let i = 0; i < 50 && release.length > 0; i++) {
      release.splice(0).forEach((r) => r());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { calls, step, releaseAll };
}

describe('RestoreQueue: the order a taken-over shard comes back in', () => {
  test('matches go in the given order, a chunk to a step; one asked for out of turn goes at once on its own, and nothing is restored twice', async () => {
    const queue = new RestoreQueue();
    const many = recorder();
    const one = recorder();
    const errors: string[][] = [];
    const run = queue.run(['a', 'b', 'c', 'd', 'e', 'f'], 2, 1, {
      many: (ids) => many.step(ids),
      one: (id) => one.step([id]),
      onError: (ids) => errors.push(ids),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(many.calls).toEqual([['a', 'b']]);
    expect(queue.pending('f')).toBe(true);

    // A player's handshake for f, still waiting its turn: restored now, and the request waits for it.
    let fReady = false;
    void queue.restored('f').then(() => (fReady = true));
    expect(one.calls).toEqual([['f']]);
    // Asked for while its chunk is under way: the same restore, not a second one.
    void queue.restored('a');
    expect(one.calls).toEqual([['f']]);
    await one.releaseAll();
    expect(fReady).toBe(true);

    await many.releaseAll();
    await run;
    expect(many.calls).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(queue.askedFor).toBe(1);
    expect(queue.pending('a')).toBe(false);
    expect(errors).toEqual([]);
    // Not waiting (restored, or never listed): nothing to do.
    await queue.restored('a');
    await queue.restored('zz');
    expect(one.calls).toEqual([['f']]);
  });

  test('a failed chunk is reported and the run goes on', async () => {
    const queue = new RestoreQueue();
    const errors: string[][] = [];
    const done: string[] = [];
    await queue.run(['a', 'b', 'c'], 1, 2, {
      many: async ([id]) => {
        if (id === 'b') throw new Error('unreadable');
        done.push(id!);
      },
      one: async () => undefined,
      onError: (ids) => errors.push(ids),
    });
    expect(done.sort()).toEqual(['a', 'c']);
    expect(errors).toEqual([['b']]);
  });
});
