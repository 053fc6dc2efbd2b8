import { describe, expect, test } from 'vitest';
import type { SqlDriver } from '../../server/storage/driver';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { TimerRowWrites } from '../../server/timers/timerRows';
import { drivers, metadata, state, useMigratedDriver } from './support/storageFixtures';

/** The timers' row writes, grouped (server/timers/timerRows.ts), on both drivers. */
describe.each(drivers)('timer rows on %s', (name, options) => {
  let driver: SqlDriver;
  const id = (suffix: string) => `${name}-${process.pid}-timer-${suffix}`;
  useMigratedDriver(options, (d) => {
    driver = d;
  });
  const stored = async (matchIDs: string[]) =>
    (
      await driver.query<{ match_id: string; phase_key: string; deadline: string | null; paused_remaining_ms: string | null; paused: boolean }>(
        'SELECT match_id, phase_key, deadline, paused_remaining_ms, paused FROM phase_timers WHERE match_id = ANY($1::text[]) ORDER BY match_id',
        [matchIDs],
      )
    ).map((r) => ({
      ...r,
      deadline: r.deadline === null ? null : Number(r.deadline),
      paused_remaining_ms: r.paused_remaining_ms === null ? null : Number(r.paused_remaining_ms),
    }));

  test('writes waiting together go out in one statement: rows replaced and deleted, a bad one fails alone', async () => {
    const storage = new SqlStorage(driver);
    const matches = ['a', 'b', 'c', 'd'].map(id);
    for (const matchID of matches) await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    const rows = new TimerRowWrites(driver);
    const row = (key: string, deadline: number | null, paused = false) => ({ key, deadline, pausedRemainingMs: paused ? 5_000 : null, paused });

    // The first goes out at once; the three that wait for it leave together.
    await Promise.all(matches.map((matchID, i) => rows.write(matchID, row(`1:diplomacy`, 1_000 + i))));
    expect([rows.statements, rows.writes]).toEqual([2, 4]);
    expect((await stored(matches)).map((r) => r.deadline)).toEqual([1_000, 1_001, 1_002, 1_003]);

    // Replaced, paused, deleted, and one for a match that does not exist (its row breaks the foreign key).
    const missing = id('missing');
    const outcomes = await Promise.allSettled([
      rows.write(matches[0]!, row('1:orders', 9_000)),
      rows.write(matches[1]!, row('1:orders', null, true)),
      rows.write(matches[2]!, null),
      rows.write(missing, row('1:orders', 1)),
      rows.write(matches[3]!, null),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await stored([...matches, missing])).toEqual([
      { match_id: matches[0], phase_key: '1:orders', deadline: 9_000, paused_remaining_ms: null, paused: false },
      { match_id: matches[1], phase_key: '1:orders', deadline: null, paused_remaining_ms: 5_000, paused: true },
    ]);
  });
});
