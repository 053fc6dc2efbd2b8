import type { Move } from 'boardgame.io';
import { INVALID_MOVE } from 'boardgame.io/core';
import { committedState } from './committedState';
import { deepFreeze } from './deepFreeze';
import { isFillMark, recordFill } from './fills';
import type { Rejection } from './rejection';
import { roleOfPlayer, type Role } from './roles';
import { checkCrisisChoice, chooseCrisisOption } from './rules/crisis';
import { signingCopy } from './rules/agreements';
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

/**
 * `copy`: the committed state with the parts `apply` writes copied (the rest shared). A move that has one
 * applies to that copy and returns it as the next state, instead of writing to immer's draft: immer's first
 * write copies the board's top level property by property, the most of what a one-line move costs
 * (test/ruleset/committedState.test.ts plays games both ways on frozen committed states).
 */
interface GuardOptions {
  redact?: boolean;
  copy?: (committed: PeninsulaState, role: Role) => PeninsulaState;
}

function guarded<A>(check: Check, apply: (G: PeninsulaState, role: Role, input: A) => void, options: GuardOptions = {}): Move<PeninsulaState> {
  return {
    // `mark`: set only by the server when it acts for a late seat (shared/fills.ts).
    // The check reads the committed state (shared/committedState.ts): the same values as the draft before
    // any write, without immer copying the board to read it.
    move: (context, input?: unknown, mark?: unknown) => {
      const { G, ctx, playerID } = context;
      const role = roleOfPlayer(playerID);
      const committed = committedState(context);
      if (check(committed, role, input) !== null || role === undefined) return INVALID_MOVE;
      // A fill also writes its record (recordFill): it goes the usual way, as does a move called without the plugin.
      if (options.copy && committed !== G && !isFillMark(mark)) {
        const next = options.copy(committed, role);
        apply(next, role, input as A);
        // Frozen here, its few new parts: immer would walk every unfrozen part of it to finalise it.
        return deepFreeze(next);
      }
      apply(G, role, input as A);
      if (isFillMark(mark)) recordFill(G, role, ctx.phase, mark);
    },
    client: false,
    ignoreStaleStateID: true,
    redact: options.redact ?? false,
  };
}

/** The copy an answer is written on: what signing writes (the answer may complete one), and the proposals' answers. */
const answeringCopy = (G: PeninsulaState): PeninsulaState => signingCopy(G, { answers: true });

/** The copy orders are handed in on: who has submitted, and the role's own private slice (its orders). */
function ordersCopy(G: PeninsulaState, role: Role): PeninsulaState {
  const slice = G.private[role];
  return { ...G, submitted: { ...G.submitted }, private: slice ? { ...G.private, [role]: { ...slice } } : G.private };
}

export const crisisMoves = {
  chooseCrisisOption: guarded<{ option: string }>(checkCrisisChoice, (G, _role, input) => chooseCrisisOption(G, input.option)),
};

export const diplomacyMoves = {
  // Proposing takes an id and adds a proposal; leaving the table marks the role done; answers and orders: see their copies.
  propose: guarded<ProposalInput>(checkPropose, (G, role, input) => void propose(G, role, input), { copy: (G) => ({ ...G, proposals: [...G.proposals] }) }),
  respond: guarded<{ proposalId: string; answer: 'accepted' | 'rejected' }>(
    checkRespond,
    (G, role, input) => respond(G, role, input.proposalId, input.answer),
    {
      copy: answeringCopy,
    },
  ),
  counter: guarded<CounterInput>(checkCounter, (G, role, input) => counter(G, role, input)),
  walkOut: guarded<{ proposalId: string }>(checkWalkOut, (G, role, input) => walkOut(G, role, input.proposalId)),
  done: guarded<undefined>(
    (G, role) => checkDone(G, role),
    (G, role) => {
      G.done[role] = true;
    },
    { copy: (G) => ({ ...G, done: { ...G.done } }) },
  ),
};

/** Orders are secret until all are in: redacted from everyone else's copy of the log. */
export const orderMoves = {
  submitOrders: guarded<Orders>(checkOrders, (G, role, input) => submitOrders(G, role, input), { redact: true, copy: ordersCopy }),
};

export type MoveName = keyof typeof crisisMoves | keyof typeof diplomacyMoves | keyof typeof orderMoves;
