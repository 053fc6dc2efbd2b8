import { afterAll, expect, test } from 'vitest';
import type { MatchSummary } from '../../shared/api/matches';
import { createMatchWithPeople } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.reverse()) await s.dispose().catch(() => undefined);
});

async function get<T>(url: string, path: string): Promise<T> {
  return (await (await fetch(`${url}${path}`)).json()) as T;
}

test('a match waiting for its host still waits after the server is killed and restarted, and starts with a full clock when the host says so', async () => {
  const first = await startServerProcess();
  servers.push(first);
  const { matchID, seats } = await createMatchWithPeople(first.url, ['PRC', 'US'], { rounds: 4, timers: { crisis: 30, diplomacy: 30, orders: 30 } });
  await first.crash();
  const second = await first.restart();
  servers.push(second);

  expect(await get<MatchSummary>(second.url, `/api/matches/${matchID}/summary`)).toMatchObject({ status: 'waiting', host: '3' });
  expect((await get<{ remainingMs: number | null }>(second.url, `/api/matches/${matchID}/timer`)).remainingMs).toBeNull();
  const notHost = await fetch(`${second.url}/api/matches/${matchID}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seats.US),
  });
  expect(notHost.status).toBe(403);
  const started = await fetch(`${second.url}/api/matches/${matchID}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(seats.PRC),
  });
  expect(started.status).toBe(200);
  expect((await get<MatchSummary>(second.url, `/api/matches/${matchID}/summary`)).status).toBe('playing');
  const remaining = (await get<{ remainingMs: number | null }>(second.url, `/api/matches/${matchID}/timer`)).remainingMs;
  expect(remaining).toBeGreaterThan(0);
  expect(remaining).toBeLessThanOrEqual(30_000);
}, 180_000);
