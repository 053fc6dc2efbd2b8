/**
 * What one kind of grouped write brings of its own: how many leave together, how many groups may be under
 * way, whose writes must not overlap, and the statement that stores a group.
 */
export interface GroupPlan<W, R> {
  /** Writes in one group at most (a statement's parameters stay a few MB). */
  maxGroup: number;
  /** Groups under way at once: 1 where the database runs one statement at a time (PGlite). */
  inFlight: number;
  /** The write's key (its match): one write of a key at most is in the groups under way, and a key's writes leave in the order asked. */
  keyOf: (write: W) => string;
  /**
   * Stores a group in one statement, its own transaction; resolves with each write's outcome in the
   * group's order. It rejects only when nothing of the group was stored (the statement rolled back): a
   * write that failed after the group committed (a second statement of its own) is its own rejected outcome.
   */
  commit: (group: readonly W[]) => Promise<readonly PromiseSettledResult<R>[]>;
  /** Told each write's outcome before its promise settles and before the next write of its key leaves. */
  settled?: (write: W, outcome: PromiseSettledResult<R>) => void;
}

interface Queued<W, R> {
  write: W;
  done: (result: R) => void;
  failed: (error: unknown) => void;
}

export const fulfilled = <R>(value: R): PromiseFulfilledResult<R> => ({ status: 'fulfilled', value });
export const rejected = (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason });

/**
 * Group commit: the writes that wait together leave together, in one statement. A statement's fixed cost
 * (the protocol, planning, the commit and its WAL flush) was most of a write's CPU on PGlite (issue 18),
 * so the moves' writes (writeBatch.ts) and the timers' rows (server/timers/timerRows.ts) both go through
 * here, each with only its SQL and what one of its writes is (GroupPlan).
 *
 * - A write leaves at once when fewer than `inFlight` groups are under way, so an idle server adds no
 *   wait; otherwise it waits for one to land and leaves with every write queued meanwhile.
 * - Durability is the statement's: a write's promise settles once the group that holds it has committed.
 * - A key's writes run one after another, in the order asked (a later one never lands before an earlier one).
 * - A group that fails was rolled back whole, and which write broke it is unknown: each is sent again
 *   on its own, so one bad write (a match deleted meanwhile) fails alone.
 */
export class GroupCommit<W, R> {
  private readonly queue: Queued<W, R>[] = [];
  /** Keys with a write in a group under way. */
  private readonly busy = new Set<string>();
  private running = 0;
  /** Who waits for nothing to be queued or under way (idle). */
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly plan: GroupPlan<W, R>) {}

  /** Resolves with the write's outcome once the statement that stored it has committed. */
  add(write: W): Promise<R> {
    return new Promise<R>((done, failed) => {
      this.queue.push({ write, done, failed });
      this.pump();
    });
  }

  /** Resolves once no write is queued or under way, so writes already asked for land before the database closes. */
  idle(): Promise<void> {
    if (this.running === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.plan.inFlight) {
      const group = this.take();
      if (group.length === 0) return;
      this.running += 1;
      const keys = group.map((q) => this.plan.keyOf(q.write));
      for (const key of keys) this.busy.add(key);
      void this.send(group).finally(() => {
        for (const key of keys) this.busy.delete(key);
        this.running -= 1;
        this.pump();
        if (this.running === 0 && this.queue.length === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    }
  }

  /** The oldest queued writes, one per key and none of a key under way, in queue order. */
  private take(): Queued<W, R>[] {
    const group: Queued<W, R>[] = [];
    const seen = new Set<string>();
    const left: Queued<W, R>[] = [];
    for (const q of this.queue) {
      const key = this.plan.keyOf(q.write);
      // A key seen once (taken, busy or left behind) keeps its later writes behind the first.
      if (group.length < this.plan.maxGroup && !this.busy.has(key) && !seen.has(key)) group.push(q);
      else left.push(q);
      seen.add(key);
    }
    this.queue.splice(0, this.queue.length, ...left);
    return group;
  }

  /** Never rejects: every write of the group is settled, stored or failed. */
  private async send(group: readonly Queued<W, R>[]): Promise<void> {
    let outcomes: readonly PromiseSettledResult<R>[];
    try {
      outcomes = await this.plan.commit(group.map((q) => q.write));
    } catch (error) {
      if (group.length === 1) return this.settle(group[0]!, rejected(error));
      for (const q of group) this.settle(q, await this.plan.commit([q.write]).then((alone) => alone[0]!, rejected));
      return;
    }
    group.forEach((q, i) => this.settle(q, outcomes[i] ?? rejected(new Error('the statement gave no outcome for this write'))));
  }

  private settle(q: Queued<W, R>, outcome: PromiseSettledResult<R>): void {
    this.plan.settled?.(q.write, outcome);
    if (outcome.status === 'fulfilled') q.done(outcome.value);
    else q.failed(outcome.reason);
  }
}
