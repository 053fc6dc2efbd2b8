import {
  checkCounter,
  checkCrisisChoice,
  checkDone,
  checkOrders,
  checkPropose,
  checkRespond,
  checkWalkOut,
  asPhase,
  roleOfPlayer,
  type SeatView,
  type Phase,
  type Rejection,
  type Role,
} from '../../shared/index';
import type { MoveName } from '../../shared/moves';

type Check = (G: SeatView, role: Role | undefined, input: unknown) => Rejection | null;

/** The ruleset's own checks, one per move: the client runs them before it sends anything. */
const CHECKS: Readonly<Record<MoveName, { phase: Phase; check: Check }>> = {
  chooseCrisisOption: { phase: 'crisis', check: checkCrisisChoice },
  propose: { phase: 'diplomacy', check: checkPropose },
  respond: { phase: 'diplomacy', check: checkRespond },
  counter: { phase: 'diplomacy', check: checkCounter },
  walkOut: { phase: 'diplomacy', check: checkWalkOut },
  done: { phase: 'diplomacy', check: (G, role) => checkDone(G, role) },
  submitOrders: { phase: 'orders', check: checkOrders },
};

const PHASE_NAMES: Readonly<Record<Phase, string>> = { crisis: 'the crisis', diplomacy: 'diplomacy', orders: 'orders' };

/** Why this move would be refused now, or null if the server will accept it. */
export function checkMove(G: SeatView, ctxPhase: string | null, playerID: string | null, move: MoveName, input?: unknown): Rejection | null {
  const { phase: needed, check } = CHECKS[move];
  const phase = asPhase(ctxPhase);
  if (phase !== needed) {
    return { code: 'WRONG_PHASE', message: `That can only be done during ${PHASE_NAMES[needed]}; it is now ${phase ? PHASE_NAMES[phase] : 'over'}.` };
  }
  return check(G, roleOfPlayer(playerID), input);
}

/** Sends a move after checking it; returns the refusal instead of sending when the rules say no. */
export type Send = (move: MoveName, input?: unknown) => Rejection | null;

export function makeSend(G: SeatView, phase: string | null, playerID: string | null, dispatch: (move: MoveName, args: unknown[]) => void): Send {
  return (move, input) => {
    const refusal = checkMove(G, phase, playerID, move, input);
    if (refusal) return refusal;
    dispatch(move, input === undefined ? [] : [input]);
    return null;
  };
}
