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
 * Each write: the row replaced (inserted or updated) or, where `gone`, deleted; in one statement, so one
 * round trip and its own transaction. $1 matches, $2 phase keys, $3 deadlines, $4 paused remainders,
 * $5 paused, $6 gone (arrays in the same order; one write per match).
 */
const WRITE = `WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::boolean[], $6::boolean[])
      AS i (match_id, phase_key, deadline, paused_remaining_ms, paused, gone)
  ), dropped AS (
    DELETE FROM phase_timers p USING input i WHERE i.gone AND p.match_id = i.match_id
  )
  INSERT INTO phase_timers (match_id, phase_key, deadline, paused_remaining_ms, paused)
  SELECT match_id, phase_key, deadline, paused_remaining_ms, paused FROM input WHERE NOT gone
  ON CONFLICT (match_id) DO UPDATE SET
    phase_key = EXCLUDED.phase_key, deadline = EXCLUDED.deadline, paused_remaining_ms = EXCLUDED.paused_remaining_ms, paused = EXCLUDED.paused`;

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
