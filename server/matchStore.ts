import type { LogEntry, Server, State } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import type { FetchOpts, FetchResult, ListMatchesOpts } from 'boardgame.io/dist/types/src/server/db/base';
import { Peninsula } from '../shared/game';
import type { PeninsulaState } from '../shared/state';
import type { Logger } from './logger';
import { NotOwnerError } from './shard/ownership';
import { WarmSyncs } from './shard/warmSyncs';
import { CachedStorage } from './storage/cachedStorage';
import type { SqlStorage } from './storage/sqlStorage';

export type StateListener = (matchID: string, state: State<PeninsulaState>) => void;
export type MetadataListener = (matchID: string, metadata: Server.MatchData) => void;
export type StateTransform = (matchID: string, state: State<PeninsulaState>) => State<PeninsulaState>;

/**
 * The storage boardgame.io's server talks to: the SQL storage plus two duties of the server's.
 *
 * 1. boardgame.io sends every client the match's `initialState` unfiltered on sync
 *    (boardgame.io issue #1159), and nothing else in the server reads it. So the stored
 *    initial state is handed out as a spectator would see it: no private slices, no deck,
 *    no random seed (the PRNG state is plugin data).
 * 2. After every stored move it tells the listeners (the bot runner), and logs the move
 *    without its arguments; after every stored metadata change (other than `updatedAt`), its own listeners.
 * Under them, CachedStorage keeps open matches in memory: a move costs one database statement.
 */
export class MatchStore extends Async {
  private readonly listeners: StateListener[] = [];
  private readonly metadataListeners: MetadataListener[] = [];
  private readonly aheadListeners: ((matchID: string) => void)[] = [];
  private readonly transforms: StateTransform[] = [];
  private readonly inner: CachedStorage;
  /** Writes under way, by match: a shard handed back waits for them (`settled`) before its lock goes. */
  private readonly writing = new Map<string, Set<Promise<unknown>>>();
  /** Matches handed over to another process (handOver): no write of theirs starts here any more. */
  private readonly fences = new Set<(matchID: string) => boolean>();
  /** Initial states and logs a restore read, for its players' syncs. */
  private readonly warm = new WarmSyncs();

  constructor(
    storage: SqlStorage,
    private readonly log: Logger,
  ) {
    super();
    this.inner = new CachedStorage(storage, (matchID, error) => log.error({ matchID, error }, 'storing updatedAt failed'));
  }

  onStateChange(listener: StateListener): void {
    this.listeners.push(listener);
  }

  /** After every stored change of a match's seats or connections (the socket transport drops sockets whose seat changed hands). */
  onMetadataChange(listener: MetadataListener): void {
    this.metadataListeners.push(listener);
  }

  /**
   * After a move's write refused because the database holds a newer state: another process stored it (a
   * killed one's last write, landing after this process read the match). Nothing was announced for either
   * state, so the match's players and bots must be shown the stored one.
   */
  onStoredAhead(listener: (matchID: string) => void): void {
    this.aheadListeners.push(listener);
  }

  /**
   * Applied to every state read from storage before boardgame.io uses it (a class teacher's injected
   * event: server/classroom/injects.ts). The state it gets is the stored one, frozen: a transform that
   * changes something returns a new state.
   */
  transformStates(transform: StateTransform): void {
    this.transforms.push(transform);
  }

  connect(): void {}

  override async createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void> {
    await this.inner.createMatch(matchID, opts);
    this.log.info({ matchID, setup: 'created' }, 'match created');
    this.notify(matchID, opts.initialState as State<PeninsulaState>);
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    this.mayWrite(matchID);
    if (!(await this.tracked(matchID, this.inner.store(matchID, state, deltalog)))) {
      // A move the rules refused is written back unchanged, with no log entry; a move with one was beaten by a newer stored state.
      if ((deltalog?.length ?? 0) > 0) for (const listener of this.aheadListeners) listener(matchID);
      return;
    }
    this.warm.appended(matchID, deltalog ?? []);
    for (const entry of deltalog ?? []) {
      if (entry.action.type === 'MAKE_MOVE') {
        this.log.info({ matchID, playerID: entry.action.payload.playerID, move: entry.action.payload.type, stateID: state._stateID }, 'move');
      }
    }
    this.notify(matchID, state as State<PeninsulaState>);
  }

  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    this.mayWrite(matchID);
    // A move's write changes only `updatedAt`: no seat or connection changed, nobody to tell.
    const stored = await this.tracked(matchID, this.inner.changeMetadata(matchID, metadata));
    if (!stored) return;
    for (const listener of this.metadataListeners) listener(matchID, stored);
  }

  /** Resolves once the writes under way to the matches `only` keeps have landed (or failed). */
  async settled(only: (matchID: string) => boolean): Promise<void> {
    await Promise.all([...this.writing].filter(([matchID]) => only(matchID)).flatMap(([, writes]) => [...writes]));
  }

  /**
   * The matches `only` keeps go to another process (a shard handed back, its queued moves run and their
   * writes settled): from now on a write of theirs is refused here (NotOwnerError) instead of landing
   * after the new owner's — the metadata is written whole, not compare-and-set, so a late one would
   * undo the owner's (a seat taken, a player's connection). The `updatedAt`s only memory holds are
   * stored first; then memory forgets the matches, so a later take-over reads them afresh. Resolves
   * once nothing of theirs is left to write; calling the function it resolves with lifts the fence
   * (the shard taken over again).
   */
  async handOver(only: (matchID: string) => boolean): Promise<() => void> {
    this.fences.add(only);
    await this.inner.flush(only);
    await this.settled(only);
    this.inner.forgetWhere(only);
    this.warm.forget(only);
    return () => void this.fences.delete(only);
  }

  private mayWrite(matchID: string): void {
    for (const fenced of this.fences) if (fenced(matchID)) throw new NotOwnerError();
  }

  private tracked<T>(matchID: string, write: Promise<T>): Promise<T> {
    const writes = this.writing.get(matchID) ?? new Set<Promise<unknown>>();
    this.writing.set(matchID, writes);
    const landed: Promise<unknown> = write
      .catch(() => undefined)
      .finally(() => {
        writes.delete(landed);
        if (writes.size === 0 && this.writing.get(matchID) === writes) this.writing.delete(matchID);
      });
    writes.add(landed);
    return write;
  }

  /** Stores what only memory holds (the latest `updatedAt`s), before the database closes. */
  flush(): Promise<void> {
    return this.inner.flush();
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const warm = opts.log || opts.initialState ? this.warm.get(matchID) : undefined;
    const result = await this.inner.fetch(matchID, warm ? { ...opts, log: false, initialState: false } : opts);
    if (warm && opts.log) (result as { log?: LogEntry[] }).log = warm.log;
    if (warm && opts.initialState) (result as { initialState?: State }).initialState = warm.initialState;
    const withState = result as { state?: State };
    if (withState.state) withState.state = this.prepared(matchID, withState.state as State<PeninsulaState>);
    const withInitial = result as { initialState?: State };
    if (withInitial.initialState) withInitial.initialState = publicInitialState(withInitial.initialState as State<PeninsulaState>);
    return result;
  }

  /** Taken before reading matches past the store (a restore): see `keep`. */
  readClock(): number {
    return this.inner.readClock();
  }

  /**
   * A match's state and metadata a restore read itself, kept in memory as a fetch would keep them: the
   * player's sync, the gate's check that the match exists and the first move then read nothing more
   * (after a take-over each is a round trip to a busy database, times every match of the shard).
   */
  keep(matchID: string, readAt: number, found: { state?: State; metadata?: Server.MatchData }, sync?: { initialState: State; log: LogEntry[] }): void {
    // The log is kept only if nothing was stored since the read: no entry can be missing from it.
    if (this.inner.keep(matchID, readAt, found) && sync) this.warm.keep(matchID, sync.initialState, sync.log);
  }

  /** A stored state as boardgame.io is handed it (fetch), for a caller that read it itself (a restore reads many at once). */
  prepared(matchID: string, state: State<PeninsulaState>): State<PeninsulaState> {
    let prepared = state;
    for (const transform of this.transforms) prepared = transform(matchID, prepared);
    return prepared;
  }

  /**
   * A match as stored, for its replay (server/replay/): the unfiltered initial state, the whole log,
   * the state and metadata. Never handed to a client as it is.
   */
  async record(matchID: string): Promise<{ initialState?: State; state?: State; metadata?: Server.MatchData; log?: LogEntry[] }> {
    return this.inner.fetch(matchID, { state: true, initialState: true, metadata: true, log: true });
  }

  wipe(matchID: string): Promise<void> {
    this.warm.forget((id) => id === matchID);
    return this.inner.wipe(matchID);
  }

  override listMatches(opts?: ListMatchesOpts): Promise<string[]> {
    return this.inner.listMatches(opts);
  }

  private notify(matchID: string, state: State<PeninsulaState>): void {
    for (const listener of this.listeners) listener(matchID, state);
  }
}

export function publicInitialState(state: State<PeninsulaState>): State<PeninsulaState> {
  const G = Peninsula.playerView ? Peninsula.playerView({ G: state.G, ctx: state.ctx, playerID: null }) : state.G;
  return { ...state, G, plugins: {}, deltalog: [], _undo: [], _redo: [] };
}
