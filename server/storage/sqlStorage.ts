import type { LogEntry, Server, State } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import type { SqlDriver } from './driver';
import { Vacuum, VACUUM_EVERY_WRITES } from './vacuum';
import { baseText, patchOf, STATE_COLUMN, type Base } from './statePatch';
import { WriteBatch, type StateBody, type StateWrite } from './writeBatch';

import type { FetchFields, FetchOpts, FetchResult, ListMatchesOpts } from 'boardgame.io/dist/types/src/server/db/base';

interface MatchRow {
  state?: State;
  initial_state?: State;
  metadata?: Server.MatchData;
}

/** How every reader selects the current state (the restore too: server/matchRestore.ts): see statePatch.ts. */
export { STATE_COLUMN } from './statePatch';

/**
 * boardgame.io's storage over SQL, the same for PGlite and Postgres.
 * - setState is compare-and-set on the state id: an older or equal state never overwrites a newer one,
 *   so two servers on one Postgres cannot undo each other's moves.
 * - The log is appended, never rewritten: a move costs the same at move 500 as at move 10.
 * - The moves' writes that wait together go out in one statement (WriteBatch: group commit).
 * - Each move rewrites the state row; the dead versions are reclaimed by Vacuum (PGlite has no autovacuum).
 * - A move's state is mostly written as a patch onto the last whole state (statePatch.ts, migration 9);
 *   every reader selects it with STATE_COLUMN. The columns are text, written as the server serialised them.
 * - setMetadata never clears a game over (see there).
 */
export class SqlStorage extends Async {
  private readonly vacuum: Vacuum;
  /** The last whole state this process stored of each match it writes (a patch's base). */
  private readonly bases = new Map<string, Base>();
  /** The moves' writes, grouped (exposed for the bench and tests: how many statements carried how many writes). */
  readonly batch: WriteBatch;

  constructor(
    private readonly db: SqlDriver,
    vacuumEvery = VACUUM_EVERY_WRITES,
  ) {
    super();
    this.vacuum = new Vacuum(db, vacuumEvery);
    // PGlite runs one statement at a time: a second one sent would only wait in its thread, where it could
    // have taken the writes that arrive meanwhile. Postgres runs statements side by side (the pool has 10).
    this.batch = new WriteBatch(db, db.name === 'pglite' ? 1 : 4);
  }

  connect(): void {}

  override async createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void> {
    const { initialState, metadata } = opts;
    await this.db.query(
      `INSERT INTO matches (match_id, game_name, state, state_id, initial_state, metadata, is_gameover, updated_at)
       VALUES ($1, $2, $3::text, $4, $3::text::jsonb, $5::jsonb, $6, $7)`,
      [
        matchID,
        metadata.gameName,
        JSON.stringify(initialState),
        initialState._stateID,
        JSON.stringify(metadata),
        metadata.gameover !== undefined,
        metadata.updatedAt,
      ],
    );
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    await this.writeState(matchID, state._stateID, JSON.stringify(state), deltalog);
  }

  /**
   * Stores a state given as JSON text, whole: the compare-and-set of the state and, only if it applied,
   * the append of its log entries in their order, in one statement and its own transaction, grouped with
   * the other matches' writes that wait (WriteBatch). Returns whether it applied. The next move of the
   * match is written whole too (this text is no base to patch: its keys may be in any order).
   */
  async writeState(matchID: string, stateID: number, stateJson: string, deltalog?: readonly LogEntry[]): Promise<boolean> {
    const body: StateBody = { base: stateJson, gPatch: '', topPatch: '', baseID: 0 };
    return this.write(
      matchID,
      stateID,
      deltalog,
      () => body,
      () => this.bases.delete(matchID),
    );
  }

  /**
   * Stores a move's state as writeState does, but as a patch onto the last whole state this process
   * wrote of the match when that is much smaller (statePatch.ts). The state must be frozen (CachedStorage
   * freezes it): the patch is found by comparing its parts with the base's by reference.
   */
  async writeMove(matchID: string, state: Readonly<State>, deltalog?: readonly LogEntry[]): Promise<boolean> {
    const body = (whole: boolean): StateBody => {
      const base = whole ? undefined : this.bases.get(matchID);
      const patch = base && patchOf(base, state);
      if (base && patch) return { base: '', gPatch: patch.g, topPatch: patch.top, baseID: base.id };
      return { base: baseText(state), gPatch: '', topPatch: '', baseID: 0 };
    };
    // A refused write leaves the base as it is: the stored one, or another process's, which the next
    // patch's compare-and-set on the base finds out.
    return this.write(matchID, state._stateID, deltalog, body, (stored, made) => {
      if (stored && made !== undefined && made.base !== '') this.bases.set(matchID, { id: state._stateID, state, bytes: made.base.length });
    });
  }

  /** Forgets the base of a match memory no longer holds (CachedStorage): its next write is whole. */
  forgetBase(matchID: string): void {
    this.bases.delete(matchID);
  }

  private async write(
    matchID: string,
    stateID: number,
    deltalog: readonly LogEntry[] | undefined,
    body: (whole: boolean) => StateBody,
    landed: StateWrite['landed'],
  ): Promise<boolean> {
    const stored = await this.batch.write({ matchID, stateID, deltalog: deltalog ?? [], body, landed });
    this.vacuum.wrote();
    return stored;
  }

  /**
   * A finished match stays finished. boardgame.io writes metadata read earlier without a lock:
   * its disconnect handler (onConnectionChange) is not queued with the moves, so a player who
   * closes the tab as the last move lands writes back metadata from before the game ended.
   * The stored result is kept whenever a write carries none.
   */
  async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    await this.db.query(
      `UPDATE matches SET
         metadata = CASE WHEN is_gameover AND NOT $3 THEN $2::jsonb || jsonb_build_object('gameover', metadata->'gameover') ELSE $2::jsonb END,
         is_gameover = is_gameover OR $3,
         updated_at = $4
       WHERE match_id = $1`,
      [matchID, JSON.stringify(metadata), metadata.gameover !== undefined, metadata.updatedAt],
    );
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const columns = [opts.state && STATE_COLUMN, opts.initialState && 'initial_state', opts.metadata && 'metadata'].filter(Boolean);
    const result: Partial<FetchFields> = {};
    if (columns.length > 0) {
      const [row] = await this.db.query<MatchRow>(`SELECT ${columns.join(', ')} FROM matches WHERE match_id = $1`, [matchID]);
      if (row?.state) result.state = row.state;
      if (row?.initial_state) result.initialState = row.initial_state;
      if (row?.metadata) result.metadata = row.metadata;
    }
    if (opts.log) {
      const rows = await this.db.query<{ entry: LogEntry }>('SELECT entry FROM match_log WHERE match_id = $1 ORDER BY seq', [matchID]);
      result.log = rows.map((r) => r.entry);
    }
    return result as FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    this.bases.delete(matchID);
    await this.db.query('DELETE FROM matches WHERE match_id = $1', [matchID]);
  }

  override async listMatches(opts: ListMatchesOpts = {}): Promise<string[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (opts.gameName !== undefined) add('game_name = ?', opts.gameName);
    if (opts.where?.isGameover !== undefined) add('is_gameover = ?', opts.where.isGameover);
    if (opts.where?.updatedBefore !== undefined) add('updated_at < ?', opts.where.updatedBefore);
    if (opts.where?.updatedAfter !== undefined) add('updated_at > ?', opts.where.updatedAfter);
    const sql = `SELECT match_id FROM matches${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at`;
    return (await this.db.query<{ match_id: string }>(sql, params)).map((r) => r.match_id);
  }
}
