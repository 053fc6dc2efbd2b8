import { afterAll, expect, test } from 'vitest';
import type { TimerWire as TimerInfo } from '../../shared/api/classroom';
import { createMatchWithPeople } from '../server/support/players';
import { startServerProcess, type ServerProcess } from '../server/support/serverProcess';
import { call, eventually } from './support';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.reverse()) await s.dispose().catch(() => undefined);
});

test('an online match created with setupData.timers has enforced timers that survive a crash of the server', async () => {
  const first = await startServerProcess();
  servers.push(first);
  // One person (US) who never acts; bots in the other seats wait for people in diplomacy.
  const { matchID, seats } = await createMatchWithPeople(first.url, ['US'], {
    scenario: 'renewedTalks',
    rounds: 4,
    seed: 'timers',
    timers: { crisis: 4, diplomacy: 4, orders: 4 },
  });
  expect((await call(first.url, 'POST', `/api/matches/${matchID}/start`, { body: { ...seats.US } })).status).toBe(200);
  const running = (await call<TimerInfo>(first.url, 'GET', `/api/matches/${matchID}/timer`)).body;
  expect(running.round).toBe(1);
  expect(running.deadline).toBeGreaterThan(Date.now());
  expect(running.remainingMs).toBeLessThanOrEqual(4000);

  // kill -9 before the timer runs out: no shutdown hook saves anything.
  await first.crash();
  const second = await first.restart();
  servers.push(second);
  // The restarted server picks the stored deadline up and acts for the idle US seat.
  const later = await eventually(
    'round 2 without the US player acting',
    async () => {
      const info = (await call<TimerInfo>(second.url, 'GET', `/api/matches/${matchID}/timer`)).body;
      return (info.round ?? 0) >= 2 ? info : undefined;
    },
    60_000,
    250,
  );
  expect(later.round).toBeGreaterThanOrEqual(2);
  expect(second.output()).toContain('phase timer ran out');
  expect((await call(second.url, 'GET', '/api/matches/nope/timer')).status).toBe(404);
}, 180_000);
