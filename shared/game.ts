import type { Game, PhaseConfig } from 'boardgame.io';
import { ActivePlayers } from 'boardgame.io/core';
import { enumerateMoves } from './enumerate';
import { crisisMoves, diplomacyMoves, orderMoves } from './moves';
import { normaliseOptions, NUM_PLAYERS, validateSetupData, type SetupInput } from './options';
import type { Phase } from './phases';
import { playerView } from './playerView';
import { ROLES } from './roles';
import { beginRound } from './rules/crisis';
import { resolvedRound } from './rules/resolution';
import { committedState, committedStatePlugin } from './committedState';
import { deepFreeze } from './deepFreeze';
import { createInitialState, dealOpening } from './rules/setup';
import { closeDiplomacy } from './rules/agreements';
import { finalResult, type GameResult } from './scoring';
import type { PeninsulaState } from './state';

const everyoneAtOnce = { activePlayers: ActivePlayers.ALL };

/**
 * Peninsula as one boardgame.io Game. A round is three phases (resolution runs as the
 * orders phase ends): crisis → diplomacy → orders → crisis of the next round.
 */
export const Peninsula: Game<PeninsulaState, Record<string, unknown>, SetupInput> = {
  name: 'peninsula',
  minPlayers: NUM_PLAYERS,
  maxPlayers: NUM_PLAYERS,
  disableUndo: true,
  // Not `deltaState`: with it, boardgame.io 0.50.2 clients stopped applying patches after a redacted
  // move and stalled (tried 2026-11-25; see docs/ARCHITECTURE.md). A late-game update is ~25 KB.
  // The deal happens in the first phase, not here: setup's result is the match's initial state.
  setup: (_context, setupData) => createInitialState(normaliseOptions(setupData)),
  validateSetupData,
  playerView: ({ G, playerID }) => playerView(G, playerID),

  phases: {
    crisis: {
      start: true,
      onBegin: ({ G, random }) => {
        if (G.round === 0) dealOpening(G, Math.floor(random.Number() * 2 ** 32));
        beginRound(G);
      },
      // The one role an event card asks to choose is the current player; other cards pass at once.
      turn: {
        order: {
          first: ({ G }) => (G.crisis.pendingChoice ? ROLES.indexOf(G.crisis.pendingChoice) : 0),
          next: () => undefined,
        },
      },
      // boardgame.io checks endIf before onBegin too: the phase ends only once this round's card is drawn and answered.
      endIf: ({ G }) => G.crisis.event !== null && G.crisis.pendingChoice === null,
      moves: crisisMoves,
      next: 'diplomacy' satisfies Phase,
    },
    diplomacy: {
      turn: everyoneAtOnce,
      moves: diplomacyMoves,
      endIf: ({ G }) => ROLES.every((role) => G.done[role]),
      onEnd: ({ G }) => closeDiplomacy(G),
      next: 'orders' satisfies Phase,
    },
    orders: {
      turn: everyoneAtOnce,
      moves: orderMoves,
      endIf: ({ G }) => ROLES.every((role) => G.submitted[role]),
      // Resolved on a copy of the committed state, not on immer's draft: the same rules, a fraction of the cost.
      // Returned frozen (its new parts only): immer finalising it would walk them looking for drafts.
      onEnd: (context) => deepFreeze(resolvedRound(committedState(context))),
      next: 'crisis' satisfies Phase,
    },
  } satisfies Record<Phase, PhaseConfig<PeninsulaState>>,

  endIf: ({ G }): GameResult | undefined => (G.war || G.finished ? finalResult(G) : undefined),

  plugins: [committedStatePlugin],

  ai: {
    enumerate: (G, ctx, playerID) => enumerateMoves(G, ctx.phase, playerID),
  },
};
