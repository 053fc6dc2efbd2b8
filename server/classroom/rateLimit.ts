/**
 * Limits guessing of join codes: each address may get this many codes wrong per window. Right
 * codes never count, because a whole class often shares one address (the school's network).
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly maxFailures = 10, private readonly windowMs = 60_000, private readonly clock: () => number = Date.now) {}

  /** Seconds to wait before this address may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0]! + this.windowMs - this.clock()) / 1000));
  }

  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock());
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.prune();
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) if (this.recent(key).length === 0) this.failures.delete(key);
  }
}
