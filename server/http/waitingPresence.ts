/** A seated player's waiting room polls every 2 s (client/online/WaitingRoom.tsx): silent this long, they have gone. */
export const HERE_WITHIN_MS = 10_000;

/** How long the host may be away before any seated player may start their match (HOST_AWAY_MS). */
export const DEFAULT_HOST_AWAY_MS = 60_000;

export function hostAwayFromEnv(value = process.env.HOST_AWAY_MS): number {
  const ms = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_HOST_AWAY_MS;
}

/**
 * Who is in the waiting room of each match held for its host, as this process has heard: each seated
 * player's page says so with the seat's credentials (POST /api/matches/:id/presence), and a join counts.
 * A host who closed the tab before the start would otherwise hold the table for ever; after `awayAfterMs`
 * without a word from them, any seated player may start it. Kept in memory, like the hold itself: after
 * a restart every seat is as fresh as the restart, so an absent host is away `awayAfterMs` after it.
 */
export class WaitingPresence {
  private readonly heard = new Map<string, Map<string, number>>();
  /** When this process began holding each match: the host's time counts from there until they are heard. */
  private readonly since = new Map<string, number>();

  constructor(
    readonly awayAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hold(matchID: string): void {
    if (!this.since.has(matchID)) this.since.set(matchID, this.now());
  }

  heardFrom(matchID: string, playerID: string): void {
    this.hold(matchID);
    const seats = this.heard.get(matchID) ?? new Map<string, number>();
    seats.set(playerID, this.now());
    this.heard.set(matchID, seats);
  }

  /** A seat left: whoever sits there next is heard from anew. */
  left(matchID: string, playerID: string): void {
    this.heard.get(matchID)?.delete(playerID);
  }

  /** The match started or went to another process. */
  drop(matchID: string): void {
    this.heard.delete(matchID);
    this.since.delete(matchID);
  }

  /** The seats heard from lately, in seat order (never one that counts as away). */
  here(matchID: string): string[] {
    const now = this.now();
    const within = Math.min(HERE_WITHIN_MS, this.awayAfterMs);
    return [...(this.heard.get(matchID) ?? [])]
      .filter(([, at]) => now - at < within)
      .map(([playerID]) => playerID)
      .sort();
  }

  /** Whether `host` has been silent for `awayAfterMs`, counted from when it was last heard or the hold began. */
  isAway(matchID: string, host: string): boolean {
    const last = this.heard.get(matchID)?.get(host) ?? this.since.get(matchID) ?? this.now();
    return this.now() - last >= this.awayAfterMs;
  }
}
