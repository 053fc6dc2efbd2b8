import type { LogEntry, Server, State } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import type { SqlDriver } from './driver';
import { Vacuum, VACUUM_EVERY_WRITES } from './vacuum';
import { WriteBatch } from './writeBatch';

import type { FetchFields, FetchOpts, FetchResult, ListMatchesOpts } from 'boardgame.io/dist/types/src/server/db/base';

interface MatchRow {
  state?: State;
  initial_state?: State;
  metadata?: Server.MatchData;
}

/**
 * How every reader selects the current state: it is stored as text (migration 8) and read as json, so
 * the driver hands it over parsed. One expression for the storage and the restore (server/matchRestore.ts),
 * which reads many matches at once: a reader selecting the bare column got a string.
 */
export const STATE_COLUMN = 'state::json AS state';

/**
 * boardgame.io's storage over SQL, the same for PGlite and Postgres.
 * - setState is compare-and-set on the state id: an older or equal state never overwrites a newer one,
 *   so two servers on one Postgres cannot undo each other's moves.
 * - The log is appended, never rewritten: a move costs the same at move 500 as at move 10.
 * - The moves' writes that wait together go out in one statement (WriteBatch: group commit).
 * - Each move rewrites the state row; the dead versions are reclaimed by Vacuum (PGlite has no autovacuum).
 * - The state column is text, written as the server serialised it and read back as json (migration 8).
 * - setMetadata never clears a game over (see there).
 */
export class SqlStorage extends Async {
  private readonly vacuum: Vacuum;
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
   * The compare-and-set of the state and, only if it applied, the append of its log entries in their
   * order, in one statement and its own transaction, grouped with the other matches' writes that are
   * waiting (WriteBatch). Returns whether it applied. Takes the state already as JSON text, so a caller
   * that keeps it (MatchStore) serialises once.
   */
  async writeState(matchID: string, stateID: number, stateJson: string, deltalog?: readonly LogEntry[]): Promise<boolean> {
    const stored = await this.batch.write({ matchID, stateID, stateJson, deltalog: deltalog ?? [] });
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
