import type { LogEntry } from 'boardgame.io';
import type { SqlDriver } from './driver';
import { fulfilled, GroupCommit, rejected } from './groupCommit';

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
  /**
   * Told whether the write applied, before its promise settles and before the match's next write leaves
   * (false on failure too), with the body sent (undefined: making it failed).
   */
  landed: (stored: boolean, body: StateBody | undefined) => void;
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
  /** The body sent: made when the write first leaves, whole when a patch was refused. */
  made?: StateBody;
}

/**
 * Group commit of the moves' writes (GroupCommit: queue, groups under way, the retry of a failed group
 * write by write). One write of eight in a statement cost ~0.9 ms of PGlite's CPU where one on its own
 * cost ~1.8 ms (issue 18). What is the moves' own:
 * - a group is one call of `write_moves`: the compare-and-set on the state id, and the log entries;
 * - a write is a whole state or a patch onto the stored base (statePatch.ts); its body is made when it
 *   leaves, and the storage hears where it landed (`landed`) before the match's next write is made;
 * - a newer patch refused (another base stored) is sent again whole.
 */
export class WriteBatch {
  private readonly group: GroupCommit<Waiting, boolean>;
  /** Statements sent, and writes in them (the bench's and tests' view of how much was grouped). */
  statements = 0;
  writes = 0;

  constructor(
    private readonly db: SqlDriver,
    inFlight: number,
  ) {
    this.group = new GroupCommit<Waiting, boolean>({
      maxGroup: MAX_BATCH,
      inFlight,
      keyOf: (w) => w.matchID,
      commit: (group) => this.commit(group),
      settled: (w, outcome) => w.landed(outcome.status === 'fulfilled' && outcome.value, w.made),
    });
  }

  /** Resolves with whether the write applied (false: the database holds this state id or a newer one, or no match). */
  write(write: StateWrite): Promise<boolean> {
    return this.group.add({ ...write });
  }

  /**
   * Resolves once no write is queued or under way, so a write already asked for lands before the database
   * closes instead of failing with it closed: for a server on this storage without MatchStore (the bench's
   * tic-tac-toe); Peninsula's own stop waits for the store's writes (MatchStore.settled), which go through here.
   */
  idle(): Promise<void> {
    return this.group.idle();
  }

  /** Rejects only when the first statement failed (nothing of the group stored). */
  private async commit(group: readonly Waiting[]): Promise<PromiseSettledResult<boolean>[]> {
    for (const w of group) w.made ??= w.body(false);
    const outcome = await this.statement(group);
    // A newer patch refused: the stored base is not ours (another process wrote the match meanwhile, a shard
    // handed back and forth). Again as a whole state, which the state id alone decides, as every write did
    // before patches. (An older or equal state id is refused as before: boardgame.io writes a state back
    // after a move the rules refuse.)
    const refused = group.filter((w) => w.made!.base === '' && outcome.get(w.matchID)?.moved === false && outcome.get(w.matchID)?.newer === true);
    for (const w of refused) w.made = w.body(true);
    const again = refused.length === 0 ? outcome : await this.statement(refused).catch((error: unknown) => error);
    return group.map((w) => {
      const answer = refused.includes(w) ? again : outcome;
      return answer instanceof Map ? fulfilled(answer.get(w.matchID)?.moved === true) : rejected(answer);
    });
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
