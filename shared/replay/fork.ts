import { redealSecrets } from '../rules/setup';
import type { ReplayState } from './replayLog';

/**
 * How a fork treats the parent's secrets. `exact`: the fork starts in the parent's very state, deck,
 * agendas and random stream included — for a finished parent, whose secrets the end screen has shown.
 * `redealt`: the public board is the parent's, the secrets are dealt anew — for a parent still in
 * play, whose agendas and undrawn cards its players still hold secret.
 */
export type ForkMode = { kind: 'exact' } | { kind: 'redealt'; seed: number };

/**
 * The first state of a fork: the parent's state at the start of a round, as boardgame.io stores a
 * match (the last move's log entries and undo stacks left behind: the fork's log starts empty).
 * The server stores it and never sends it whole: every seat gets its playerView, and the initial
 * state boardgame.io hands out on sync is the spectator's (server/matchStore.ts).
 */
export function forkStart(roundStart: ReplayState, mode: ForkMode): ReplayState {
  const state = structuredClone(roundStart);
  if (mode.kind === 'redealt') redealSecrets(state.G, mode.seed);
  return { ...state, deltalog: [], _undo: [], _redo: [] };
}
