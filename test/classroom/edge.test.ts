import { describe, expect, test } from 'vitest';
import { joinBase, lanAddress } from '../../server/classroom/joinUrl';
import { JoinCodeGate } from '../../server/classroom/rateLimit';
import { newRecoveryCode, normaliseRecoveryCode } from '../../server/classroom/secrets';
import { clientAddress, trustedProxyHops } from '../../server/http/clientAddress';

/** The classroom's edge, computed only (no traffic): join address, client address, join-code gate, recovery codes. */
describe('the join address the console and QR code show', () => {
  const lan = {
    eth0: [{ address: '192.168.1.20', family: 'IPv4' as const, internal: false, netmask: '', mac: '', cidr: null }],
    lo: [{ address: '127.0.0.1', family: 'IPv4' as const, internal: true, netmask: '', mac: '', cidr: null }],
  };
  test.each([
    [
      'PUBLIC_URL wins, without a trailing slash',
      { publicUrl: 'https://class.example.org/', host: '127.0.0.1', port: 8000 },
      { base: 'https://class.example.org', reachable: true },
    ],
    ['HOST unset listens everywhere: the LAN address', { port: 8000, lan: '192.168.1.20' }, { base: 'http://192.168.1.20:8000', reachable: true }],
    ['HOST=0.0.0.0: the LAN address', { host: '0.0.0.0', port: 9000, lan: '10.0.0.5' }, { base: 'http://10.0.0.5:9000', reachable: true }],
    [
      'HOST=127.0.0.1: localhost, and phones cannot reach it',
      { host: '127.0.0.1', port: 8000, lan: '192.168.1.20' },
      { base: 'http://localhost:8000', reachable: false },
    ],
    ['HOST=localhost: the same', { host: 'localhost', port: 8000 }, { base: 'http://localhost:8000', reachable: false }],
    ['HOST set to one LAN address: that address', { host: '192.168.1.30', port: 8000 }, { base: 'http://192.168.1.30:8000', reachable: true }],
    ['no network at all: localhost, unreachable', { host: '0.0.0.0', port: 8000, lan: null }, { base: 'http://localhost:8000', reachable: false }],
  ])('%s', (_why, options, expected) => {
    expect(joinBase(options)).toEqual(expected);
  });
  test('the LAN address is a private IPv4 of a real interface, never loopback', () => {
    expect(lanAddress(lan)).toBe('192.168.1.20');
    expect(lanAddress({ lo: lan.lo })).toBeNull();
  });
});

describe('the client address behind proxies (TRUST_PROXY)', () => {
  const req = (xff: string) => ({ ip: '10.0.0.1', get: (h: string) => (h === 'x-forwarded-for' ? xff : '') });
  test.each([
    [undefined, 0],
    ['0', 0],
    ['false', 0],
    ['true', 1],
    ['1', 1],
    ['2', 2],
    ['-1', 0],
    ['abc', 0],
  ])('TRUST_PROXY=%s trusts %i proxy hops', (value, hops) => {
    expect(trustedProxyHops(value)).toBe(hops);
  });
  test('without a trusted proxy the socket address counts, whatever the header says', () => {
    expect(clientAddress(req('6.6.6.6'), 0)).toBe('10.0.0.1');
  });
  test('with one proxy, the address it appended counts, not what the client wrote before it', () => {
    expect(clientAddress(req('6.6.6.6, 203.0.113.9'), 1)).toBe('203.0.113.9');
    expect(clientAddress(req(''), 1)).toBe('10.0.0.1');
  });
});

describe('the join-code gate', () => {
  test('past the limit an address is refused, except for a class already seen from it', () => {
    let now = 0;
    const gate = new JoinCodeGate(3, 60_000, () => now);
    gate.seen('school', 'class-1');
    for (let i = 0; i < 3; i++) {
      expect(gate.retryAfter('school', undefined)).toBe(0);
      gate.fail('school');
    }
    expect(gate.retryAfter('school', undefined)).toBe(60);
    expect(gate.retryAfter('school', 'class-2')).toBe(60);
    expect(gate.retryAfter('school', 'class-1')).toBe(0);
    expect(gate.retryAfter('elsewhere', 'class-2')).toBe(0);
    now = 60_001;
    expect(gate.retryAfter('school', 'class-2')).toBe(0);
  });
});

describe('recovery codes', () => {
  test('four groups of four from the join-code alphabet, typed back loosely', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[ACEFGHJKMNPRTWXY34679]{4}(-[ACEFGHJKMNPRTWXY34679]{4}){3}$/);
    expect(normaliseRecoveryCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(code);
    expect(normaliseRecoveryCode(42)).toBe('');
  });
});
