import type { LogEntry } from 'boardgame.io';
import type { SqlDriver } from './driver';

/**
 * What a write stores: a whole state (`base`, its text with G last: statePatch.ts) or a patch onto the
 * base with id `baseID` (`base` empty).
 */
export interface StateBody {
  base: string;
  gPatch: string;
  topPatch: string;
  baseID: number;
}

/** A move's write: its state and the log entries it appends. */
export interface StateWrite {
  matchID: string;
  stateID: number;
  deltalog: readonly LogEntry[];
  /**
   * The body, made when the write leaves (every earlier write of its match has landed by then, so the
   * base it patches is the stored one); `whole` asks for the whole state.
   */
  body: (whole: boolean) => StateBody;
  /** Told whether the write applied, before its promise settles and before the match's next write leaves (false on failure too). */
  landed: (stored: boolean, body: StateBody) => void;
}

/** Writes in one statement at most: a batch's parameters stay a few MB (a late state is ~17 KB). */
export const MAX_BATCH = 64;

/**
 * For each write: the compare-and-set on the state id (and, for a patch, on the base it was made
 * against), then, only where it applied, the append of its log entries in their order: the function
 * `write_moves` (migration 10: server/storage/writeMoves.ts), one statement, so one round trip and its own
 * transaction. A function because its plan is kept: sent as text, the statement was parsed and planned
 * again every time, most of its fixed cost. Returns, per write, whether it applied and whether its state id
 * was newer than the stored one.
 *
 * The statement for `n` writes: $1 matches, $2 state ids, $3 base ids (arrays in the same order, no
 * NULLs), $4 the log entries of each as one JSON array of arrays; then the texts one parameter each, the
 * whole states ('' for a patch), the G patches and the top-level patches, gathered into arrays by the
 * call. A text array sent as one parameter was escaped character by character by the driver and parsed
 * back by the database (array_in), ~8% of a write's CPU in PGlite's thread (bot-game writes, 32 a statement).
 */
function writeStatement(n: number): string {
  const texts = (from: number) => `ARRAY[${Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ')}]::text[]`;
  return `SELECT w_match_id AS match_id, w_moved AS moved, w_newer AS newer
    FROM write_moves($1::text[], ${texts(5)}, ${texts(5 + n)}, ${texts(5 + 2 * n)}, $2::int[], $3::int[], $4::jsonb)`;
}
const WRITES = Array.from({ length: MAX_BATCH + 1 }, (_, n) => writeStatement(n));

/** What the statement says of one write: applied, and whether its state id was newer than the stored one. */
interface Outcome {
  moved: boolean;
  newer: boolean;
}

interface Waiting extends StateWrite {
  made?: StateBody;
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
 * - A write is a whole state or a patch onto the stored base (statePatch.ts); its body is made when it
 *   leaves, and the storage hears where it landed (`landed`) before the match's next write is made.
 */
export class WriteBatch {
  private readonly queue: Waiting[] = [];
  /** Matches with a write in a statement under way. */
  private readonly busy = new Set<string>();
  private running = 0;
  /** Who waits for nothing to be queued or under way (idle). */
  private readonly idleWaiters: (() => void)[] = [];
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

  /**
   * Resolves once no write is queued or under way, so a write already asked for lands before the database
   * closes instead of failing with it closed: for a server on this storage without MatchStore (the bench's
   * tic-tac-toe); Peninsula's own stop waits for the store's writes (MatchStore.settled), which go through here.
   */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
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
        if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
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
    for (const w of batch) w.made = w.body(false);
    let outcome: Map<string, Outcome>;
    try {
      outcome = await this.statement(batch);
    } catch (error) {
      if (batch.length === 1) return this.settle(batch[0]!, error);
      // Which write failed is unknown: each again on its own (a write that applied was rolled back with the statement).
      for (const w of batch) {
        await this.statement([w]).then(
          (alone) => this.settle(w, alone.get(w.matchID)?.moved === true),
          (alone: unknown) => this.settle(w, alone),
        );
      }
      return;
    }
    // A newer patch refused: the stored base is not ours (another process wrote the match meanwhile, a shard
    // handed back and forth). Again as a whole state, which the state id alone decides, as every write did
    // before patches. (An older or equal state id is refused as before: boardgame.io writes a state back
    // after a move the rules refuse.)
    const refused = batch.filter((w) => w.made!.base === '' && outcome.get(w.matchID)?.moved === false && outcome.get(w.matchID)?.newer === true);
    for (const w of refused) w.made = w.body(true);
    const again = refused.length === 0 ? new Map<string, Outcome>() : await this.statement(refused).catch((error: unknown) => error);
    for (const w of batch) {
      if (!refused.includes(w)) this.settle(w, outcome.get(w.matchID)?.moved === true);
      else this.settle(w, again instanceof Map ? again.get(w.matchID)?.moved === true : again);
    }
  }

  /** Tells the storage (landed), then the caller: true or false whether it applied, or the error it failed with. */
  private settle(w: Waiting, outcome: unknown): void {
    w.landed(outcome === true, w.made!);
    if (typeof outcome === 'boolean') w.done(outcome);
    else w.failed(outcome);
  }

  private async statement(batch: readonly Waiting[]): Promise<Map<string, Outcome>> {
    this.statements += 1;
    this.writes += batch.length;
    const bodies = batch.map((w) => w.made!);
    const rows = await this.db.query<{ match_id: string } & Outcome>(WRITES[batch.length]!, [
      batch.map((w) => w.matchID),
      batch.map((w) => w.stateID),
      bodies.map((b) => b.baseID),
      JSON.stringify(batch.map((w) => w.deltalog)),
      ...bodies.map((b) => b.base),
      ...bodies.map((b) => b.gPatch),
      ...bodies.map((b) => b.topPatch),
    ]);
    return new Map(rows.map((r) => [r.match_id, { moved: r.moved, newer: r.newer }]));
  }
}
