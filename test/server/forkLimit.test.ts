import { afterAll, beforeAll, expect, test } from 'vitest';
import { createMatchWithPeople } from './support/players';
import { forkAt, replayAt } from './support/replayApi';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ env: { MATCH_CREATE_LIMIT: '2' } });
});
afterAll(async () => {
  await server?.dispose();
});

test('a fork counts against the same per-address creation limit as a Lobby match: 429 CREATE_LIMIT with Retry-After, and no match made', async () => {
  const { matchID } = await createMatchWithPeople(server.url, [], { rounds: 4 });
  const first = await forkAt(server.url, matchID, { round: 1 });
  expect(first.status, first.body.error).toBe(200);
  const refused = await fetch(`${server.url}/api/matches/${matchID}/fork`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ round: 1 }),
  });
  const body = (await refused.json()) as { code?: string; retryAfter?: number };
  expect([refused.status, body.code]).toEqual([429, 'CREATE_LIMIT']);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect((await replayAt(server.url, matchID)).body.forks.map((f) => f.matchID)).toEqual([first.body.matchID]);
});
