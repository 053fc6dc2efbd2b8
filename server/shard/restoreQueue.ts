/**
 * The order in which a shard's matches come back after a take-over (or a restart): the given order
 * (most urgent first), `chunk` matches read together, `concurrency` chunks at once; and a match someone
 * asks for — a socket handshake, a request naming it — at once on its own, ahead of its turn. Each
 * match is restored exactly once per run.
 */
export interface RestoreSteps {
  /** Restores several matches with one read (a failure of one is its own: it must not reject for the others). */
  many(matchIDs: string[]): Promise<void>;
  /** Restores one match now (asked for out of turn). */
  one(matchID: string): Promise<void>;
  onError(matchIDs: string[], error: unknown): void;
}

export class RestoreQueue {
  /** Matches not yet begun, with the steps that restore them. */
  private readonly waiting = new Map<string, RestoreSteps>();
  /** Matches being restored now (alone or in their chunk), and how that ends. */
  private readonly running = new Map<string, Promise<void>>();
  /** Matches begun out of turn because someone asked for them (reported with a restore). */
  askedFor = 0;

  /** Restores every id of `ids` in order; resolves when all are done, those asked for out of turn included. */
  async run(ids: readonly string[], chunk: number, concurrency: number, steps: RestoreSteps): Promise<void> {
    const order = ids.filter((id) => !this.waiting.has(id) && !this.running.has(id));
    for (const id of order) this.waiting.set(id, steps);
    let next = 0;
    const worker = async () => {
      while (next < order.length) {
        const taken = order.slice(next, next + chunk).filter((id) => this.waiting.has(id));
        next += chunk;
        if (taken.length > 0) await this.begin(taken, () => steps.many(taken));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.ceil(order.length / chunk)) }, worker));
    // A match asked for out of turn may still be on its way: the run ends when it is restored too.
    await Promise.all(order.map((id) => this.running.get(id)));
  }

  /** Whether this match is waiting for its turn or being restored. */
  pending(matchID: string): boolean {
    return this.waiting.has(matchID) || this.running.has(matchID);
  }

  /**
   * The match restored now if it waits for its turn: resolves once it is restored (at once when it was
   * not waiting at all), so whatever asked for it finds its bots, timer and hold in place.
   */
  restored(matchID: string): Promise<void> {
    const running = this.running.get(matchID);
    if (running) return running;
    const steps = this.waiting.get(matchID);
    if (!steps) return Promise.resolve();
    this.askedFor += 1;
    return this.begin([matchID], () => steps.one(matchID));
  }

  private begin(matchIDs: string[], restore: () => Promise<void>): Promise<void> {
    const steps = this.waiting.get(matchIDs[0]!)!;
    for (const id of matchIDs) this.waiting.delete(id);
    const done = restore()
      .catch((error: unknown) => steps.onError(matchIDs, error))
      .finally(() => {
        for (const id of matchIDs) if (this.running.get(id) === done) this.running.delete(id);
      });
    for (const id of matchIDs) this.running.set(id, done);
    return done;
  }
}
