const WINDOW_MS = 60_000;
/** Beyond this many addresses seen in a window, finished windows are dropped. */
const PRUNE_AT = 10_000;

/**
 * Lobby match creation per address: at most `perMinute` creations in a minute's window. Each
 * match is stored (and its bots play), so unlimited creation was cheap load on every other match.
 * Behind a reverse proxy set TRUST_PROXY, or every player shares the proxy's address (clientAddress.ts).
 */
export class CreationLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts a creation and returns 0, or returns the seconds until this address may create again (always 0 with no limit). */
  take(address: string): number {
    if (this.perMinute <= 0) return 0;
    const now = this.clock();
    let window = this.windows.get(address);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size >= PRUNE_AT) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(address, window);
    }
    if (window.count >= this.perMinute) return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    window.count += 1;
    return 0;
  }

  private prune(now: number): void {
    for (const [address, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(address);
  }
}

/** MATCH_CREATE_LIMIT: creations a minute per address; 0 turns the limit off (the benchmark's load). */
export function createLimitFromEnv(value = process.env.MATCH_CREATE_LIMIT): number {
  const n = Number(value ?? 30);
  return Number.isInteger(n) && n >= 0 ? n : 30;
}
