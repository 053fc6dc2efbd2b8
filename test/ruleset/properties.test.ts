import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { playerView } from '../../shared/playerView';
import type { GameResult } from '../../shared/scoring';
import { ROLES } from '../../shared/roles';
import { applyMove, startMatch } from '../../tools/sim/headless';
import { STEP_BACK_TO, TRACK_MAX, TRACK_MIN, TRACKS } from '../../shared/tracks';
import { MOVE_BOUND, playRandomGame } from '../support/randomGame';

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
        const outOfRange: string[] = [];
        const { state, steps } = playRandomGame({ seed, scenario, rounds }, fromPicks(picks), (s, step) => {
          for (const t of TRACKS) {
            const value = s.G.tracks[t];
            if (!Number.isInteger(value) || value < TRACK_MIN || value > TRACK_MAX) outOfRange.push(`${t}=${value} after ${step.move}`);
          }
        });
        // One assertion per game, not per track and move: expect() per value was most of this test's time.
        expect(outOfRange).toEqual([]);
        expect(steps.length).toBeLessThan(MOVE_BOUND);
        expect(state.ctx.gameover).toBeDefined();
      }),
      { seed: 42, numRuns: 60 },
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
      { seed: 7, numRuns: 20 },
    );
  });

  test("no role's view ever holds another role's agenda, unrevealed orders, the deck or the seed", () => {
    fc.assert(
      fc.property(gameArb, ({ seed, scenario, rounds, picks }) => {
        const secretSeed = `seed-${seed}-secret`;
        const leaks: string[] = [];
        playRandomGame({ seed: secretSeed, scenario, rounds }, fromPicks(picks), (s, step) => {
          if (s.ctx.gameover) return;
          ROLES.forEach((role, i) => {
            const text = JSON.stringify(playerView(s.G, String(i)));
            const at = `${role}'s view after ${step.move}`;
            if (text.includes(secretSeed)) leaks.push(`${at}: the seed`);
            if (text.includes('"deck"')) leaks.push(`${at}: the deck`);
            for (const other of ROLES) {
              if (other === role) continue;
              const slice = s.G.private[other];
              if (text.includes(`"${slice?.agenda}"`)) leaks.push(`${at}: ${other}'s agenda`);
              if (slice?.orders && text.includes(JSON.stringify(slice.orders))) leaks.push(`${at}: ${other}'s orders`);
            }
          });
        });
        expect(leaks).toEqual([]);
      }),
      { seed: 99, numRuns: 20 },
    );
  });
});

/**
 * The brink rule (shared/rules/record.ts, judgeTheBrink), checked from the outside: the rounds a game
 * records say when war must come, and the game must agree. War comes at the end of the round after one
 * that ended with tension at its limit, unless that round steps back to STEP_BACK_TO or less (balance pass 21),
 * and the game stops there; otherwise there is no war and the game plays every one of its rounds. Both kinds of game must occur, or the
 * property would hold for want of examples.
 */
describe('war, from the recorded rounds', () => {
  test('war comes exactly at the round after one at the top of the tension track that does not step back; otherwise every round is played', () => {
    const seen = { war: 0, peace: 0 };
    fc.assert(
      fc.property(gameArb, ({ seed, scenario, rounds, picks }) => {
        const { state } = playRandomGame({ seed, scenario, rounds }, fromPicks(picks));
        const { G } = state;
        const atLimit = G.history.map((r) => r.tracks.tension === TRACK_MAX);
        const warAt = G.history.findIndex((r, i) => i > 0 && atLimit[i - 1] === true && r.tracks.tension > STEP_BACK_TO);
        const result = state.ctx.gameover as GameResult;
        if (warAt === -1) {
          seen.peace += 1;
          expect(G.war).toBeNull();
          expect(result.outcome).not.toBe('war');
          expect(G.history).toHaveLength(G.options.rounds);
        } else {
          seen.war += 1;
          expect(G.war?.round).toBe(G.history[warAt]?.round);
          expect(result.outcome).toBe('war');
          expect(G.history).toHaveLength(warAt + 1);
        }
        expect(result.roundsPlayed).toBe(G.history.length);
      }),
      { seed: 2026, numRuns: 40 },
    );
    expect(seen.war).toBeGreaterThan(0);
    expect(seen.peace).toBeGreaterThan(0);
  });
});
