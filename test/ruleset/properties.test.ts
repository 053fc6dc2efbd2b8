import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { playerView } from '../../shared/playerView';
import { ROLES } from '../../shared/roles';
import { applyMove, startMatch } from '../../tools/sim/headless';
import { TRACK_MAX, TRACK_MIN, TRACKS } from '../../shared/tracks';
import { lcg, MOVE_BOUND, playRandomGame } from '../support/randomGame';

const gameArb = fc.record({
  seed: fc.string({ minLength: 1, maxLength: 12 }),
  scenario: fc.constantFrom(...SCENARIO_IDS),
  rounds: fc.integer({ min: 4, max: 10 }),
  picks: fc.array(fc.nat(), { minLength: 50, maxLength: 200 }),
});

/** Indices from fast-check's array, cycled, so a failing game shrinks to a short list of choices. */
function fromPicks(picks: number[]): (n: number) => number {
  let i = 0;
  return (n) => (picks[i++ % picks.length] ?? 0) % n;
}

// Generous limits, not timing assertions: on a loaded two-core CI machine these take several times longer than alone.
const PROPERTY_LIMIT_MS = 120_000;

describe('invariants of random legal games', { timeout: PROPERTY_LIMIT_MS }, () => {
  test('every game ends within the bound, and every track stays within 0–10 after every move', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, scenario, rounds, picks }) => {
        const { state, steps } = playRandomGame({ seed, scenario, rounds }, fromPicks(picks), (s) => {
          for (const t of TRACKS) {
            expect(s.G.tracks[t]).toBeGreaterThanOrEqual(TRACK_MIN);
            expect(s.G.tracks[t]).toBeLessThanOrEqual(TRACK_MAX);
            expect(Number.isInteger(s.G.tracks[t])).toBe(true);
          }
        });
        expect(steps.length).toBeLessThan(MOVE_BOUND);
        expect(state.ctx.gameover).toBeDefined();
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  test('the same seed and the same moves give the same state', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, scenario, rounds, picks }) => {
        const first = playRandomGame({ seed, scenario, rounds }, fromPicks(picks));
        let replay = startMatch({ seed, scenario, rounds });
        for (const step of first.steps) replay = applyMove(replay, step.playerID, step.move, step.args);
        expect(replay.G).toEqual(first.state.G);
        expect(replay.ctx.gameover).toEqual(first.state.ctx.gameover);
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  test('no role\'s view ever holds another role\'s agenda, unrevealed orders, the deck or the seed', () => {
    fc.assert(
      fc.property(gameArb, ({ seed, scenario, rounds, picks }) => {
        const secretSeed = `seed-${seed}-secret`;
        playRandomGame({ seed: secretSeed, scenario, rounds }, fromPicks(picks), (s) => {
          if (s.ctx.gameover) return;
          ROLES.forEach((role, i) => {
            const text = JSON.stringify(playerView(s.G, String(i)));
            expect(text).not.toContain(secretSeed);
            expect(text).not.toContain('"deck"');
            for (const other of ROLES) {
              if (other === role) continue;
              const slice = s.G.private[other];
              expect(text).not.toContain(`"${slice?.agenda}"`);
              if (slice?.orders) expect(text).not.toContain(JSON.stringify(slice.orders));
            }
          });
        });
      }),
      { seed: 99, numRuns: 40 },
    );
  });
});

describe('a thousand random games', () => {
  test('1,000 seeded random games across the scenarios complete without an exception', () => {
    const outcomes = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const { state } = playRandomGame({ seed: `random-${i}`, scenario: SCENARIO_IDS[i % SCENARIO_IDS.length] }, lcg(i + 1));
      const outcome = (state.ctx.gameover as { outcome: string }).outcome;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(1000);
  }, 300_000);
});
