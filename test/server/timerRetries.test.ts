import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SqlDriver } from '../../server/storage/driver';
import { PhaseTimers } from '../../server/timers/phaseTimers';
import { newMatch } from '../support/match';

/**
 * Issue 14: a match whose phase timer ran out while its late seats are empty (nobody holds
 * them, so the server has no credentials to act with) was retried every 3 s forever, with a log
 * line each time. Counted here on a fake clock over ten minutes: moves sent and log lines.
 */
const MATCHES = 40;
const MINUTES = 10;

function setup(credentials: Record<string, string>) {
  const db = { name: 'pglite', query: async () => [] } as unknown as SqlDriver;
  let lines = 0;
  const counter = new Writable({ write: (_chunk, _encoding, done) => ((lines += 1), done()) });
  const state = newMatch({ seed: 'retries', timers: { diplomacy: 60, orders: 60 } });
  const sent: string[] = [];
  const timers = new PhaseTimers(
    db,
    async () => ({ state, credentials }),
    (matchID, playerID) => sent.push(`${matchID}/${playerID}`),
    pino({ level: 'info' }, counter),
  );
  for (let i = 0; i < MATCHES; i++) timers.onState(`m${i}`, state);
  return { timers, sent, lines: () => lines };
}

describe('phase timers back off when their moves change nothing', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it(`${MATCHES} matches with every seat empty: one log line each when time runs out, then a look every five minutes, not every 3 s`, async () => {
    const { timers, sent, lines } = setup({});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(lines()).toBe(MATCHES);
    await vi.advanceTimersByTimeAsync(MINUTES * 60_000);
    // Every 3 s this was 200 looks and 200 log lines per match in ten minutes.
    expect(lines()).toBe(MATCHES);
    expect(sent).toEqual([]);
    timers.stop();
  });

  it('matches with held seats whose moves are lost: the server acts again, later each time (3, 6, 12 … s), and logs once', async () => {
    const { timers, sent, lines } = setup({ 0: 'c0', 1: 'c1', 2: 'c2', 3: 'c3', 4: 'c4' });
    await vi.advanceTimersByTimeAsync(60_000);
    // Positive control: the first expiry acts for all five seats of every match.
    expect(sent).toHaveLength(MATCHES * 5);
    await vi.advanceTimersByTimeAsync(MINUTES * 60_000);
    const looks = sent.length / (MATCHES * 5);
    // Looks at 0, 3, 9, 21, 45, 93, 189 and 381 s after the deadline; the next waits 300 s, past ten minutes: 8 looks (every 3 s: 201).
    expect(looks).toBe(8);
    expect(lines()).toBe(MATCHES);
    timers.stop();
  });
});
