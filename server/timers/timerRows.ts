import type { SqlDriver } from '../storage/driver';

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

interface Waiting {
  matchID: string;
  row: TimerRow | null;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit of the timers' row writes, as WriteBatch (server/storage/writeBatch.ts) does for the
 * moves': every phase that starts writes its match's row (about one move in six with the default
 * timers), and each row on its own paid a statement's fixed cost in PGlite's thread (parse, plan, commit).
 * A write goes out at once when no statement is under way, so an idle server adds no wait; otherwise it
 * leaves with every write queued meanwhile, in one statement, when that one lands. A write's promise
 * settles once its statement has committed. The caller keeps one write per match under way
 * (PhaseTimers' row lock), so a statement never holds two of one match; a statement that fails is
 * retried one write at a time, so one bad write (a match deleted meanwhile) fails alone.
 */
export class TimerRowWrites {
  private readonly queue: Waiting[] = [];
  private running = false;
  /** Statements sent, and writes in them (the tests' view of how much was grouped). */
  statements = 0;
  writes = 0;

  constructor(private readonly db: SqlDriver) {}

  /** Stores the match's row, or deletes it (null). */
  write(matchID: string, row: TimerRow | null): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.queue.push({ matchID, row, done, failed });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const batch = this.queue.splice(0, MAX_BATCH);
    this.running = true;
    void this.send(batch).finally(() => {
      this.running = false;
      this.pump();
    });
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      await this.statement(batch);
      for (const w of batch) w.done();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.failed(error);
      // Which write failed is unknown: each again on its own (the statement was rolled back as a whole).
      for (const w of batch) await this.statement([w]).then(w.done, w.failed);
    }
  }

  private async statement(batch: readonly Waiting[]): Promise<void> {
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
