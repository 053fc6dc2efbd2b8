import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lobby, waitFor } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';
import { healthy } from './support/wire';

/**
 * Issue 14 at the HTTP edge: bad bytes anywhere in a request get a 4xx with a reason (they were
 * 500s from the database), Lobby creation is limited per address (read from X-Forwarded-For
 * because TRUST_PROXY is set here), and only the server's own pages (and ORIGINS) open sockets.
 */
const CREATE_LIMIT = 4;
const ALLOWED = 'http://classroom.example';

let server: ServerProcess;
let matchID: string;
/** A different client address per test, so the creation limit of one does not spill into another. */
let address = 0;
const nextAddress = () => `10.0.0.${++address}`;

beforeAll(async () => {
  server = await startServerProcess({ env: { MATCH_CREATE_LIMIT: String(CREATE_LIMIT), TRUST_PROXY: '1', ORIGINS: ALLOWED } });
  ({ matchID } = await lobby(server.url).createMatch('peninsula', { numPlayers: 5 }));
  // A server start, a match and its seats: on a machine shared by many test runs this can pass a minute.
}, 180_000);
afterAll(async () => {
  await server?.dispose();
});

async function request(
  method: string,
  path: string,
  body?: string,
  from = nextAddress(),
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
}

describe('bad bytes in HTTP input get a 4xx with a reason, never a 500', () => {
  const rows: [string, string, string, string | undefined][] = [
    ['a NUL in setupData.seed', 'POST', '/games/peninsula/create', JSON.stringify({ numPlayers: 5, setupData: { seed: 'a\u0000b' } })],
    ['a lone surrogate in setupData.seed', 'POST', '/games/peninsula/create', '{"numPlayers":5,"setupData":{"seed":"\\ud800"}}'],
    ['a NUL in join data', 'POST', '/games/peninsula/MATCH/join', JSON.stringify({ playerID: '3', playerName: 'Ana', data: { note: '\u0000' } })],
    ['a NUL in a class title', 'POST', '/api/class', JSON.stringify({ title: 'History\u0000', scenario: 'renewedTalks' })],
    ['an own __proto__ key in a body', 'POST', '/games/peninsula/create', '{"numPlayers":5,"__proto__":{"admin":true}}'],
    ['a NUL in a match id in the URL', 'GET', '/games/peninsula/a%00b', undefined],
    ['a NUL in a match id on a seat route', 'POST', '/games/peninsula/a%00b/join', JSON.stringify({ playerID: '0', playerName: 'Ana' })],
    ['a NUL in a match id on the press route', 'GET', '/api/matches/a%00b/press', undefined],
    ['a NUL in a match id on the timer route', 'GET', '/api/matches/a%00b/timer', undefined],
    ['a NUL in a match id on the start route', 'POST', '/api/matches/a%00b/start', '{}'],
    ['broken percent-encoding in the URL', 'GET', '/games/peninsula/a%E0%A4%A', undefined],
    ['a NUL in the query', 'GET', '/games/peninsula?x=%00', undefined],
  ];
  test.each(rows)('%s', async (_name, method, path, body) => {
    const { status, json } = await request(method, path.replace('MATCH', matchID), body);
    expect(status).toBe(400);
    // The message names the field when the body holds it.
    if (body?.includes('seed')) expect(json.error).toMatch(/^setupData\.seed /);
    expect(typeof json.error).toBe('string');
    expect(json.error).toMatch(/control characters|reserved name|percent-encoding/);
    expect(json.code).toMatch(/^(BAD_TEXT|BAD_JSON|BAD_ADDRESS)$/);
  });

  test('the server still answers, and the same requests without the bad bytes go through', async () => {
    expect(await healthy(server.url)).toBe(true);
    expect((await request('POST', '/games/peninsula/create', JSON.stringify({ numPlayers: 5, setupData: { seed: 'ab' } }))).status).toBe(200);
    const join = await request(
      'POST',
      `/games/peninsula/${matchID}/join`,
      JSON.stringify({ playerID: '3', playerName: 'Ana', data: { note: 'line one\nline two' } }),
    );
    expect(join.status).toBe(200);
    expect((await request('GET', `/games/peninsula/${matchID}`)).status).toBe(200);
    expect(server.output()).not.toMatch(/"status":500/);
  });
});

describe('Lobby match creation is limited per address', () => {
  test(`the ${CREATE_LIMIT + 1}th creation in a minute gets 429 with Retry-After and a JSON error; another address still creates`, async () => {
    const from = nextAddress();
    const create = () => request('POST', '/games/peninsula/create', JSON.stringify({ numPlayers: 5 }), from);
    for (let i = 0; i < CREATE_LIMIT; i++) expect((await create()).status).toBe(200);
    const refused = await create();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json.error).toMatch(/Too many matches created from this address: try again in \d+ s\./);
    expect(refused.json).toMatchObject({ code: 'CREATE_LIMIT', retryAfter });
    expect((await request('POST', '/games/peninsula/create', JSON.stringify({ numPlayers: 5 }), nextAddress())).status).toBe(200);
  });
});

describe('only the server’s own pages and ORIGINS open a socket', () => {
  const connects = async (origin: string | undefined): Promise<boolean> => {
    const socket = io(`${server.url}/peninsula`, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(origin ? { extraHeaders: { origin } } : {}),
    });
    try {
      let outcome: boolean | undefined;
      socket.on('connect', () => (outcome = true));
      socket.on('connect_error', () => (outcome = false));
      return await waitFor('the handshake', () => (outcome === undefined ? undefined : { outcome })).then((o) => o.outcome);
    } finally {
      socket.close();
    }
  };

  test('a page from another origin is refused; the server’s own origin, a listed origin and a non-browser client connect', async () => {
    expect(await connects('http://evil.example')).toBe(false);
    expect(await connects(server.url)).toBe(true);
    expect(await connects(ALLOWED)).toBe(true);
    expect(await connects(undefined)).toBe(true);
  });

  test('socket.io no longer answers Access-Control-Allow-Origin: * to a foreign page', async () => {
    const response = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'http://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*');
    expect(response.ok).toBe(false);
    const own = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: server.url } });
    expect(own.ok).toBe(true);
    expect(own.headers.get('access-control-allow-origin')).toBe(server.url);
  });
});
