/**
 * Limits guessing of join codes: each address may get this many codes wrong per window, then
 * its wrong codes are refused outright. A right code never counts.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {}

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

/** How long a network stays known to a class after the class was last seen from it. */
export const KNOWN_FOR_MS = 12 * 60 * 60 * 1000;

/**
 * The join-code gate. One student's typos must not lock out a whole class behind the school's
 * single address, yet an outsider must not learn codes by guessing. So wrong codes are counted
 * per address and, past the limit, refused before they are looked up; but a code is let through
 * from an address where its class was already seen (the teacher's console or projector, or a
 * student who joined) — a class's own network never waits for its own right code. The first
 * request of a class from a new network is the only one a typist's lockout can delay.
 */
/** The join-code gate as the classroom uses it: in memory (one process), or in Postgres for every process (SqlJoinGate). */
export interface JoinGate {
  /** Seconds this address must wait before `sessionId` (the code's class, if it is one) is answered; 0: go on. */
  retryAfter(address: string, sessionId: string | undefined): number | Promise<number>;
  fail(address: string): void | Promise<void>;
  /** The class was seen from this address: its right code passes from there. */
  seen(address: string, sessionId: string): void | Promise<void>;
}

export class JoinCodeGate implements JoinGate {
  private readonly limiter: FailureLimiter;
  /** "address sessionId" -> last seen. */
  private readonly known = new Map<string, number>();

  constructor(
    maxFailures = 10,
    windowMs = 60_000,
    private readonly clock: () => number = Date.now,
  ) {
    this.limiter = new FailureLimiter(maxFailures, windowMs, clock);
  }

  /** The class was seen from this address: its right code passes from there. */
  seen(address: string, sessionId: string): void {
    this.known.set(`${address} ${sessionId}`, this.clock());
    if (this.known.size > 50_000) for (const [k, at] of this.known) if (at < this.clock() - KNOWN_FOR_MS) this.known.delete(k);
  }

  /** Seconds this address must wait before `sessionId` (the code's class, if it is one) is answered; 0: go on. */
  retryAfter(address: string, sessionId: string | undefined): number {
    const wait = this.limiter.retryAfter(address);
    if (wait === 0 || sessionId === undefined) return wait;
    const at = this.known.get(`${address} ${sessionId}`);
    return at !== undefined && at > this.clock() - KNOWN_FOR_MS ? 0 : wait;
  }

  fail(address: string): void {
    this.limiter.fail(address);
  }
}
