import type { SqlDriver } from './driver';
import { WRITE_TIMER_ROWS_FUNCTION } from '../timers/timerRows';
import { WRITE_MOVES_FUNCTION } from './writeMoves';

/** Versioned schema changes, applied in order, each once, each in its own transaction. Append; never edit a shipped one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'matches and their append-only log',
    sql: `
      CREATE TABLE matches (
        match_id TEXT PRIMARY KEY,
        game_name TEXT NOT NULL,
        state JSONB NOT NULL,
        state_id INTEGER NOT NULL,
        initial_state JSONB NOT NULL,
        metadata JSONB NOT NULL,
        is_gameover BOOLEAN NOT NULL DEFAULT FALSE,
        updated_at BIGINT NOT NULL
      );
      CREATE INDEX matches_listing ON matches (game_name, is_gameover, updated_at);
      CREATE TABLE match_log (
        match_id TEXT NOT NULL REFERENCES matches (match_id) ON DELETE CASCADE,
        seq BIGSERIAL NOT NULL,
        state_id INTEGER NOT NULL,
        entry JSONB NOT NULL,
        PRIMARY KEY (match_id, seq)
      );`,
  },
  {
    version: 2,
    name: 'bot seats the server plays, with their credentials',
    sql: `
      CREATE TABLE bot_seats (
        match_id TEXT NOT NULL REFERENCES matches (match_id) ON DELETE CASCADE,
        player_id TEXT NOT NULL,
        credentials TEXT NOT NULL,
        personality TEXT NOT NULL,
        PRIMARY KEY (match_id, player_id)
      );`,
  },
  {
    version: 3,
    name: 'diplomatic press: messages between roles, kept beside the game',
    sql: `
      CREATE TABLE press_messages (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        match_id TEXT NOT NULL REFERENCES matches (match_id) ON DELETE CASCADE,
        round INTEGER NOT NULL,
        from_role TEXT NOT NULL,
        recipients JSONB NOT NULL,
        text TEXT NOT NULL,
        sent_at BIGINT NOT NULL
      );
      CREATE INDEX press_messages_by_match ON press_messages (match_id, seq);
      CREATE INDEX press_messages_by_sender ON press_messages (match_id, from_role, sent_at);`,
  },
  {
    version: 4,
    name: 'phase timers, paused matches, class sessions, their students and injected events',
    sql: `
      CREATE TABLE phase_timers (
        match_id TEXT PRIMARY KEY REFERENCES matches (match_id) ON DELETE CASCADE,
        phase_key TEXT NOT NULL,
        deadline BIGINT,
        paused_remaining_ms BIGINT,
        paused BOOLEAN NOT NULL DEFAULT FALSE
      );
      CREATE TABLE class_sessions (
        session_id TEXT PRIMARY KEY,
        join_code TEXT NOT NULL UNIQUE,
        teacher_key_hash TEXT NOT NULL,
        settings JSONB NOT NULL,
        status TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE class_tables (
        session_id TEXT NOT NULL REFERENCES class_sessions (session_id) ON DELETE CASCADE,
        table_no INTEGER NOT NULL,
        match_id TEXT,
        PRIMARY KEY (session_id, table_no)
      );
      CREATE TABLE class_students (
        student_id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES class_sessions (session_id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        table_no INTEGER NOT NULL,
        role TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        joined_at BIGINT NOT NULL
      );
      CREATE INDEX class_students_session ON class_students (session_id);
      CREATE TABLE match_injects (
        match_id TEXT PRIMARY KEY REFERENCES matches (match_id) ON DELETE CASCADE,
        event_id TEXT NOT NULL,
        round INTEGER NOT NULL
      );`,
  },
  {
    version: 5,
    name: 'class recovery codes and teacher messages',
    sql: `
      ALTER TABLE class_sessions ADD COLUMN recovery_hash TEXT;
      CREATE TABLE class_messages (
        id BIGSERIAL PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES class_sessions (session_id) ON DELETE CASCADE,
        table_no INTEGER,
        text TEXT NOT NULL,
        sent_at BIGINT NOT NULL
      );
      CREATE INDEX class_messages_session ON class_messages (session_id);`,
  },
  {
    version: 6,
    // Every move rewrites the state; no query looks inside it. JSON keeps the text as sent (validated),
    // where JSONB converts it into its binary form on every write: ~20% less CPU per state write (issue 18).
    name: 'the current state as json, not jsonb: written every move, only ever read whole',
    sql: `ALTER TABLE matches ALTER COLUMN state TYPE JSON USING state::json;`,
  },
  {
    version: 7,
    name: 'the join-code limiter shared by every process (server/classroom/sqlJoinGate.ts)',
    sql: `
      CREATE TABLE join_failures (address TEXT NOT NULL, at BIGINT NOT NULL);
      CREATE INDEX join_failures_address ON join_failures (address, at);
      CREATE TABLE join_networks (
        address TEXT NOT NULL,
        session_id TEXT NOT NULL,
        seen_at BIGINT NOT NULL,
        PRIMARY KEY (address, session_id)
      );`,
  },
  {
    version: 8,
    // The json type parses the text to validate it on every write: ~18% of a state write's CPU in PGlite
    // (issue 18). Only the server writes it (JSON.stringify); it is read back as json (`state::json`).
    name: 'the current state as text: written every move, only ever read whole',
    sql: `ALTER TABLE matches ALTER COLUMN state TYPE TEXT USING state::text;`,
  },
  {
    version: 9,
    // A move writes what changed since the last whole state (server/storage/statePatch.ts): ~3 KB
    // instead of ~11 KB, and the stored whole state (TOASTed) is left as it is. NULL patches: `state` is current.
    name: 'the current state as a whole state and a patch onto it',
    sql: `
      ALTER TABLE matches ADD COLUMN state_base INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE matches ADD COLUMN state_g_patch TEXT;
      ALTER TABLE matches ADD COLUMN state_top_patch TEXT;`,
  },
  {
    version: 10,
    // Its plan is kept for the session; sent as text, the statement was parsed and planned every time.
    name: 'the function the moves are written with (write_moves)',
    sql: WRITE_MOVES_FUNCTION,
  },
  {
    version: 11,
    // A whole state (~20 KB of JSON, a fifth of the moves) was compressed (pglz) on every write: ~170 µs of
    // PGlite's CPU per whole state, ~30% of its write, for text written once and replaced a few moves later.
    // Kept out of line uncompressed instead; only values written from now on (docs/ARCHITECTURE.md, "Storage").
    name: 'the state and its patches stored uncompressed',
    sql: `
      ALTER TABLE matches ALTER COLUMN state SET STORAGE EXTERNAL;
      ALTER TABLE matches ALTER COLUMN state_g_patch SET STORAGE EXTERNAL;
      ALTER TABLE matches ALTER COLUMN state_top_patch SET STORAGE EXTERNAL;`,
  },
  {
    version: 12,
    // Its plan is kept for the session, as write_moves's (migration 10).
    name: 'the function the timers rows are written with (write_timer_rows)',
    sql: WRITE_TIMER_ROWS_FUNCTION,
  },
];

/** Any number: the advisory lock that lets one server at a time migrate a shared Postgres. */
const MIGRATION_LOCK = 7_342_001;

/**
 * Applies the missing migrations in one transaction that holds an advisory lock, so two servers
 * starting at once on one Postgres never both try to create the same tables.
 */
export async function migrate(db: SqlDriver): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const applied = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const ran: number[] = [];
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await tx.script(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      ran.push(m.version);
    }
    return ran;
  });
}
