import { randomBytes } from 'node:crypto';
import type { Role } from '../../shared/roles';

/** Long enough to open the stream after asking; a reconnect asks again. */
export const TICKET_TTL_MS = 60_000;
/** Unredeemed tickets kept at most; the oldest go first (a client asking in a loop cannot grow memory). */
const MAX_TICKETS = 10_000;

interface Ticket {
  matchID: string;
  role: Role;
  expiresAt: number;
}

/**
 * A browser's EventSource cannot send headers, so a seat's press stream is opened with a ticket
 * instead of its credentials in the URL (proxies log URLs): asked for by POST with the
 * credentials, good once, for one match, for a minute. A ticket seen in a log is spent.
 */
export class StreamTickets {
  private readonly tickets = new Map<string, Ticket>();

  constructor(private readonly clock: () => number = Date.now) {}

  issue(matchID: string, role: Role): { ticket: string; expiresInMs: number } {
    this.sweep();
    const ticket = randomBytes(24).toString('base64url');
    this.tickets.set(ticket, { matchID, role, expiresAt: this.clock() + TICKET_TTL_MS });
    return { ticket, expiresInMs: TICKET_TTL_MS };
  }

  /** The seat a ticket stands for, once; undefined when unknown, spent, expired or for another match. */
  redeem(matchID: string, ticket: string): Role | undefined {
    const found = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    if (!found || found.matchID !== matchID || found.expiresAt < this.clock()) return undefined;
    return found.role;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, t] of this.tickets) if (t.expiresAt < now) this.tickets.delete(key);
    while (this.tickets.size >= MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value as string);
  }
}
