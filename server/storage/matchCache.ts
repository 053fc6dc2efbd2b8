import type { Server, State } from 'boardgame.io';
import { deepFreeze } from '../../shared/deepFreeze';

/**
 * The state and metadata of recently used matches, so that a move reads nothing from the database.
 *
 * - The state is kept as the object that was stored, **deep-frozen**, and every reader gets that same
 *   object: boardgame.io's reducer never changes the state it starts from (immer and spreads make a new
 *   one), so a move needs no copy of the board; a reader that tried to change it would throw (strict
 *   mode) instead of changing what memory holds (test/server/cachedState.test.ts plays moves, syncs and
 *   reconnects on one and compares).
 * - The metadata is kept as JSON text, and every reader parses its own copy: boardgame.io changes the
 *   metadata it fetched (onConnectionChange flips `isConnected` in place, the Lobby renames seats).
 *   The text is written with `updatedAt` 0 and `updatedAt` is kept beside it, so a write that changes
 *   only `updatedAt` (every move) is told from one that changes anything else by comparing two strings.
 *
 * Correct only while this process is the one writer of its matches (one server per database: see
 * docs/ARCHITECTURE.md, "Storage"). A write that finds the database ahead of it drops the entry.
 */
interface Entry {
  /** The stored state, frozen. */
  state?: Readonly<State> | undefined;
  /** The metadata as JSON with `updatedAt` 0 (metadataText). */
  metadata?: string | undefined;
  /** The metadata's latest `updatedAt` (may be newer than the stored one). */
  updatedAt?: number | undefined;
  /** The metadata's `updatedAt` as the database holds it (CachedStorage may skip rewriting just that field). */
  storedUpdatedAt?: number | undefined;
}

/** The metadata as the cache keeps it: JSON with `updatedAt` 0, in its place among the keys. */
export function metadataText(metadata: Server.MatchData): string {
  return JSON.stringify({ ...metadata, updatedAt: 0 });
}

/** A reader's own copy of an entry's metadata, with its latest `updatedAt`. */
export function metadataOf(entry: Readonly<Entry>): Server.MatchData | undefined {
  if (entry.metadata === undefined) return undefined;
  const metadata = JSON.parse(entry.metadata) as Server.MatchData;
  metadata.updatedAt = entry.updatedAt ?? 0;
  return metadata;
}

export type CachedField = 'state' | 'metadata';

export class MatchCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * A read must not fill the cache if a write to its match completed after the read began. `clock`
   * counts completed writes; `lastWrite` holds the clock at each cached match's last write, and
   * `evictedUpTo` the latest such clock among evicted matches (their own is forgotten with them).
   */
  private clock = 0;
  private readonly lastWrite = new Map<string, number>();
  private evictedUpTo = 0;

  /** `onEvict` hears an entry leave the cache (to store an `updatedAt` that was only kept here). */
  constructor(
    private readonly capacity: number,
    private readonly onEvict: (matchID: string, entry: Readonly<Entry>) => void = () => {},
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry, marked as the most recently used (a Map iterates in insertion order: the first key is the oldest). */
  get(matchID: string): Readonly<Entry> | undefined {
    const entry = this.entries.get(matchID);
    if (entry) {
      this.entries.delete(matchID);
      this.entries.set(matchID, entry);
    }
    return entry;
  }

  /** Taken before a database read, handed back to `fill`. */
  now(): number {
    return this.clock;
  }

  /**
   * What a database read found, kept unless a write completed since the read began or the field is
   * already known. Returns false when such a write (or an eviction) means the read may be stale.
   */
  fill(matchID: string, readAt: number, found: Partial<Record<CachedField, unknown>>): boolean {
    if ((this.lastWrite.get(matchID) ?? this.evictedUpTo) > readAt) return false;
    // Nothing found: no entry (a probe for made-up ids must not push real matches out).
    if (found.state === undefined && found.metadata === undefined) return true;
    const entry = this.entry(matchID);
    if (found.state !== undefined && entry.state === undefined) entry.state = deepFreeze(found.state as State);
    if (found.metadata !== undefined && entry.metadata === undefined) {
      const metadata = found.metadata as Server.MatchData;
      entry.metadata = metadataText(metadata);
      entry.updatedAt = metadata.updatedAt;
      entry.storedUpdatedAt = metadata.updatedAt;
    }
    return true;
  }

  /** After a write reached the database: the new values, or undefined to forget a field. */
  wrote(matchID: string, change: Partial<Entry>): void {
    const entry = this.entry(matchID);
    Object.assign(entry, change);
    this.lastWrite.set(matchID, ++this.clock);
  }

  /** The matches held, oldest first. */
  ids(): string[] {
    return [...this.entries.keys()];
  }

  forget(matchID: string): void {
    this.entries.delete(matchID);
    this.lastWrite.delete(matchID);
    this.evictedUpTo = ++this.clock;
  }

  /** Entries whose metadata carries an `updatedAt` the database does not have yet. */
  unstored(): [string, Readonly<Entry>][] {
    return [...this.entries].filter(([, e]) => unstored(e));
  }

  private entry(matchID: string): Entry {
    let entry = this.entries.get(matchID);
    if (!entry) {
      entry = {};
      this.entries.set(matchID, entry);
      while (this.entries.size > this.capacity) {
        const [oldest, evicted] = this.entries.entries().next().value as [string, Entry];
        this.entries.delete(oldest);
        this.evictedUpTo = Math.max(this.evictedUpTo, this.lastWrite.get(oldest) ?? 0);
        this.lastWrite.delete(oldest);
        this.onEvict(oldest, evicted);
      }
    }
    return entry;
  }
}

/** Whether an entry's metadata carries an `updatedAt` the database does not have yet. */
export function unstored(entry: Readonly<Entry>): boolean {
  return entry.metadata !== undefined && entry.storedUpdatedAt !== undefined && entry.updatedAt !== entry.storedUpdatedAt;
}
