import { randomBytes } from 'node:crypto';

/** Long enough to open the stream after asking; a reconnect asks again. */
export const TICKET_TTL_MS = 60_000;
/** Unredeemed tickets kept at most; the oldest go first (a client asking in a loop cannot grow memory). */
const MAX_TICKETS = 10_000;

/** What a ticket opens: a stream of one scope (a match, a class), for one holder (a seat, a teacher, a student). */
export interface Grant<Holder> {
  scope: string;
  holder: Holder;
}

/**
 * A browser's EventSource cannot send headers, so a stream (a seat's press, a class's "look
 * again" signal) is opened with a ticket instead of credentials in the URL (proxies log URLs):
 * asked for by POST with the credentials, good once, for one scope, for a minute. A ticket seen
 * in a log is spent.
 */
export class StreamTickets<Holder> {
  private readonly tickets = new Map<string, Grant<Holder> & { expiresAt: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  issue(scope: string, holder: Holder): { ticket: string; expiresInMs: number } {
    this.sweep();
    const ticket = randomBytes(24).toString('base64url');
    this.tickets.set(ticket, { scope, holder, expiresAt: this.clock() + TICKET_TTL_MS });
    return { ticket, expiresInMs: TICKET_TTL_MS };
  }

  /** What a ticket stands for, once; undefined when unknown, spent or expired. */
  redeem(ticket: string): Grant<Holder> | undefined {
    const found = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    if (!found || found.expiresAt < this.clock()) return undefined;
    return { scope: found.scope, holder: found.holder };
  }

  /** The holder, when the ticket is good and for `scope` (a ticket for another scope is spent all the same). */
  redeemIn(scope: string, ticket: string): Holder | undefined {
    const grant = this.redeem(ticket);
    return grant?.scope === scope ? grant.holder : undefined;
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, t] of this.tickets) if (t.expiresAt < now) this.tickets.delete(key);
    while (this.tickets.size >= MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value as string);
  }
}
