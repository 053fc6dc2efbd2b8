import { describe, expect, test } from 'vitest';
import { fillMark } from '../../shared/fills';
import { MOVE_ARGS_LIMITS } from '../../shared/moveLimits';
import { MEMO_MAX_LENGTH } from '../../shared/rules/orders';
import { lcg, playRandomGame } from '../support/randomGame';

function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/** What the server's socket gate measures: the arguments as sent, with the fill mark the server may add and the longest memo. */
function asSentAtMost(args: unknown[]): unknown[] {
  const [input] = args;
  const withMemo = input && typeof input === 'object' && 'actions' in input ? { ...input, memo: 'm'.repeat(MEMO_MAX_LENGTH) } : (input ?? null);
  return [withMemo, fillMark('teacher')];
}

describe('the socket gate’s size cap fits every legal move (shared/moveLimits.ts)', () => {
  test.each([1, 2, 3, 4, 5, 6])('every move of random game %i, with the longest memo and a fill mark, is within the limits', (seed) => {
    const pick = lcg(seed);
    let largest = 0;
    playRandomGame({ seed: `limits-${seed}`, rounds: 6 }, pick, (_state, step) => {
      const sent = asSentAtMost(step.args);
      expect(sent.length).toBeLessThanOrEqual(MOVE_ARGS_LIMITS.maxArgs);
      expect(depthOf(sent), step.move).toBeLessThanOrEqual(MOVE_ARGS_LIMITS.maxDepth);
      const length = JSON.stringify(sent).length;
      expect(length, step.move).toBeLessThanOrEqual(MOVE_ARGS_LIMITS.maxJsonLength);
      largest = Math.max(largest, length);
    });
    // The cap is an upper bound, not a guess far off: the largest real move is within a few times of it.
    expect(largest * 4).toBeGreaterThan(MOVE_ARGS_LIMITS.maxJsonLength);
  });
});
