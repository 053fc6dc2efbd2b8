import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jitter } from '../../shared/bots/packageScore';
import { nextRandom, seedFromString } from '../../shared/rng';
import { statesInPhase } from './botStates';

describe('the bots’ jitter, hashed from a prefix worked out once per scorer', () => {
  test('FNV-1a goes on from a prefix’s hash: seedFromString(b, seedFromString(a)) is seedFromString(a + b)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(seedFromString(b, seedFromString(a))).toBe(seedFromString(a + b));
      }),
      { numRuns: 500 },
    );
    // Positive control: the prefix matters (a different one gives another hash).
    expect(seedFromString('b', seedFromString('x'))).not.toBe(seedFromString('ab'));
  });

  test('jitter on real boards is the hash of the whole text, as it was', () => {
    const [G] = statesInPhase('jitter-1');
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('0', '1', '2', '3', '4'), (key, playerID) => {
        expect(jitter(G!, playerID, key)).toBe(nextRandom(seedFromString(`${G!.round}|${G!.nextId}|${playerID}|${key}`))[0] / 2);
      }),
      { numRuns: 200 },
    );
  });
});
