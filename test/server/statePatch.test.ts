import type { State } from 'boardgame.io';
import { describe, expect, test } from 'vitest';
import type { SqlDriver } from '../../server/storage/driver';
import { deepFreeze } from '../../shared/deepFreeze';
import { SqlStorage, STATE_COLUMN } from '../../server/storage/sqlStorage';
import { drivers, entry, metadata, state, useMigratedDriver } from './support/storageFixtures';

/** A move's state written as a patch onto the last whole state (server/storage/statePatch.ts), on both drivers. */

/** The next state as boardgame.io's reducer makes it: new objects for what changed, the very same ones for the rest. */
function next(prev: State, changes: Record<string, unknown>): State {
  return deepFreeze({ ...prev, G: { ...(prev.G as object), ...changes }, ctx: { ...prev.ctx, turn: prev.ctx.turn + 1 }, _stateID: prev._stateID + 1 });
}

describe.each(drivers)('state patches on %s', (name, options) => {
  let driver: SqlDriver;
  const id = (suffix: string) => `${name}-${process.pid}-patch-${suffix}`;
  const columns = async (matchID: string) =>
    (
      await driver.query<{ base: number; g: string | null; top: string | null; whole: string; state: State }>(
        `SELECT state_base AS base, state_g_patch AS g, state_top_patch AS top, state AS whole, ${STATE_COLUMN} FROM matches WHERE match_id = $1`,
        [matchID],
      )
    )[0]!;

  useMigratedDriver(options, (d) => {
    driver = d;
  });

  test('a move writes what changed since the last whole state; every reader gets the current state, keys in their order', async () => {
    const storage = new SqlStorage(driver);
    const matchID = id('moves');
    const headlines = Array.from({ length: 60 }, (_, i) => ({ id: `h${i}`, text: `headline "${i}" \\ 🎌 émoji` }));
    let current = deepFreeze(state(0, { round: 1, headlines, tracks: { tension: 3 }, seen: [] }));
    await storage.createMatch(matchID, { initialState: current, metadata: metadata() });
    const kinds: string[] = [];
    for (let n = 1; n <= 12; n++) {
      // Every fourth move adds a headline (a new array: a big change), the others move a track.
      current = next(
        current,
        n % 4 === 0 ? { headlines: [...(current.G as { headlines: unknown[] }).headlines, { id: `n${n}` }] } : { tracks: { tension: n } },
      );
      expect(await storage.writeMove(matchID, current, [entry(n)])).toBe(true);
      const row = await columns(matchID);
      kinds.push(row.top === null ? 'whole' : 'patch');
      expect(row.state).toEqual(current);
      expect(Object.keys(row.state.G as object)).toEqual(Object.keys(current.G as object));
      expect((await storage.fetch(matchID, { state: true })).state).toEqual(current);
      if (row.top !== null) expect(row.g!.length + row.top.length).toBeLessThan(row.whole.length / 2);
    }
    // The first move has no base of this process's (whole); a new headline array is too big a patch (whole).
    expect(kinds[0]).toBe('whole');
    expect(kinds.filter((k) => k === 'patch').length).toBeGreaterThanOrEqual(6);
    // boardgame.io writes the state back after a move the rules refuse: refused (same id), the base stays.
    expect(await storage.writeMove(matchID, current, [])).toBe(false);
    current = next(current, { tracks: { tension: 99 } });
    expect(await storage.writeMove(matchID, current, [entry(13)])).toBe(true);
    expect((await columns(matchID)).top).not.toBeNull();
    expect((await columns(matchID)).state).toEqual(current);
    expect((await storage.fetch(matchID, { log: true })).log!.map((e) => e.turn)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
  });

  test('a key taken away from G, or a value without JSON, writes the whole state', async () => {
    const storage = new SqlStorage(driver);
    const matchID = id('keys');
    let current = deepFreeze(state(0, { a: 1, b: { big: 'x'.repeat(2000) }, gone: true }));
    await storage.createMatch(matchID, { initialState: current, metadata: metadata() });
    current = next(current, { a: 2 });
    await storage.writeMove(matchID, current, [entry(1)]);
    current = next(current, { a: 3 });
    await storage.writeMove(matchID, current, [entry(2)]);
    expect((await columns(matchID)).top).not.toBeNull();
    const { gone: _gone, ...without } = current.G as Record<string, unknown>;
    current = deepFreeze({ ...current, G: without, _stateID: 3 });
    await storage.writeMove(matchID, current, [entry(3)]);
    expect((await columns(matchID)).top).toBeNull();
    expect((await columns(matchID)).state.G).toEqual(without);
    current = next(current, { a: undefined });
    await storage.writeMove(matchID, current, [entry(4)]);
    expect((await columns(matchID)).top).toBeNull();
    expect((await columns(matchID)).state.G).toEqual({ b: { big: 'x'.repeat(2000) } });
  });

  test('a patch onto a base another writer replaced is refused as a patch and written whole, by state id as before', async () => {
    const [mine, other] = [new SqlStorage(driver), new SqlStorage(driver)];
    const matchID = id('writers');
    let current = deepFreeze(state(0, { a: 0, big: 'y'.repeat(3000) }));
    await mine.createMatch(matchID, { initialState: current, metadata: metadata() });
    for (let n = 1; n <= 3; n++) {
      current = next(current, { a: n });
      await mine.writeMove(matchID, current, [entry(n)]);
    }
    expect((await columns(matchID)).top).not.toBeNull();
    // Another process (a stand-in for a shard) writes state 4 whole: the base is now its.
    const theirs = next(current, { a: 'theirs' });
    expect(await other.writeMove(matchID, theirs, [entry(4)])).toBe(true);
    expect((await columns(matchID)).base).toBe(4);
    // Ours, made from state 3, as state 4: refused (the state id); as state 5: stored, whole.
    expect(await mine.writeMove(matchID, next(current, { a: 'stale' }), [entry(4)])).toBe(false);
    current = next(next(current, { a: 'x' }), { a: 'mine' });
    expect(await mine.writeMove(matchID, current, [entry(5)])).toBe(true);
    const row = await columns(matchID);
    expect(row.top).toBeNull();
    expect(row.state).toEqual(current);
    expect((await mine.fetch(matchID, { log: true })).log!.map((e) => e.turn)).toEqual([1, 2, 3, 4, 5]);
  });

  test('whole states and patches are stored uncompressed (compressing them was ~30% of a whole write in PGlite)', async () => {
    const storage = new SqlStorage(driver);
    const matchID = id('uncompressed');
    // Repetitive JSON, as a late state is: compression would shrink it to a fraction.
    const headlines = Array.from({ length: 200 }, (_, i) => ({ id: `h${i}`, text: 'Talks stall in Beijing as the crisis deepens' }));
    let current = deepFreeze(state(0, { round: 1, headlines, tracks: { tension: 3 } }));
    await storage.createMatch(matchID, { initialState: current, metadata: metadata() });
    current = next(current, { tracks: { tension: 4 } });
    await storage.writeMove(matchID, current, [entry(1)]);
    // A patch above Postgres's TOAST threshold (~2 KB): the G entry is long and repetitive too.
    current = next(current, { tracks: { tension: 5, notes: 'the same note again '.repeat(150) } });
    await storage.writeMove(matchID, current, [entry(2)]);
    const [sizes] = await driver.query<{ stored: number; text: number; gStored: number; gText: number }>(
      `SELECT pg_column_size(state) AS stored, octet_length(state) AS text,
         pg_column_size(state_g_patch) AS "gStored", octet_length(state_g_patch) AS "gText" FROM matches WHERE match_id = $1`,
      [matchID],
    );
    expect(Number(sizes!.text)).toBeGreaterThan(8_000);
    expect(Number(sizes!.stored)).toBeGreaterThanOrEqual(Number(sizes!.text));
    expect(Number(sizes!.gText)).toBeGreaterThan(2_500);
    expect(Number(sizes!.gStored)).toBeGreaterThanOrEqual(Number(sizes!.gText));
    expect((await columns(matchID)).state).toEqual(current);
  });
});
