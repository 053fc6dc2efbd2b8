import { describe, expect, test } from 'vitest';
import { fulfilled, GroupCommit, rejected } from '../../server/storage/groupCommit';

/** A write of the tests: its key (a match) and a name; `bad` breaks any group it is in, as a deleted match breaks a statement. */
interface Write {
  key: string;
  name: string;
  bad?: boolean;
}

/**
 * The shared group commit (server/storage/groupCommit.ts) with a statement of the tests' own: each group
 * waits until the test lets it land, so what leaves together, and when, is seen exactly. The moves' and the
 * timers' own SQL are tested on both databases (storage.test.ts, timerRows.test.ts).
 */
function harness(inFlight: number) {
  const sent: string[][] = [];
  const waiting: (() => void)[] = [];
  const told: string[] = [];
  const group = new GroupCommit<Write, string>({
    maxGroup: 3,
    inFlight,
    keyOf: (w) => w.key,
    commit: async (writes) => {
      sent.push(writes.map((w) => w.name));
      await new Promise<void>((land) => waiting.push(land));
      if (writes.some((w) => w.bad)) throw new Error(`bad group ${writes.map((w) => w.name).join('+')}`);
      // A write named "late" fails on its own after its group committed (the moves' second statement).
      return writes.map((w) => (w.name === 'late' ? rejected(new Error('late')) : fulfilled(`stored ${w.name}`)));
    },
    settled: (w, outcome) => told.push(`${w.name}:${outcome.status}`),
  });
  /** Lets every group under way land, then waits for what that set off. */
  const land = async () => {
    for (const go of waiting.splice(0)) go();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { group, sent, told, land };
}

describe('GroupCommit', () => {
  test('writes that wait leave together; one key never twice under way, and its writes keep their order', async () => {
    const { group, sent, land } = harness(2);
    const results = ['a1', 'a2', 'b1', 'c1', 'd1', 'e1'].map((name) => group.add({ key: name[0]!, name }));
    // a1 leaves at once; a2 waits for it (same key); b1 takes the second place under way; the rest wait.
    expect(sent).toEqual([['a1'], ['b1']]);
    await land();
    // Both landed: the waiting writes leave in queue order, at most three a group, a2 only after a1.
    expect(sent.slice(2)).toEqual([['a2', 'c1', 'd1'], ['e1']]);
    await land();
    expect(await Promise.all(results)).toEqual(['stored a1', 'stored a2', 'stored b1', 'stored c1', 'stored d1', 'stored e1']);
  });

  test('a group that fails is sent again one write at a time, so only the bad write fails; a write failed on its own is not retried', async () => {
    const { group, sent, told, land } = harness(1);
    const first = group.add({ key: 'x', name: 'first' });
    const results = Promise.allSettled([
      group.add({ key: 'a', name: 'good' }),
      group.add({ key: 'b', name: 'broken', bad: true }),
      group.add({ key: 'c', name: 'late' }),
    ]);
    await land(); // first lands; the three leave together and fail as a group
    await land();
    for (let i = 0; i < 3; i++) await land(); // each again alone
    expect(await first).toBe('stored first');
    expect((await results).map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
    expect(sent).toEqual([['first'], ['good', 'broken', 'late'], ['good'], ['broken'], ['late']]);
    // The storage hears each outcome (before its promise settles), once.
    expect(told).toEqual(['first:fulfilled', 'good:fulfilled', 'broken:rejected', 'late:rejected']);

    // Positive control: a group without a bad write is not sent again, and "late" alone fails in it without a retry.
    sent.length = 0;
    const again = Promise.allSettled([group.add({ key: 'x', name: 'first' }), group.add({ key: 'a', name: 'good' }), group.add({ key: 'c', name: 'late' })]);
    await land();
    await land();
    expect((await again).map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(sent).toEqual([['first'], ['good', 'late']]);
  });

  test('idle() answers at once when nothing is under way, and otherwise once every write asked for has settled', async () => {
    const { group, land } = harness(1);
    await group.idle();
    const settled: string[] = [];
    for (const name of ['a1', 'a2', 'b1']) void group.add({ key: name[0]!, name }).then(() => settled.push(name));
    let idle = false;
    void group.idle().then(() => (idle = true));
    await land();
    expect([idle, settled]).toEqual([false, ['a1']]);
    await land();
    expect([idle, settled]).toEqual([true, ['a1', 'a2', 'b1']]);
  });
});
