import type { LogEntry, State } from 'boardgame.io';

/** How long a restore's read of a match's initial state and log serves its players' syncs. */
export const WARM_SYNC_MS = 120_000;

interface Warm {
  initialState: State;
  log: LogEntry[];
  until: number;
}

/**
 * After a take-over every player of the shard reconnects at once, and boardgame.io's sync reads each
 * match's initial state and whole log (two round trips to a database the stand-in is already
 * crowding). The restore reads them for the matches a person was connected to, with their states,
 * in one statement per chunk (server/matchRestore.ts); they serve those syncs from memory for a
 * while. Kept true by appending every log entry stored meanwhile (MatchStore.setState), in order:
 * one match's moves are stored one after another.
 */
export class WarmSyncs {
  private readonly matches = new Map<string, Warm>();
  /** When `keep` next drops what has expired: a restore keeps a whole shard's matches at once, and sweeping on each would be quadratic. */
  private nextSweep = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  keep(matchID: string, initialState: State, log: LogEntry[]): void {
    const now = this.clock();
    if (now >= this.nextSweep) {
      for (const [id, warm] of this.matches) if (warm.until < now) this.matches.delete(id);
      this.nextSweep = now + WARM_SYNC_MS / 4;
    }
    this.matches.set(matchID, { initialState, log, until: now + WARM_SYNC_MS });
  }

  /** The match's initial state and log as stored now (a log of the caller's own), or undefined if not kept. */
  get(matchID: string): { initialState: State; log: LogEntry[] } | undefined {
    const warm = this.matches.get(matchID);
    if (!warm) return undefined;
    if (warm.until < this.clock()) return void this.matches.delete(matchID);
    return { initialState: warm.initialState, log: [...warm.log] };
  }

  /** Log entries stored for the match: the kept log grows with the stored one. */
  appended(matchID: string, entries: readonly LogEntry[]): void {
    this.matches.get(matchID)?.log.push(...entries);
  }

  forget(only: (matchID: string) => boolean): void {
    for (const id of [...this.matches.keys()]) if (only(id)) this.matches.delete(id);
  }

  get size(): number {
    return this.matches.size;
  }
}
