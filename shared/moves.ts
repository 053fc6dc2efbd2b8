import type { Move } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { committedState } from './committedState';
import { isFillMark, recordFill } from './fills';
import type { Rejection } from './rejection';
import { roleOfPlayer, type Role } from './roles';
import { checkCrisisChoice, chooseCrisisOption } from './rules/crisis';
import { checkOrders, submitOrders } from './rules/orders';
import {
  checkCounter,
  checkDone,
  checkPropose,
  checkRespond,
  checkWalkOut,
  counter,
  propose,
  respond,
  walkOut,
  type CounterInput,
  type ProposalInput,
} from './rules/summits';
import type { Orders, PeninsulaState } from './state';

/**
 * Moves are thin: check the untrusted input with the same `check…` function the client uses
 * to explain a refusal, then hand over to the rules.
 *
 * `client: false`: the server is the authority, and a move that ends a phase starts the next,
 * which draws from the hidden deck that no client holds.
 * `ignoreStaleStateID`: everyone acts at once in diplomacy and orders, so a move made on a
 * state one update old is still judged on the current state instead of being dropped.
 */
type Check = (G: PeninsulaState, role: Role | undefined, input: unknown) => Rejection | null;

function guarded<A>(check: Check, apply: (G: PeninsulaState, role: Role, input: A) => void, options: { redact?: boolean } = {}): Move<PeninsulaState> {
  return {
    // `mark`: set only by the server when it acts for a late seat (shared/fills.ts).
    // The check reads the committed state (shared/committedState.ts): the same values as the draft before
    // any write, without immer copying the board to read it.
    move: (context, input?: unknown, mark?: unknown) => {
      const { G, ctx, playerID } = context;
      const role = roleOfPlayer(playerID);
      if (check(committedState(context), role, input) !== null || role === undefined) return INVALID_MOVE;
      apply(G, role, input as A);
      if (isFillMark(mark)) recordFill(G, role, ctx.phase, mark);
    },
    client: false,
    ignoreStaleStateID: true,
    redact: options.redact ?? false,
  };
}

export const crisisMoves = {
  chooseCrisisOption: guarded<{ option: string }>(checkCrisisChoice, (G, _role, input) => chooseCrisisOption(G, input.option)),
};

export const diplomacyMoves = {
  propose: guarded<ProposalInput>(checkPropose, (G, role, input) => void propose(G, role, input)),
  respond: guarded<{ proposalId: string; answer: 'accepted' | 'rejected' }>(checkRespond, (G, role, input) => respond(G, role, input.proposalId, input.answer)),
  counter: guarded<CounterInput>(checkCounter, (G, role, input) => counter(G, role, input)),
  walkOut: guarded<{ proposalId: string }>(checkWalkOut, (G, role, input) => walkOut(G, role, input.proposalId)),
  done: guarded<undefined>(
    (G, role) => checkDone(G, role),
    (G, role) => {
      G.done[role] = true;
    },
  ),
};

/** Orders are secret until all are in: redacted from everyone else's copy of the log. */
export const orderMoves = {
  submitOrders: guarded<Orders>(checkOrders, (G, role, input) => submitOrders(G, role, input), { redact: true }),
};

export type MoveName = keyof typeof crisisMoves | keyof typeof diplomacyMoves | keyof typeof orderMoves;
