import type { Game } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { enumerateMoves } from '../../shared/enumerate';
import { Peninsula } from '../../shared/game';
import { NUM_PLAYERS, type SetupInput } from '../../shared/options';
import { resolvedRound, resolveRound } from '../../shared/rules/resolution';
import { roleOfPlayer } from '../../shared/roles';
import { submitOrders } from '../../shared/rules/orders';
import type { Orders, PeninsulaState } from '../../shared/state';
import { seatsToMove, type MatchState } from '../../tools/sim/headless';
import { deepFreeze } from '../sim/botStates';
import { lcg } from '../support/randomGame';

/*
 * The engine reads the committed state where it used to read immer's draft (a move's check), resolves
 * a round on a copy instead of on the draft (shared/committedState.ts), and proposes, answers, leaves the table and submits orders
 * on a copy (shared/moves.ts). The full path is the Game as it was: no plugin, so every check reads the
 * draft and every move and the round's resolution write to it. Both must play alike.
 */
const fullPath: Game<PeninsulaState> = {
  ...Peninsula,
  plugins: [],
  phases: { ...Peninsula.phases, orders: { ...Peninsula.phases!.orders, onEnd: ({ G }) => resolveRound(G) } },
} as Game<PeninsulaState>;

type Engine = { start: (setup: SetupInput) => MatchState; move: (state: MatchState, playerID: string, move: string, args: unknown[]) => MatchState };

function engineOf(definition: Game<PeninsulaState>): Engine {
  const game = ProcessGameConfig(definition as Game);
  const reducer = CreateGameReducer({ game, isClient: false });
  return {
    start: (setupData) => InitializeGame({ game, numPlayers: NUM_PLAYERS, setupData }) as MatchState,
    move: (state, playerID, type, args) => reducer(state, { type: 'MAKE_MOVE', payload: { type, args, playerID } }) as MatchState,
  };
}

const shortcut = engineOf(Peninsula);
const full = engineOf(fullPath);
const MOVE_BOUND = 3000;

/** What a state holds for the players and the server (the engine's bookkeeping included). */
const played = (s: MatchState) => ({ G: s.G, ctx: s.ctx, stateID: s._stateID, log: s.deltalog });

/**
 * Plays one game on both engines in step: each step one seat tries a move listed for another seat or phase
 * (mostly refused: every check runs), then a seat with a legal move makes one. Returns the moves refused.
 */
function playBoth(setup: SetupInput, pick: (n: number) => number): { moves: number; refused: number } {
  let a = shortcut.start(setup);
  let b = full.start(setup);
  expect(played(a)).toEqual(played(b));
  let moves = 0;
  let refused = 0;
  for (let steps = 0; a.ctx.gameover === undefined; steps++) {
    if (steps >= MOVE_BOUND) throw new Error(`no end after ${MOVE_BOUND} steps`);
    // A seat that has a move (one that waits, e.g. has left the table, would stall the game).
    const seats = seatsToMove(a.ctx).filter((seat) => enumerateMoves(a.G, a.ctx.phase, seat).length > 0);
    const mover = seats[pick(seats.length)]!;
    // Another seat's move (or this seat's, listed for the phase): the checks refuse most of them, on both engines alike.
    const other = enumerateMoves(a.G, a.ctx.phase, String(pick(NUM_PLAYERS)));
    const attempt = other[pick(other.length || 1)];
    if (attempt) {
      const [nextA, nextB] = [shortcut.move(a, mover, attempt.move, attempt.args), full.move(b, mover, attempt.move, attempt.args)];
      if (nextA._stateID === a._stateID) refused += 1;
      [a, b] = [nextA, nextB];
      expect(played(a)).toEqual(played(b));
    }
    const choices = enumerateMoves(a.G, a.ctx.phase, mover);
    const choice = choices[pick(choices.length || 1)];
    if (choice) {
      [a, b] = [shortcut.move(a, mover, choice.move, choice.args), full.move(b, mover, choice.move, choice.args)];
      expect(played(a)).toEqual(played(b));
      moves += 1;
    }
  }
  return { moves, refused };
}

// Generous limit, not a timing assertion: a loaded two-core machine takes several times longer than alone.
const LIMIT_MS = 120_000;

describe('the engine on the committed state plays as on the draft', { timeout: LIMIT_MS }, () => {
  test('random games, with a refused move tried at every step, reach the same state after every move on both paths', () => {
    let refused = 0;
    let played = 0;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.string({ minLength: 1, maxLength: 8 }),
          scenario: fc.constantFrom(...SCENARIO_IDS),
          picks: fc.array(fc.nat(), { minLength: 20, maxLength: 80 }),
        }),
        ({ seed, scenario, picks }) => {
          let i = 0;
          const result = playBoth({ seed, scenario, rounds: 4 }, (n) => (picks[i++ % picks.length] ?? 0) % n);
          // A game may end early (war can come in round 2: balance pass 21), but it is played.
          expect(result.moves).toBeGreaterThan(0);
          played += result.moves;
          refused += result.refused;
        },
      ),
      { numRuns: 6 },
    );
    // Positive controls: the games were played, and the refusals were tried (and refused by both).
    expect(played).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(20);
  });

  test('a round resolved on a copy of a frozen board (resolvedRound) writes nothing of it and ends as resolved in place', () => {
    let resolved = 0;
    for (const [i, scenario] of SCENARIO_IDS.entries()) {
      const pick = lcg(7 + i);
      let state = shortcut.start({ seed: `committed-round-${i}`, scenario });
      for (let moves = 0; state.ctx.gameover === undefined && moves < MOVE_BOUND; moves++) {
        const seats = seatsToMove(state.ctx);
        const mover = seats[pick(seats.length)]!;
        const choices = enumerateMoves(state.G, state.ctx.phase, mover);
        const choice = choices[pick(choices.length || 1)];
        if (!choice) continue;
        const next = shortcut.move(state, mover, choice.move, choice.args);
        if (state.ctx.phase === 'orders' && next.ctx.phase !== 'orders') {
          // The board the orders phase's end resolves: every order in. Resolved on a copy of it frozen, and in place.
          const board = structuredClone(state.G);
          submitOrders(board, roleOfPlayer(mover)!, choice.args[0] as Orders);
          const onCopy = resolvedRound(deepFreeze(structuredClone(board)));
          resolveRound(board);
          expect(onCopy).toEqual(board);
          resolved += 1;
        }
        state = next;
      }
    }
    expect(resolved).toBeGreaterThanOrEqual(3 * SCENARIO_IDS.length);
  });

  test('positive control: resolving in place on the frozen board throws', () => {
    let state = shortcut.start({ seed: 'committed-round', scenario: 'singapore2018' });
    for (let moves = 0; state.ctx.phase !== 'orders' && moves < MOVE_BOUND; moves++) {
      const mover = seatsToMove(state.ctx).find((seat) => enumerateMoves(state.G, state.ctx.phase, seat).length > 0)!;
      const choice = enumerateMoves(state.G, state.ctx.phase, mover)[0]!;
      state = shortcut.move(state, mover, choice.move, choice.args);
    }
    expect(() => resolveRound(deepFreeze(structuredClone(state.G)))).toThrow(TypeError);
  });
});
