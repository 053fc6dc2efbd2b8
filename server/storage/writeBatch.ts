import type { LogEntry } from 'boardgame.io';
import type { SqlDriver } from './driver';

/** A move's write: the state (as the server serialised it) and the log entries it appends. */
export interface StateWrite {
  matchID: string;
  stateID: number;
  stateJson: string;
  deltalog: readonly LogEntry[];
}

/** Writes in one statement at most: a batch's parameters stay a few MB (a late state is ~17 KB). */
export const MAX_BATCH = 64;

/**
 * The compare-and-set of one state and, only if it applied, the append of its log entries in order.
 * One statement, so one round trip and its own transaction. $1 match, $2 state, $3 state id, $4 log.
 */
const ONE = `WITH moved AS (
    UPDATE matches SET state = $2::text, state_id = $3 WHERE match_id = $1 AND state_id < $3 RETURNING match_id
  ), logged AS (
    INSERT INTO match_log (match_id, state_id, entry)
    SELECT moved.match_id, $3, e.entry FROM moved, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS e (entry, n) ORDER BY e.n
  )
  SELECT match_id FROM moved`;

/**
 * The same for several matches (never two writes of one match: an UPDATE ... FROM applies one source
 * row per target row). $1 matches, $2 states, $3 state ids (arrays in the same order), $4 the log
 * entries of each, as one JSON array of arrays. Returns the matches whose write applied.
 */
const MANY = `WITH input AS (
    SELECT * FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS i (match_id, state, state_id, n)
  ), moved AS (
    UPDATE matches m SET state = i.state, state_id = i.state_id FROM input i
    WHERE m.match_id = i.match_id AND m.state_id < i.state_id RETURNING m.match_id, i.state_id, i.n
  ), logged AS (
    INSERT INTO match_log (match_id, state_id, entry)
    SELECT moved.match_id, moved.state_id, e.entry
    FROM moved, jsonb_array_elements(($4::jsonb) -> (moved.n::int - 1)) WITH ORDINALITY AS e (entry, k)
    ORDER BY moved.n, e.k
  )
  SELECT match_id FROM moved`;

interface Waiting extends StateWrite {
  done: (stored: boolean) => void;
  failed: (error: unknown) => void;
}

/**
 * Group commit of the moves' writes. A statement's fixed cost (the protocol, planning, the commit and
 * its WAL flush) was most of a move's storage CPU on PGlite: one write cost ~1.8 ms of CPU, one of eight
 * in a statement ~0.9 ms (issue 18). So a write goes out at once when fewer than `inFlight` statements
 * are under way — an idle server adds no wait — and otherwise waits for one to land and leaves with
 * every write that queued meanwhile, in one statement.
 *
 * - Durability is unchanged: a write's promise settles when the statement that holds it has committed.
 * - One match's writes run one after another, in the order they were asked for (a later one never
 *   lands before an earlier one), and two statements under way never touch the same match.
 * - A statement of several that fails is retried one write at a time, so one bad write fails alone.
 */
export class WriteBatch {
  private readonly queue: Waiting[] = [];
  /** Matches with a write in a statement under way. */
  private readonly busy = new Set<string>();
  private running = 0;
  /** Statements sent, and writes in them (the bench's and tests' view of how much was grouped). */
  statements = 0;
  writes = 0;

  constructor(
    private readonly db: SqlDriver,
    private readonly inFlight: number,
  ) {}

  /** Resolves with whether the write applied (false: the database holds this state id or a newer one, or no match). */
  write(write: StateWrite): Promise<boolean> {
    return new Promise<boolean>((done, failed) => {
      this.queue.push({ ...write, done, failed });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.inFlight) {
      const batch = this.take();
      if (batch.length === 0) return;
      this.running += 1;
      for (const w of batch) this.busy.add(w.matchID);
      void this.send(batch).finally(() => {
        for (const w of batch) this.busy.delete(w.matchID);
        this.running -= 1;
        this.pump();
      });
    }
  }

  /** The oldest queued writes, one per match and none of a match under way, in queue order. */
  private take(): Waiting[] {
    const batch: Waiting[] = [];
    const inBatch = new Set<string>();
    const left: Waiting[] = [];
    for (const w of this.queue) {
      // A match seen once (taken, busy or left behind) keeps its later writes behind the first.
      if (batch.length < MAX_BATCH && !this.busy.has(w.matchID) && !inBatch.has(w.matchID)) batch.push(w);
      else left.push(w);
      inBatch.add(w.matchID);
    }
    this.queue.splice(0, this.queue.length, ...left);
    return batch;
  }

  private async send(batch: Waiting[]): Promise<void> {
    try {
      const moved = await this.statement(batch);
      for (const w of batch) w.done(moved.has(w.matchID));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.failed(error);
      // Which write failed is unknown: each again on its own (a write that applied was rolled back with the statement).
      for (const w of batch) {
        await this.statement([w]).then(
          (moved) => w.done(moved.has(w.matchID)),
          (alone: unknown) => w.failed(alone),
        );
      }
    }
  }

  private async statement(batch: readonly Waiting[]): Promise<Set<string>> {
    this.statements += 1;
    this.writes += batch.length;
    const rows =
      batch.length === 1
        ? await this.db.query<{ match_id: string }>(ONE, [batch[0]!.matchID, batch[0]!.stateJson, batch[0]!.stateID, JSON.stringify(batch[0]!.deltalog)])
        : await this.db.query<{ match_id: string }>(MANY, [
            batch.map((w) => w.matchID),
            batch.map((w) => w.stateJson),
            batch.map((w) => w.stateID),
            JSON.stringify(batch.map((w) => w.deltalog)),
          ]);
    return new Set(rows.map((r) => r.match_id));
  }
}
