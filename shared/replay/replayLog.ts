import type { LogEntry, State } from 'boardgame.io';
import { CreateGameReducer, ProcessGameConfig } from 'boardgame.io/internal';
import type { EventId } from '../data/events';
import { Peninsula } from '../game';
import { stackEvent } from '../stackEvent';
import type { PeninsulaState } from '../state';

export type ReplayState = State<PeninsulaState>;

const reducer = CreateGameReducer({ game: ProcessGameConfig(Peninsula), isClient: false });

/** A stored match replayed: the first state of each round (index 0 is round 1) and the last state reached. */
export interface Replayed {
  roundStarts: ReplayState[];
  last: ReplayState;
}

/** Why a match's record does not replay to its stored state (a move the rules refuse, a state that differs). */
export class ReplayMismatch extends Error {}

function move(state: ReplayState, entry: LogEntry): ReplayState {
  const { type, args, playerID } = entry.action.payload as { type: string; args?: unknown[]; playerID: string };
  return reducer(state, { type: 'MAKE_MOVE', payload: { type, args: args ?? [], playerID } }) as ReplayState;
}

/**
 * Replays a match from its stored initial state and its log through boardgame.io's own reducer and
 * the same Game, so the server re-implements nothing. The ruleset is deterministic (its random stream
 * lives in G.secret), so the moves alone give every state back — except a class teacher's injected
 * event, which is put on the deck outside any move (server/classroom/injects.ts). `drawn` names the
 * event each round really drew (the round records): when a round's draw differs, the round-ending move
 * is applied again with that event stacked, as the inject did.
 */
export function replayLog(initial: ReplayState, log: readonly LogEntry[], drawn: (round: number) => EventId | undefined): Replayed {
  let state = initial;
  const roundStarts: ReplayState[] = [initial];
  for (const entry of log) {
    if (entry.action.type !== 'MAKE_MOVE') continue;
    let next = move(state, entry);
    if (next._stateID !== state._stateID + 1)
      throw new ReplayMismatch(`The logged move ${entry.action.payload.type} at state ${state._stateID} does not apply.`);
    const round = next.G.round;
    const wanted = drawn(round);
    if (round > state.G.round && wanted !== undefined && next.G.crisis.event !== wanted) {
      const stacked = structuredClone(state);
      stackEvent(stacked.G, wanted);
      next = move(stacked, entry);
    }
    if (next.G.round > state.G.round) roundStarts.push(next);
    state = next;
  }
  return { roundStarts, last: state };
}

/** The event each round drew, read off the round records and the current crisis of the latest state. */
export function drawnEvents(latest: PeninsulaState): (round: number) => EventId | undefined {
  const byRound = new Map<number, EventId>(latest.history.map((r) => [r.round, r.event]));
  if (latest.crisis.event) byRound.set(latest.round, latest.crisis.event);
  return (round) => byRound.get(round);
}

/** Equal as JSON values, whatever the order of keys (Postgres's jsonb stores objects with its own key order). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left).filter((k) => left[k] !== undefined);
  if (keys.length !== Object.keys(right).filter((k) => right[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(right, k) && sameJson(left[k], right[k]));
}

/**
 * Whether the replay reached the stored state exactly (same id, same G): else it must not be shown or
 * forked. An inject not drawn yet (the round still running, or the game over first) sits on top of the
 * stored deck, put there outside any move: the replay stacks the same card before comparing.
 */
export function replaysTo(replayed: Replayed, stored: ReplayState): boolean {
  if (replayed.last._stateID !== stored._stateID) return false;
  if (sameJson(replayed.last.G, stored.G)) return true;
  const top = stored.G.secret?.deck[0];
  if (top === undefined) return false;
  const stacked = structuredClone(replayed.last.G);
  stackEvent(stacked, top);
  return sameJson(stacked, stored.G);
}
