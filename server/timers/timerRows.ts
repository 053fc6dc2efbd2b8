import type { SqlDriver } from '../storage/driver';
import { fulfilled, GroupCommit } from '../storage/groupCommit';

/** A match's timer row as stored (phase_timers), or null: no row. */
export interface TimerRow {
  key: string;
  deadline: number | null;
  pausedRemainingMs: number | null;
  paused: boolean;
}

/** Writes in one statement at most. */
const MAX_BATCH = 256;

/**
 * Migration 12: the statement the timers' rows are written with, as a function, for the reason write_moves
 * is one (server/storage/writeMoves.ts): PL/pgSQL keeps its plan for the session, where the statement sent
 * as text was parsed and planned again every time, ~0.5 ms of PGlite's CPU of ~1.2 ms per statement
 * (four rows; issue 18). A later change to the statement is a new migration that replaces the function.
 *
 * Each write: the row replaced (inserted or updated) or, where `gone`, deleted; in one statement, so one
 * round trip and its own transaction. The arrays are in the same order, one write per match.
 */
export const WRITE_TIMER_ROWS_FUNCTION = `
  CREATE OR REPLACE FUNCTION write_timer_rows(
    p_match_ids TEXT[], p_phase_keys TEXT[], p_deadlines BIGINT[], p_paused_remaining_ms BIGINT[], p_paused BOOLEAN[], p_gone BOOLEAN[]
  ) RETURNS void LANGUAGE plpgsql AS $write_timer_rows$
  BEGIN
    WITH input AS (
      SELECT * FROM unnest(p_match_ids, p_phase_keys, p_deadlines, p_paused_remaining_ms, p_paused, p_gone)
        AS i (match_id, phase_key, deadline, paused_remaining_ms, paused, gone)
    ), dropped AS (
      DELETE FROM phase_timers p USING input i WHERE i.gone AND p.match_id = i.match_id
    )
    INSERT INTO phase_timers (match_id, phase_key, deadline, paused_remaining_ms, paused)
    SELECT i.match_id, i.phase_key, i.deadline, i.paused_remaining_ms, i.paused FROM input i WHERE NOT i.gone
    ON CONFLICT (match_id) DO UPDATE SET
      phase_key = EXCLUDED.phase_key, deadline = EXCLUDED.deadline, paused_remaining_ms = EXCLUDED.paused_remaining_ms, paused = EXCLUDED.paused;
  END
  $write_timer_rows$;`;

/** $1 matches, $2 phase keys, $3 deadlines, $4 paused remainders, $5 paused, $6 gone. */
const WRITE = 'SELECT write_timer_rows($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::boolean[], $6::boolean[])';

interface RowWrite {
  matchID: string;
  row: TimerRow | null;
}

/**
 * Group commit (server/storage/groupCommit.ts) of the timers' row writes: every phase that starts writes
 * its match's row (about one move in six with the default timers), and each row on its own paid a
 * statement's fixed cost in PGlite's thread (parse, plan, commit). One statement under way at a time; a
 * write's promise settles once its statement has committed; a failed statement is retried row by row,
 * so one bad write (a match deleted meanwhile) fails alone. The caller keeps one write per match under
 * way (PhaseTimers' row lock), and the group commit never puts two of one match in a statement.
 */
export class TimerRowWrites {
  private readonly group: GroupCommit<RowWrite, void>;
  /** Statements sent, and writes in them (the tests' view of how much was grouped). */
  statements = 0;
  writes = 0;

  constructor(private readonly db: SqlDriver) {
    this.group = new GroupCommit<RowWrite, void>({
      maxGroup: MAX_BATCH,
      inFlight: 1,
      keyOf: (w) => w.matchID,
      commit: async (group) => {
        await this.statement(group);
        return group.map(() => fulfilled(undefined));
      },
    });
  }

  /** Stores the match's row, or deletes it (null). */
  write(matchID: string, row: TimerRow | null): Promise<void> {
    return this.group.add({ matchID, row });
  }

  private async statement(batch: readonly RowWrite[]): Promise<void> {
    this.statements += 1;
    this.writes += batch.length;
    await this.db.query(WRITE, [
      batch.map((w) => w.matchID),
      batch.map((w) => w.row?.key ?? ''),
      batch.map((w) => w.row?.deadline ?? null),
      batch.map((w) => w.row?.pausedRemainingMs ?? null),
      batch.map((w) => w.row?.paused ?? false),
      batch.map((w) => w.row === null),
    ]);
  }
}
