/**
 * The state and metadata of recently used matches, as the JSON text that was stored, so that a move
 * reads nothing from the database. Text, not objects: every reader parses its own copy, and
 * boardgame.io mutates what it fetched (onConnectionChange flips `isConnected` in place) — a shared
 * object would change the cache before the write it was meant for.
 *
 * Correct only while this process is the one writer of its matches (one server per database: see
 * docs/ARCHITECTURE.md, "Storage"). A write that finds the database ahead of it drops the entry.
 */
interface Entry {
  state?: string | undefined;
  /** The cached state's `_stateID`. */
  stateID?: number | undefined;
  metadata?: string | undefined;
  /** The metadata's `updatedAt` as the database holds it (MatchStore may skip rewriting just that field). */
  storedUpdatedAt?: number | undefined;
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

  /** What a database read found, kept unless a write completed since the read began or the field is already known. */
  fill(matchID: string, readAt: number, found: Partial<Record<CachedField, unknown>>, storedUpdatedAt?: number): void {
    if ((this.lastWrite.get(matchID) ?? this.evictedUpTo) > readAt) return;
    // Nothing found: no entry (a probe for made-up ids must not push real matches out).
    if (found.state === undefined && found.metadata === undefined) return;
    const entry = this.entry(matchID);
    if (found.state !== undefined && entry.state === undefined) {
      entry.state = JSON.stringify(found.state);
      entry.stateID = (found.state as { _stateID?: number })._stateID;
    }
    if (found.metadata !== undefined && entry.metadata === undefined) {
      entry.metadata = JSON.stringify(found.metadata);
      entry.storedUpdatedAt = storedUpdatedAt;
    }
  }

  /** After a write reached the database: the new text, or undefined to forget the field. */
  wrote(matchID: string, change: Partial<Entry>): void {
    const entry = this.entry(matchID);
    Object.assign(entry, change);
    this.lastWrite.set(matchID, ++this.clock);
  }

  forget(matchID: string): void {
    this.entries.delete(matchID);
    this.lastWrite.delete(matchID);
    this.evictedUpTo = ++this.clock;
  }

  /** Entries whose metadata carries an `updatedAt` the database does not have yet. */
  unstored(): [string, Readonly<Entry>][] {
    return [...this.entries].filter(([, e]) => e.metadata !== undefined && e.storedUpdatedAt !== undefined && updatedAtOf(e.metadata) !== e.storedUpdatedAt);
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

export function updatedAtOf(metadataJson: string): number | undefined {
  return (JSON.parse(metadataJson) as { updatedAt?: number }).updatedAt;
}
