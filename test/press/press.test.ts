import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkRate,
  conversationKey,
  conversations,
  debriefPress,
  messageLength,
  PRESS_LIMITS,
  publicStatements,
  unreadCounts,
  validateMessage,
  visibleTo,
  type PressMessage,
  type Recipients,
} from '../../shared/press';
import { ROLES, type Role } from '../../shared/roles';

let nextId = 0;
function msg(from: Role, to: Recipients, text = 'hello', sentAt = 1000, round = 1): PressMessage {
  nextId += 1;
  return { id: `m${nextId}`, matchID: 'x', round, from, to, text, sentAt };
}

describe('validateMessage', () => {
  it('trims the text and orders the recipients, without repeats', () => {
    expect(validateMessage('US', ['JPN', 'DPRK', 'JPN'], '  Meet in Hanoi?\r\nSoon.  ')).toEqual({
      ok: true,
      to: ['DPRK', 'JPN'],
      text: 'Meet in Hanoi?\nSoon.',
    });
    expect(validateMessage('PRC', 'all', 'Stability first.')).toEqual({ ok: true, to: 'all', text: 'Stability first.' });
    expect(validateMessage('PRC', 'all', 'pasted\tfrom a table')).toEqual({ ok: true, to: 'all', text: 'pasted from a table' });
  });

  it.each([
    ['empty', ['DPRK'], '', 'EMPTY'],
    ['whitespace only', ['DPRK'], ' \n\t ', 'EMPTY'],
    ['not text', ['DPRK'], 42, 'NOT_TEXT'],
    ['too long', ['DPRK'], 'a'.repeat(PRESS_LIMITS.maxLength + 1), 'TOO_LONG'],
    ['a control character', ['DPRK'], 'bell\u0007', 'CONTROL_CHARACTERS'],
    ['an escape character', ['DPRK'], 'a\u001b[31mred', 'CONTROL_CHARACTERS'],
    ['a right-to-left override', ['DPRK'], 'evil\u202Etxt', 'CONTROL_CHARACTERS'],
    ['no recipients', [], 'hi', 'BAD_RECIPIENTS'],
    ['a recipient that is no role', ['USSR'], 'hi', 'BAD_RECIPIENTS'],
    ['recipients that are not a list', 'DPRK', 'hi', 'BAD_RECIPIENTS'],
    ['a playerID instead of a role', ['1'], 'hi', 'BAD_RECIPIENTS'],
    ['oneself', ['US', 'DPRK'], 'hi', 'SELF'],
  ])('refuses %s with a reason', (_name, to, text, code) => {
    const result = validateMessage('US', to, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.reason.length).toBeGreaterThan(10);
    }
  });

  it('counts characters as people do: 500 emoji fit, 501 do not', () => {
    expect(messageLength('🇰🇷')).toBe(2);
    expect(validateMessage('ROK', ['JPN'], '🕊'.repeat(500)).ok).toBe(true);
    expect(validateMessage('ROK', ['JPN'], '🕊'.repeat(501)).ok).toBe(false);
  });

  it('keeps markup as plain text: escaping is the renderer’s job', () => {
    expect(validateMessage('JPN', ['US'], '<script>alert(1)</script>')).toMatchObject({ ok: true, text: '<script>alert(1)</script>' });
  });
});

describe('visibleTo', () => {
  it('a private message reaches only its two ends', () => {
    const m = msg('US', ['DPRK']);
    expect(ROLES.filter((r) => visibleTo(m, r))).toEqual(['US', 'DPRK']);
    expect(visibleTo(m, null)).toBe(false);
  });

  it('a group message reaches the sender and the group', () => {
    const m = msg('ROK', ['US', 'JPN']);
    expect(ROLES.filter((r) => visibleTo(m, r))).toEqual(['US', 'ROK', 'JPN']);
    expect(visibleTo(m, null)).toBe(false);
  });

  it('a public statement reaches everyone, spectators too', () => {
    const m = msg('PRC', 'all');
    expect(ROLES.every((r) => visibleTo(m, r))).toBe(true);
    expect(visibleTo(m, null)).toBe(true);
  });

  it('property: a seat sees a message exactly when it sent it, is addressed, or it is public', () => {
    const role = fc.constantFrom(...ROLES);
    fc.assert(
      fc.property(
        role,
        fc.oneof(fc.constant('all' as const), fc.subarray([...ROLES], { minLength: 1 })),
        fc.option(role, { nil: null }),
        (from, to, viewer) => {
          const m = { from, to: to === 'all' ? to : to.filter((r) => r !== from) };
          const expected = m.to === 'all' || (viewer !== null && (viewer === from || m.to.includes(viewer)));
          expect(visibleTo(m, viewer)).toBe(expected);
          expect(debriefPress([msg(m.from, m.to)], { role: viewer }).length).toBe(expected ? 1 : 0);
        },
      ),
    );
  });
});

describe('checkRate', () => {
  it(`allows ${PRESS_LIMITS.burstCount} quick messages, refuses the next, and says when to retry`, () => {
    const sent = Array.from({ length: PRESS_LIMITS.burstCount }, (_, i) => ({ sentAt: 10_000 + i * 100, round: 1 }));
    expect(checkRate(sent.slice(0, -1), 10_500, 1)).toBeNull();
    const refusal = checkRate(sent, 10_500, 1);
    expect(refusal?.code).toBe('RATE_BURST');
    expect(refusal?.retryAfterMs).toBe(10_000 + PRESS_LIMITS.burstWindowMs - 10_500);
    expect(checkRate(sent, 10_000 + PRESS_LIMITS.burstWindowMs + 1, 1)).toBeNull();
  });

  it(`refuses the ${PRESS_LIMITS.perRound + 1}th message of a round until the next round`, () => {
    const sent = Array.from({ length: PRESS_LIMITS.perRound }, (_, i) => ({ sentAt: i * 60_000, round: 2 }));
    expect(checkRate(sent, 10 ** 9, 2)?.code).toBe('RATE_ROUND');
    expect(checkRate(sent, 10 ** 9, 3)).toBeNull();
  });
});

describe('conversations and unread counts', () => {
  it('groups by counterpart set, the same for every participant', () => {
    expect(conversationKey(msg('US', ['DPRK', 'ROK']), 'US')).toBe('DPRK+ROK');
    expect(conversationKey(msg('ROK', ['US', 'DPRK']), 'US')).toBe('DPRK+ROK');
    expect(conversationKey(msg('US', ['DPRK', 'ROK']), 'DPRK')).toBe('US+ROK');
    expect(conversationKey(msg('US', ['DPRK']), 'DPRK')).toBe('US');
    expect(conversationKey(msg('US', 'all'), 'DPRK')).toBe('all');
  });

  it('lists Everyone first, then the most recent conversation, with unread counts that ignore one’s own messages', () => {
    const all = [
      msg('US', ['DPRK'], 'a', 1),
      msg('DPRK', ['US'], 'b', 2),
      msg('PRC', ['US', 'JPN'], 'c', 3),
      msg('ROK', ['JPN'], 'not for US', 4),
      msg('JPN', 'all', 'd', 5),
    ];
    const list = conversations(all, 'US');
    expect(list.map((c) => c.key)).toEqual(['all', 'PRC+JPN', 'DPRK']);
    expect(list.flatMap((c) => c.messages).some((m) => m.text === 'not for US')).toBe(false);
    expect(unreadCounts(list, 'US', {})).toEqual({ all: 1, 'PRC+JPN': 1, DPRK: 1 });
    expect(unreadCounts(list, 'US', { DPRK: 2, all: 1 })).toEqual({ all: 0, 'PRC+JPN': 1, DPRK: 0 });
  });

  it('puts public statements, and only those, on the ticker', () => {
    const lines = publicStatements([msg('US', ['DPRK'], 'secret'), msg('PRC', 'all', 'Calm, please.')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'statement', roles: ['PRC'] });
    expect(lines[0]?.text).toContain('Calm, please.');
  });

  it('the teacher’s debrief holds every message', () => {
    const all = [msg('US', ['DPRK']), msg('ROK', ['JPN']), msg('PRC', 'all')];
    expect(debriefPress(all, { teacher: true })).toHaveLength(3);
    expect(debriefPress(all, { role: null })).toHaveLength(1);
  });
});
