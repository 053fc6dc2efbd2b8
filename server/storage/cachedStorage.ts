import type { LogEntry, Server, State } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import type { FetchFields, FetchOpts, FetchResult, ListMatchesOpts } from 'boardgame.io/dist/types/src/server/db/base';
import { deepFreeze } from '../../shared/deepFreeze';
import { MatchCache, metadataOf, metadataText, unstored } from './matchCache';
import { mergeOntoStored } from './metadataMerge';
import type { SqlStorage } from './sqlStorage';

/** How stale the stored `updatedAt` of a match may get while nothing else in its metadata changes. */
export const UPDATED_AT_SLACK_MS = 60_000;
/** Matches kept in memory: a finished state is ~45 KB of heap as objects, so at most ~90 MB. */
const CACHED_MATCHES = 2_000;

/**
 * SqlStorage with recent matches' state and metadata kept in memory (MatchCache), so that a move
 * costs one database statement — its state and log entries — instead of four (boardgame.io fetches
 * metadata and state, then writes both). boardgame.io rewrites the metadata after every move only to
 * bump `updatedAt`; that rewrite is skipped while the stored `updatedAt` is less than
 * UPDATED_AT_SLACK_MS old (the cache has the exact one; `flush` stores it at shutdown).
 * Writes go to the database first and to the cache once stored: what is cached is stored.
 * A state handed to `setState` is frozen (deepFreeze) and kept as it is: the caller must not change it
 * afterwards (boardgame.io does not), and every later reader gets that same object.
 */
export class CachedStorage extends Async {
  private readonly cache: MatchCache;
  /** Metadata writes per match run one after another, so the cache ends as the database does. */
  private readonly metadataWrites = new Map<string, Promise<void>>();
  /**
   * What a reader's metadata held when it was read (metadataText), by its `players` object: the one part
   * every writer hands back as it got it (boardgame.io changes seats in place and spreads the rest).
   */
  private readonly readAs = new WeakMap<object, string>();

  constructor(
    private readonly inner: SqlStorage,
    onError: (matchID: string, error: unknown) => void = () => {},
    capacity = CACHED_MATCHES,
  ) {
    super();
    this.cache = new MatchCache(capacity, (matchID, entry) => {
      // The base of its patches goes with it (memory: it shares most of its parts with the cached state).
      this.inner.forgetBase(matchID);
      if (unstored(entry)) {
        void this.inner.setMetadata(matchID, metadataOf(entry)!).catch((error: unknown) => onError(matchID, error));
      }
    });
  }

  connect(): void {}

  override async createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void> {
    await this.inner.createMatch(matchID, opts);
    // A copy: the caller still holds the initial state it created (rare: once per match).
    this.cache.wrote(matchID, {
      state: deepFreeze(JSON.parse(JSON.stringify(opts.initialState)) as State),
      metadata: metadataText(opts.metadata),
      updatedAt: opts.metadata.updatedAt,
      storedUpdatedAt: opts.metadata.updatedAt,
    });
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    await this.store(matchID, state, deltalog);
  }

  /** setState that says whether the state was stored (false: the database holds a newer one, or no match). */
  async store(matchID: string, state: State, deltalog?: readonly LogEntry[]): Promise<boolean> {
    // Frozen before it is written: what memory keeps is what was serialised.
    deepFreeze(state);
    const stored = await this.inner.writeMove(matchID, state, deltalog);
    if (stored) this.cache.wrote(matchID, { state });
    // Refused. boardgame.io writes back the same state after a move the rules refuse: nothing to do.
    // A refused newer state means the database is ahead of us: forget ours and read it next time.
    else if ((this.cache.get(matchID)?.state?._stateID ?? -1) < state._stateID) this.cache.wrote(matchID, { state: undefined });
    return stored;
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    await this.changeMetadata(matchID, metadata);
  }

  /**
   * setMetadata that answers the metadata as stored (the writer's changes on what another write stored
   * since it read: metadataMerge.ts), or null when only `updatedAt` changed (kept in memory).
   */
  changeMetadata(matchID: string, metadata: Server.MatchData, storeUpdatedAt = false): Promise<Server.MatchData | null> {
    const previous = this.metadataWrites.get(matchID) ?? Promise.resolve();
    const write = previous.then(() => this.writeMetadata(matchID, metadata, storeUpdatedAt));
    const settled = write.then(
      () => undefined,
      () => undefined,
    );
    this.metadataWrites.set(matchID, settled);
    void settled.then(() => {
      if (this.metadataWrites.get(matchID) === settled) this.metadataWrites.delete(matchID);
    });
    return write;
  }

  private async writeMetadata(matchID: string, written: Server.MatchData, storeUpdatedAt: boolean): Promise<Server.MatchData | null> {
    const cached = this.cache.get(matchID);
    const readAs = this.readAs.get(written.players);
    const metadata =
      readAs !== undefined && cached?.metadata !== undefined && cached.metadata !== readAs ? mergeOntoStored(readAs, written, cached.metadata) : written;
    const writtenText = metadataText(written);
    // The writer's own view is the base of its next write with the same object (a Lobby handler may write twice).
    this.readAs.set(written.players, writtenText);
    const text = metadata === written ? writtenText : metadataText(metadata);
    const stored = cached?.storedUpdatedAt;
    // Compared as text (key order and all): the master's metadata is a spread of the one it fetched from here.
    if (!storeUpdatedAt && cached?.metadata === text && stored !== undefined && metadata.updatedAt - stored < UPDATED_AT_SLACK_MS) {
      this.cache.wrote(matchID, { updatedAt: metadata.updatedAt });
      return null;
    }
    const before = cached === undefined ? undefined : metadataOf(cached);
    await this.inner.setMetadata(matchID, metadata);
    // The same rule as SqlStorage.setMetadata: a finished match stays finished. Unknown before: read it next time.
    const kept = before?.gameover !== undefined && metadata.gameover === undefined ? { ...metadata, gameover: before.gameover } : metadata;
    this.cache.wrote(
      matchID,
      before
        ? { metadata: kept === metadata ? text : metadataText(kept), updatedAt: metadata.updatedAt, storedUpdatedAt: metadata.updatedAt }
        : { metadata: undefined, updatedAt: undefined, storedUpdatedAt: undefined },
    );
    return kept;
  }

  /** Stores the `updatedAt`s only the cache holds, of the matches `only` keeps (at shutdown: all; a shard handed back: its own). */
  async flush(only: (matchID: string) => boolean = () => true): Promise<void> {
    await Promise.all([...this.metadataWrites].filter(([matchID]) => only(matchID)).map(([, write]) => write));
    for (const [matchID, entry] of this.cache.unstored()) if (only(matchID)) await this.changeMetadata(matchID, metadataOf(entry)!, true);
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
      this.cache.fill(matchID, readAt, found);
    }
    // The cache again (a write may have completed while the database was read), else what it held at the start.
    const latest = this.cache.get(matchID);
    const state = latest?.state ?? cached?.state;
    const metadataFrom = latest?.metadata !== undefined ? latest : cached;
    const result: Partial<FetchFields> = { ...found };
    // A state just read was frozen as the cache kept it (fill): readers get their copy of it too, or the
    // first move after a restart or a take-over throws in boardgame.io's reducer (it counts moves in ctx, in place).
    if (found.state !== undefined) result.state = readersCopy(found.state);
    if (opts.state && !missing.state && state !== undefined) result.state = readersCopy(state);
    if (opts.metadata && !missing.metadata && metadataFrom?.metadata !== undefined) {
      result.metadata = metadataOf(metadataFrom);
      this.readAs.set(result.metadata!.players, metadataFrom.metadata);
    } else if (found.metadata !== undefined) this.readAs.set(found.metadata.players, metadataText(found.metadata));
    return result as FetchResult<O>;
  }

  /** Taken before a caller reads matches itself (a restore reads many at once), handed back to `keep`. */
  readClock(): number {
    return this.cache.now();
  }

  /** What such a read found, kept as a fetch would keep it; false (nothing kept) if a write to the match landed since `readAt`. */
  keep(matchID: string, readAt: number, found: { state?: State; metadata?: Server.MatchData }): boolean {
    return this.cache.fill(matchID, readAt, found);
  }

  async wipe(matchID: string): Promise<void> {
    await this.inner.wipe(matchID);
    this.cache.forget(matchID);
  }

  /**
   * Drops the matches `only` keeps from memory, writing nothing (a shard handed back: its owner
   * writes them now, and a later take-over must read them afresh). Flush them first: an `updatedAt`
   * kept only here would be lost.
   */
  forgetWhere(only: (matchID: string) => boolean): void {
    for (const matchID of this.cache.ids()) {
      if (!only(matchID)) continue;
      this.cache.forget(matchID);
      this.inner.forgetBase(matchID);
    }
  }

  override listMatches(opts?: ListMatchesOpts): Promise<string[]> {
    return this.inner.listMatches(opts);
  }
}

/**
 * What a reader of a cached state gets: the stored state, frozen, but for its top level, its `ctx` and
 * the four maps of `ctx` that boardgame.io's reducer changes in place (ProcessMove counts a move in
 * `_activePlayersNumMoves[playerID]++`; UpdateStage writes all four), which are its own copies. The rest
 * (G, plugins, the undo lists) is shared: a few objects copied per move instead of the whole board.
 */
function readersCopy(state: Readonly<State>): State {
  const { activePlayers, _activePlayersNumMoves, _activePlayersMinMoves, _activePlayersMaxMoves } = state.ctx;
  const ctx = {
    ...state.ctx,
    activePlayers: activePlayers && { ...activePlayers },
    _activePlayersNumMoves: _activePlayersNumMoves && { ..._activePlayersNumMoves },
    _activePlayersMinMoves: _activePlayersMinMoves && { ..._activePlayersMinMoves },
    _activePlayersMaxMoves: _activePlayersMaxMoves && { ..._activePlayersMaxMoves },
  };
  return { ...state, ctx };
}
