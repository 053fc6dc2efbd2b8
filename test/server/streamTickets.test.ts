import { describe, expect, test } from 'vitest';
import { StreamTickets, TICKET_TTL_MS } from '../../server/http/streamTickets';

describe('stream tickets', () => {
  test('a ticket stands for its seat once, in its own match, until it expires', () => {
    let now = 1_000;
    const tickets = new StreamTickets<string>(() => now);
    const { ticket, expiresInMs } = tickets.issue('m1', 'DPRK');
    expect(expiresInMs).toBe(TICKET_TTL_MS);
    expect(ticket).toMatch(/^[\w-]{32}$/);
    expect(tickets.redeemIn('m1', ticket)).toBe('DPRK');
    expect(tickets.redeemIn('m1', ticket)).toBeUndefined();

    const elsewhere = tickets.issue('m1', 'US').ticket;
    expect(tickets.redeemIn('m2', elsewhere)).toBeUndefined();
    expect(tickets.redeemIn('m1', elsewhere)).toBeUndefined();

    const late = tickets.issue('m1', 'JPN').ticket;
    now += TICKET_TTL_MS + 1;
    expect(tickets.redeemIn('m1', late)).toBeUndefined();
    // Positive control at the same clock: a fresh ticket works.
    expect(tickets.redeemIn('m1', tickets.issue('m1', 'JPN').ticket)).toBe('JPN');
  });

  test('a ticket tells what it opens, once', () => {
    const tickets = new StreamTickets<'teacher' | 'student'>();
    const { ticket } = tickets.issue('class-1', 'student');
    expect(tickets.redeem(ticket)).toEqual({ scope: 'class-1', holder: 'student' });
    expect(tickets.redeem(ticket)).toBeUndefined();
    expect(tickets.redeem('made-up')).toBeUndefined();
  });
});
