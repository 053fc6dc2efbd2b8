import type { LogEntry, State } from 'boardgame.io';
import type { FetchOpts, FetchResult } from 'boardgame.io/dist/types/src/server/db/base';
import { MatchStore } from '../matchStore';
import { metrics } from './registry';

/**
 * The match store, timed. boardgame.io's master handles a move as: read the match's state,
 * run the reducer, store the new state. A state-only read starts a move's clock for that match;
 * the stored state stops it. (A sync also reads the state, but with its log and initial state.)
 */
export class MeasuredMatchStore extends MatchStore {
  private readonly moveStarted = new Map<string, number>();

  override async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    if (opts.state && !opts.log && !opts.initialState) this.moveStarted.set(matchID, performance.now());
    return super.fetch(matchID, opts);
  }

  override async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const writing = performance.now();
    await super.setState(matchID, state, deltalog);
    const now = performance.now();
    metrics.storageWriteSeconds.observeMs(now - writing);
    const moves = (deltalog ?? []).filter((entry) => entry.action.type === 'MAKE_MOVE').length;
    if (moves === 0) return;
    metrics.moves.inc(moves);
    const started = this.moveStarted.get(matchID);
    this.moveStarted.delete(matchID);
    if (started !== undefined) metrics.moveSeconds.observeMs(now - started);
  }

  override async wipe(matchID: string): Promise<void> {
    this.moveStarted.delete(matchID);
    await super.wipe(matchID);
  }
}
