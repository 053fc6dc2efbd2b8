import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MatchSummary, WaitingPresence } from '../../shared/api/matches';
import { createMatchWithPeople, waitForAsync, type Seat } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

// Two seconds stand for the product's minute: the rule is the same, the test is shorter.
const AWAY_MS = 2000;
let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ env: { HOST_AWAY_MS: String(AWAY_MS) } });
});
afterAll(async () => {
  await server?.dispose();
});

async function call<T = Record<string, unknown>>(path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: (await response.json()) as T };
}

const presence = (matchID: string, seat: unknown) => call<WaitingPresence>(`/api/matches/${matchID}/presence`, seat);
const start = (matchID: string, seat: unknown) => call(`/api/matches/${matchID}/start`, seat);
const summary = async (matchID: string) => (await call<MatchSummary>(`/api/matches/${matchID}/summary`)).json;
const hostAwayFor = (matchID: string, seat: Seat) =>
  waitForAsync('the host to count as away', async () => (await presence(matchID, seat)).json.hostAway, 30_000);

describe('a host who closed the tab before the start does not hold the table for ever', () => {
  test('the waiting room hears who is here; once the host has been silent, anyone seated may start and hosts', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { rounds: 4, seed: 'host-away' });
    const alice = seats.US!;
    const bob = seats.ROK!;
    const heard = await presence(matchID, bob);
    expect(heard).toEqual({ status: 200, json: { here: ['0', '2'], host: '0', hostAway: false, hostAwaySeconds: 2, started: false } });
    const early = await start(matchID, bob);
    expect(early.status).toBe(403);
    expect(early.json).toMatchObject({ code: 'NOT_HOST' });
    // The home page's "Your games" reads the summary: while the host is here, it waits for them by name.
    expect(await summary(matchID)).toMatchObject({ status: 'waiting', host: '0', hostName: 'Player US', hostAway: false });

    // Only a seated player with the seat's credentials is heard, and a refusal changes nothing.
    expect((await presence(matchID, { ...bob, credentials: 'guess' })).json).toMatchObject({ code: 'BAD_CREDENTIALS' });
    expect((await presence(matchID, { playerID: '1', credentials: alice.credentials })).status).toBe(403);
    expect((await presence(matchID, { playerID: '9', credentials: alice.credentials })).json).toMatchObject({ code: 'BAD_SEAT' });
    expect((await presence(matchID, {})).status).toBe(400);
    expect((await presence('no-such-match', bob)).status).toBe(404);

    await hostAwayFor(matchID, bob);
    const guessed = await start(matchID, { ...bob, credentials: 'guess' });
    expect(guessed).toMatchObject({ status: 403, json: { code: 'BAD_CREDENTIALS' } });
    expect(await summary(matchID)).toMatchObject({ status: 'waiting', host: '0', hostName: 'Player US', hostAway: true });

    expect(await start(matchID, bob)).toEqual({ status: 200, json: { matchID, botSeats: ['1', '3', '4'] } });
    expect(await summary(matchID)).toMatchObject({ status: 'playing', host: '2', hostAway: false });
    // A waiting room's poll that crosses the Start is told so (200: a refusal here was a console error in every guest's browser).
    expect(await presence(matchID, bob)).toEqual({ status: 200, json: { here: [], host: '2', hostAway: false, hostAwaySeconds: 2, started: true } });
    expect((await start(matchID, alice)).json).toMatchObject({ code: 'MATCH_STARTED' });
  }, 60_000);

  test('a host whose waiting room stays open keeps the Start; when it closes, the others may start', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['PRC', 'JPN'], { rounds: 4, seed: 'host-here' });
    const host = seats.PRC!;
    const guest = seats.JPN!;
    // The host's page polls for three times the away time (bounded in count): the host is never away.
    for (let i = 0; i < 60; i++) {
      expect((await presence(matchID, host)).json.hostAway).toBe(false);
      await new Promise((r) => setTimeout(r, AWAY_MS / 20));
    }
    const refused = await start(matchID, guest);
    expect(refused).toMatchObject({ status: 403, json: { code: 'NOT_HOST' } });
    expect((await presence(matchID, guest)).json).toMatchObject({ here: ['3', '4'], host: '3', hostAway: false });
    expect((await summary(matchID)).status).toBe('waiting');

    // Positive control: the host's page closes (no more polls) and the same Start goes through.
    await hostAwayFor(matchID, guest);
    expect((await start(matchID, guest)).status).toBe(200);
    expect(await summary(matchID)).toMatchObject({ status: 'playing', host: '4' });
  }, 60_000);
});
