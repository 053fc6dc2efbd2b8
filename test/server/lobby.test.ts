import { LobbyClientError } from 'boardgame.io/client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lobby } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server?.dispose();
});

async function post(path: string, body: unknown, raw = false): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

async function newMatch(setupData: Record<string, unknown> = {}): Promise<string> {
  const { matchID } = await lobby(server.url).createMatch('peninsula', { numPlayers: 5, setupData });
  return matchID;
}

describe('the Lobby API answers (koa-compose pinned to 4.1.0; with 4.2 every route is a 404)', () => {
  test('list games, create, list matches, get, join, update, leave and playAgain all answer with boardgame.io LobbyClient', async () => {
    const client = lobby(server.url);
    expect(await client.listGames()).toEqual(['peninsula']);
    const { matchID } = await client.createMatch('peninsula', { numPlayers: 5, setupData: { scenario: 'renewedTalks', rounds: 4 } });
    expect((await client.listMatches('peninsula')).matches.map((m) => m.matchID)).toContain(matchID);
    const match = await client.getMatch('peninsula', matchID);
    expect(match.players).toHaveLength(5);
    const { playerID, playerCredentials } = await client.joinMatch('peninsula', matchID, { playerID: '2', playerName: 'Min-ji' });
    expect(playerID).toBe('2');
    await client.updatePlayer('peninsula', matchID, { playerID: '2', credentials: playerCredentials, newName: 'Min-ji (ROK)' });
    expect((await client.getMatch('peninsula', matchID)).players[2]?.name).toBe('Min-ji (ROK)');
    const { nextMatchID } = await client.playAgain('peninsula', matchID, { playerID: '2', credentials: playerCredentials });
    expect(nextMatchID).toMatch(/\S+/);
    await client.joinMatch('peninsula', matchID, { playerID: '0', playerName: 'Sam' });
    await client.leaveMatch('peninsula', matchID, { playerID: '2', credentials: playerCredentials });
    expect((await client.getMatch('peninsula', matchID)).players.map((p) => p.name)).toEqual(['Sam', undefined, undefined, undefined, undefined]);
    const health = await (await fetch(`${server.url}/health`)).json();
    expect(health).toEqual({ ok: true, ready: true, storage: 'pglite' });
  });

  test('bots named at creation are seated at once, with names and no credentials in the listing', async () => {
    const matchID = await newMatch({ bots: { PRC: 'hawk', JPN: 'dove' }, seed: 'listing-seed-do-not-leak' });
    const match = await lobby(server.url).getMatch('peninsula', matchID);
    expect(match.players.map((p) => p.name)).toEqual([undefined, undefined, undefined, 'Bot · hawk', 'Bot · dove']);
    const listing = await (await fetch(`${server.url}/games/peninsula`)).text();
    const single = await (await fetch(`${server.url}/games/peninsula/${matchID}`)).text();
    for (const body of [listing, single]) {
      expect(body).not.toContain('listing-seed-do-not-leak');
      expect(body).not.toContain('credentials');
    }
  });
});

describe('bad input gets a 4xx with a message, and changes nothing', () => {
  test('create: unknown scenario, rounds out of range, bad bots, not JSON, too big, wrong numPlayers', async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ numPlayers: 5, setupData: { scenario: 'atlantis' } }, 400, /scenario/i],
      [{ numPlayers: 5, setupData: { rounds: 99 } }, 400, /rounds/i],
      [{ numPlayers: 5, setupData: { bots: { US: 'berserk' } } }, 400, /personalit|bot/i],
      [{ numPlayers: 3 }, 400, /5|players/i],
    ];
    for (const [body, status, message] of cases) {
      const { status: got, json } = await post('/games/peninsula/create', body);
      expect(got, JSON.stringify(body)).toBe(status);
      expect(String(json.error)).toMatch(message);
    }
    const notJson = await post('/games/peninsula/create', '{"numPlayers": 5,', true);
    expect(notJson).toEqual({ status: 400, json: { error: 'The request body must be JSON.', code: 'BAD_JSON' } });
    const huge = await post('/games/peninsula/create', { numPlayers: 5, setupData: { seed: 'x'.repeat(20_000) } });
    expect(huge.status).toBe(413);
    expect(String(huge.json.error)).toMatch(/larger than/);
  });

  test('join: missing, long or control-character names, a seat out of range, a taken seat, an unknown match', async () => {
    const matchID = await newMatch();
    const join = (body: unknown) => post(`/games/peninsula/${matchID}/join`, body);
    expect((await join({ playerID: '0' })).json.error).toMatch(/playerName is required/);
    expect((await join({ playerID: '0', playerName: 'x'.repeat(33) })).json.error).toMatch(/at most 32/);
    expect((await join({ playerID: '0', playerName: 'bad\u0007name' })).json.error).toMatch(/control characters/);
    const outOfRange = await join({ playerID: '7', playerName: 'Seven' });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.json.error).toMatch(/seat from "0" to "4"/);
    expect((await join({ playerID: '0', playerName: 'First' })).status).toBe(200);
    const taken = await join({ playerID: '0', playerName: 'Second' });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toBe('Someone has just taken that seat: choose another role.');
    const unknown = await post('/games/peninsula/no-such-match/join', { playerID: '0', playerName: 'Lost' });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toMatch(/not found/i);
    expect((await lobby(server.url).getMatch('peninsula', matchID)).players[0]?.name).toBe('First');
  });

  test('update, leave, playAgain and start with wrong credentials are refused without echoing them', async () => {
    const matchID = await newMatch();
    const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', matchID, { playerID: '1', playerName: 'Kim' });
    const wrong = { playerID: '1', credentials: 'guessed-credentials-123' };
    for (const route of ['update', 'leave', 'playAgain']) {
      const body = route === 'update' ? { ...wrong, newName: 'Mallory' } : wrong;
      const { status, json } = await post(`/games/peninsula/${matchID}/${route}`, body);
      expect(status, route).toBe(403);
      expect(json.error).toBe('Invalid credentials.');
    }
    const start = await post(`/api/matches/${matchID}/start`, wrong);
    expect(start.status).toBe(403);
    expect(start.json.error).toMatch(/invalid credentials/i);
    expect(JSON.stringify(start.json)).not.toContain('guessed-credentials-123');
    const badName = await post(`/games/peninsula/${matchID}/update`, { playerID: '1', credentials: playerCredentials, newName: '' });
    expect(badName.status).toBe(400);
    const badPersonality = await post(`/api/matches/${matchID}/start`, { playerID: '1', credentials: playerCredentials, personality: 'berserk' });
    expect(badPersonality.status).toBe(400);
    const match = await lobby(server.url).getMatch('peninsula', matchID);
    expect(match.players[1]?.name).toBe('Kim');
    expect(match.players.filter((p) => p.name !== undefined)).toHaveLength(1);
    expect(server.output()).not.toContain(playerCredentials);
    expect(server.output()).not.toContain('guessed-credentials-123');
  });

  test('get: an unknown match is a 404 with a message; the LobbyClient surfaces it', async () => {
    const response = await fetch(`${server.url}/games/peninsula/nope`);
    expect(response.status).toBe(404);
    await expect(lobby(server.url).getMatch('peninsula', 'nope')).rejects.toBeInstanceOf(LobbyClientError);
  });
});

describe('thirty people joining one match at the same moment (boardgame.io issue #1100)', () => {
  test('each seat goes to exactly one person, the others are told it is taken, the metadata stays whole', async () => {
    const matchID = await newMatch();
    const attempts = Array.from({ length: 30 }, (_, i) => post(`/games/peninsula/${matchID}/join`, { playerID: String(i % 5), playerName: `Student ${i}` }));
    const results = await Promise.all(attempts);
    const won = results.map((r, i) => ({ ...r, i })).filter((r) => r.status === 200);
    expect(won).toHaveLength(5);
    expect(new Set(won.map((r) => r.json.playerID))).toEqual(new Set(['0', '1', '2', '3', '4']));
    expect(results.filter((r) => r.status === 409)).toHaveLength(25);
    const match = await lobby(server.url).getMatch('peninsula', matchID);
    for (const winner of won) expect(match.players[Number(winner.json.playerID)]?.name).toBe(`Student ${winner.i}`);
  });
});
