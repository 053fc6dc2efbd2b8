import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pino from 'pino';
import { PhaseTimers } from '../../server/timers/phaseTimers';
import type { SqlDriver } from '../../server/storage/driver';
import { newMatch } from '../support/match';

/** The timer service against a recording stand-in for the database, on a fake clock. */
function setup() {
  const rows = new Map<string, unknown[]>();
  const db = {
    name: 'pglite',
    async query(sql: string, params: unknown[] = []) {
      // The grouped row writes (server/timers/timerRows.ts, the write_timer_rows function): per match, its row or (gone) none.
      if (sql.includes('write_timer_rows(')) {
        const [ids, keys, deadlines, remainders, paused, gone] = params as unknown[][];
        ids!.forEach((id, i) => (gone![i] ? rows.delete(String(id)) : rows.set(String(id), [id, keys![i], deadlines![i], remainders![i], paused![i]])));
      }
      if (sql.startsWith('SELECT match_id, phase_key')) {
        return [...rows.values()].map((p) => ({ match_id: p[0], phase_key: p[1], deadline: p[2], paused_remaining_ms: p[3], paused: p[4] }));
      }
      return [];
    },
  } as unknown as SqlDriver;
  const state = newMatch({ seed: 'timers', timers: { diplomacy: 300, orders: 120 } });
  const sent: { playerID: string; move: string; args: unknown[] }[] = [];
  const credentials = { 0: 'c0', 1: 'c1', 2: 'c2', 3: 'c3', 4: 'c4' };
  const timers = new PhaseTimers(
    db,
    async () => ({ state, credentials }),
    (_m, playerID, creds, move, args) => {
      expect(creds).toBe(`c${playerID}`);
      sent.push({ playerID, move, args });
    },
    pino({ level: 'silent' }),
  );
  return { db, rows, state, sent, timers };
}

describe('phase timers', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs, pauses, extends, resumes, and on expiry acts for every seat that has not', async () => {
    const { rows, state, sent, timers } = setup();
    expect(state.ctx.phase).toBe('diplomacy');
    timers.onState('m1', state);
    expect(timers.info('m1').remainingMs).toBe(300_000);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(timers.info('m1').remainingMs).toBe(200_000);
    await timers.pause('m1');
    expect(timers.isPaused('m1')).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000_000);
    expect(sent).toEqual([]);
    expect(timers.info('m1')).toMatchObject({ paused: true, remainingMs: 200_000, deadline: null });
    expect(await timers.extend('m1', 60)).toBe(true);
    await timers.resume('m1');
    expect(timers.info('m1').remainingMs).toBe(260_000);
    expect(rows.get('m1')?.[4]).toBe(false);
    await vi.advanceTimersByTimeAsync(259_000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent.map((s) => s.move)).toEqual(['done', 'done', 'done', 'done', 'done']);
    // Each move says the timer made it, so the seat's screen and the class CSV can tell.
    expect(sent.map((s) => s.args[1])).toEqual(Array(5).fill({ filledBy: 'timer' }));
    timers.stop();
  });

  it('keeps one timer per phase, and is restored from the stored row after a restart', async () => {
    const { db, state, timers } = setup();
    timers.onState('m1', state);
    await vi.advanceTimersByTimeAsync(10_000);
    timers.onState('m1', state);
    expect(timers.info('m1').remainingMs).toBe(290_000);
    timers.stop();
    await vi.advanceTimersByTimeAsync(0);
    const sent: string[] = [];
    const again = new PhaseTimers(
      db,
      async () => ({ state, credentials: { 0: 'x' } }),
      (_m, _p, _c, move) => sent.push(move),
      pino({ level: 'silent' }),
    );
    await again.restore();
    expect(again.info('m1').remainingMs).toBe(290_000);
    await vi.advanceTimersByTimeAsync(290_000);
    expect(sent).toEqual(['done']);
    again.stop();
  });

  it('ends a phase now with holding orders, and forgets a finished match', async () => {
    const { rows, state, sent, timers } = setup();
    timers.onState('m1', state);
    expect(await timers.expireNow('m1', 'hold')).toBe(5);
    expect(sent.map((s) => s.args[1])).toEqual(Array(5).fill({ filledBy: 'teacher' }));
    timers.onState('m1', { ...state, ctx: { ...state.ctx, gameover: { outcome: 'war' } } });
    await vi.advanceTimersByTimeAsync(0);
    expect(timers.info('m1').remainingMs).toBeNull();
    expect(rows.has('m1')).toBe(false);
  });

  it('frees the per-match write queue once a row is written, for every match it ever timed', async () => {
    const { timers, state } = setup();
    for (let i = 0; i < 50; i++) timers.onState(`m${i}`, state);
    expect(timers.pendingWrites).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(timers.pendingWrites).toBe(0);
    for (let i = 0; i < 50; i++) await timers.forget(`m${i}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(timers.pendingWrites).toBe(0);
    timers.stop();
  });
});
