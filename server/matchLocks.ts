/**
 * Runs a job in the match's move queue (boardgame.io's, one job at a time; server/app.ts). A move writes back the
 * metadata it read before it ran, so a seat changed while a move is under way would come back as it was: the lock
 * orders seat changes among themselves, the queue orders them with the moves (Lobby seat changes, a freed seat, a
 * class seat renamed).
 */
export type InMoveQueue = <T>(matchID: string, job: () => Promise<T>) => Promise<T>;

/**
 * One promise chain per match: what runs under a match's lock happens one after another, never
 * interleaved (Lobby seat changes, boardgame.io issue #1100; the press's sends; a timer's writes
 * to its row). A chain is dropped once it has nothing queued, so a server that saw a thousand
 * matches keeps no thousand entries.
 */
export class MatchLocks {
  private readonly chains = new Map<string, Promise<unknown>>();

  /** `onError` hears a failure of `fn` (the caller also gets it); the next in line runs regardless. */
  run<T>(matchID: string, fn: () => Promise<T>, onError?: (error: unknown) => void): Promise<T> {
    const previous = this.chains.get(matchID) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const settled = result.catch((error: unknown) => onError?.(error));
    this.chains.set(matchID, settled);
    void settled.then(() => {
      if (this.chains.get(matchID) === settled) this.chains.delete(matchID);
    });
    return result;
  }

  /** Matches with work queued or running (the tests check that chains are freed). */
  get size(): number {
    return this.chains.size;
  }
}
