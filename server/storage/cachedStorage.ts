import { isDeepStrictEqual } from 'node:util';
import type { LogEntry, Server, State } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import type { FetchFields, FetchOpts, FetchResult, ListMatchesOpts } from 'boardgame.io/dist/types/src/server/db/base';
import { MatchCache, updatedAtOf } from './matchCache';
import type { SqlStorage } from './sqlStorage';

/** How stale the stored `updatedAt` of a match may get while nothing else in its metadata changes. */
export const UPDATED_AT_SLACK_MS = 60_000;
/** Matches kept in memory: about 20 KB each late in a game, so at most a few tens of MB. */
const CACHED_MATCHES = 2_000;

/**
 * SqlStorage with recent matches' state and metadata kept in memory (MatchCache), so that a move
 * costs one database statement — its state and log entries — instead of four (boardgame.io fetches
 * metadata and state, then writes both). boardgame.io rewrites the metadata after every move only to
 * bump `updatedAt`; that rewrite is skipped while the stored `updatedAt` is less than
 * UPDATED_AT_SLACK_MS old (the cache has the exact one; `flush` stores it at shutdown).
 * Writes go to the database first and to the cache once stored: what is cached is stored.
 */
export class CachedStorage extends Async {
  private readonly cache: MatchCache;
  /** Metadata writes per match run one after another, so the cache ends as the database does. */
  private readonly metadataWrites = new Map<string, Promise<void>>();

  constructor(
    private readonly inner: SqlStorage,
    onError: (matchID: string, error: unknown) => void = () => {},
    capacity = CACHED_MATCHES,
  ) {
    super();
    this.cache = new MatchCache(capacity, (matchID, entry) => {
      if (entry.metadata !== undefined && entry.storedUpdatedAt !== undefined && updatedAtOf(entry.metadata) !== entry.storedUpdatedAt) {
        void this.inner.setMetadata(matchID, JSON.parse(entry.metadata) as Server.MatchData).catch((error: unknown) => onError(matchID, error));
      }
    });
  }

  connect(): void {}

  override async createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void> {
    await this.inner.createMatch(matchID, opts);
    this.cache.wrote(matchID, {
      state: JSON.stringify(opts.initialState),
      stateID: opts.initialState._stateID,
      metadata: JSON.stringify(opts.metadata),
      storedUpdatedAt: opts.metadata.updatedAt,
    });
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    await this.store(matchID, state, deltalog);
  }

  /** setState that says whether the state was stored (false: the database holds a newer one, or no match). */
  async store(matchID: string, state: State, deltalog?: readonly LogEntry[]): Promise<boolean> {
    const json = JSON.stringify(state);
    const stored = await this.inner.writeState(matchID, state._stateID, json, deltalog);
    if (stored) this.cache.wrote(matchID, { state: json, stateID: state._stateID });
    // Refused. boardgame.io writes back the same state after a move the rules refuse: nothing to do.
    // A refused newer state means the database is ahead of us: forget ours and read it next time.
    else if ((this.cache.get(matchID)?.stateID ?? -1) < state._stateID) this.cache.wrote(matchID, { state: undefined, stateID: undefined });
    return stored;
  }

  setMetadata(matchID: string, metadata: Server.MatchData, storeUpdatedAt = false): Promise<void> {
    const previous = this.metadataWrites.get(matchID) ?? Promise.resolve();
    const write = previous.then(() => this.writeMetadata(matchID, metadata, storeUpdatedAt));
    const settled = write.catch(() => undefined);
    this.metadataWrites.set(matchID, settled);
    void settled.then(() => {
      if (this.metadataWrites.get(matchID) === settled) this.metadataWrites.delete(matchID);
    });
    return write;
  }

  private async writeMetadata(matchID: string, metadata: Server.MatchData, storeUpdatedAt: boolean): Promise<void> {
    const cached = this.cache.get(matchID);
    const before = cached?.metadata === undefined ? undefined : (JSON.parse(cached.metadata) as Server.MatchData);
    const stored = cached?.storedUpdatedAt;
    if (
      !storeUpdatedAt &&
      before &&
      stored !== undefined &&
      metadata.updatedAt - stored < UPDATED_AT_SLACK_MS &&
      isDeepStrictEqual({ ...before, updatedAt: 0 }, { ...metadata, updatedAt: 0 })
    ) {
      this.cache.wrote(matchID, { metadata: JSON.stringify(metadata) });
      return;
    }
    await this.inner.setMetadata(matchID, metadata);
    // The same rule as SqlStorage.setMetadata: a finished match stays finished. Unknown before: read it next time.
    const kept = before?.gameover !== undefined && metadata.gameover === undefined ? { ...metadata, gameover: before.gameover } : metadata;
    this.cache.wrote(
      matchID,
      before ? { metadata: JSON.stringify(kept), storedUpdatedAt: metadata.updatedAt } : { metadata: undefined, storedUpdatedAt: undefined },
    );
  }

  /** Stores the `updatedAt`s only the cache holds (at shutdown). */
  async flush(): Promise<void> {
    await Promise.all([...this.metadataWrites.values()]);
    for (const [matchID, entry] of this.cache.unstored()) await this.setMetadata(matchID, JSON.parse(entry.metadata!) as Server.MatchData, true);
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const cached = this.cache.get(matchID);
    const missing = {
      state: opts.state === true && cached?.state === undefined,
      metadata: opts.metadata === true && cached?.metadata === undefined,
      initialState: opts.initialState === true,
      log: opts.log === true,
    };
    let found: Partial<FetchFields> = {};
    if (missing.state || missing.metadata || missing.initialState || missing.log) {
      const readAt = this.cache.now();
      found = await this.inner.fetch(matchID, missing);
      this.cache.fill(matchID, readAt, found, found.metadata?.updatedAt);
    }
    // The cache again (a write may have completed while the database was read), else what it held at the start.
    const latest = this.cache.get(matchID);
    const stateText = latest?.state ?? cached?.state;
    const metadataText = latest?.metadata ?? cached?.metadata;
    const result: Partial<FetchFields> = { ...found };
    if (opts.state && !missing.state && stateText !== undefined) result.state = JSON.parse(stateText) as State;
    if (opts.metadata && !missing.metadata && metadataText !== undefined) result.metadata = JSON.parse(metadataText) as Server.MatchData;
    return result as FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    await this.inner.wipe(matchID);
    this.cache.forget(matchID);
  }

  override listMatches(opts?: ListMatchesOpts): Promise<string[]> {
    return this.inner.listMatches(opts);
  }
}
