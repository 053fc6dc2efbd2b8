import { describe, expect, test } from 'vitest';
import { StreamTickets, TICKET_TTL_MS } from '../../server/press/streamTickets';

describe('press stream tickets', () => {
  test('a ticket stands for its seat once, in its own match, until it expires', () => {
    let now = 1_000;
    const tickets = new StreamTickets(() => now);
    const { ticket, expiresInMs } = tickets.issue('m1', 'DPRK');
    expect(expiresInMs).toBe(TICKET_TTL_MS);
    expect(ticket).toMatch(/^[\w-]{32}$/);
    expect(tickets.redeem('m1', ticket)).toBe('DPRK');
    expect(tickets.redeem('m1', ticket)).toBeUndefined();

    const elsewhere = tickets.issue('m1', 'US').ticket;
    expect(tickets.redeem('m2', elsewhere)).toBeUndefined();
    expect(tickets.redeem('m1', elsewhere)).toBeUndefined();

    const late = tickets.issue('m1', 'JPN').ticket;
    now += TICKET_TTL_MS + 1;
    expect(tickets.redeem('m1', late)).toBeUndefined();
    // Positive control at the same clock: a fresh ticket works.
    expect(tickets.redeem('m1', tickets.issue('m1', 'JPN').ticket)).toBe('JPN');
  });
});
