import type { LogEntry, Server, State } from 'boardgame.io';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../server/logger';
import { MatchStore } from '../../server/matchStore';
import { UPDATED_AT_SLACK_MS } from '../../server/storage/cachedStorage';
import type { SqlDriver, SqlExecutor } from '../../server/storage/driver';
import { SqlStorage, STATE_COLUMN } from '../../server/storage/sqlStorage';
import { drivers, entry, metadata, state, useMigratedDriver } from './support/storageFixtures';

/** The real driver, counting the statements that reach it. */
function counting(driver: SqlDriver): { driver: SqlDriver; statements: string[] } {
  const statements: string[] = [];
  const count = (tx: SqlExecutor): SqlExecutor => ({
    query: (sql, params) => (statements.push(sql), tx.query(sql, params)),
    script: (sql) => (statements.push(sql), tx.script(sql)),
  });
  return { statements, driver: { ...driver, ...count(driver), transaction: (fn) => driver.transaction((tx) => fn(count(tx))) } };
}

describe.each(drivers)('MatchStore on %s: matches kept in memory, the database kept true', (name, options) => {
  let raw: SqlDriver;
  let counted: ReturnType<typeof counting>;
  let store: MatchStore;
  const id = (suffix: string) => `store-${name}-${process.pid}-${suffix}`;

  useMigratedDriver(options, (d) => {
    raw = d;
    counted = counting(d);
    store = new MatchStore(new SqlStorage(counted.driver), createLogger('silent'));
  });

  test('a move as boardgame.io makes it (fetch metadata, fetch state, store state and log, bump updatedAt) is one statement, and the database has it', async () => {
    const matchID = id('move');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0), metadata: created });
    counted.statements.length = 0;
    const { metadata: before } = await store.fetch(matchID, { metadata: true });
    const { state: current } = await store.fetch(matchID, { state: true });
    await Promise.all([
      store.setState(matchID, { ...current!, G: { moved: 1 }, _stateID: 1 }, [entry(1)]),
      store.setMetadata(matchID, { ...before!, updatedAt: before!.updatedAt + 5 }),
    ]);
    expect(counted.statements).toHaveLength(1);
    const stored = await new SqlStorage(raw).fetch(matchID, { state: true, log: true, metadata: true });
    expect(stored.state?.G).toEqual({ moved: 1 });
    expect(stored.log).toHaveLength(1);
    // The skipped updatedAt is the cache's until flush stores it.
    expect(stored.metadata?.updatedAt).toBe(created.updatedAt);
    expect((await store.fetch(matchID, { metadata: true })).metadata?.updatedAt).toBe(created.updatedAt + 5);
    await store.flush();
    expect((await new SqlStorage(raw).fetch(matchID, { metadata: true })).metadata?.updatedAt).toBe(created.updatedAt + 5);
  });

  test('updatedAt is rewritten once the stored one is older than the slack, and any other change is written at once', async () => {
    const matchID = id('slack');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0), metadata: created });
    counted.statements.length = 0;
    await store.setMetadata(matchID, { ...created, updatedAt: created.updatedAt + UPDATED_AT_SLACK_MS + 1 });
    expect(counted.statements).toHaveLength(1);
    await store.setMetadata(matchID, {
      ...created,
      players: { ...created.players, 1: { id: 1, name: 'Ada' } },
      updatedAt: created.updatedAt + UPDATED_AT_SLACK_MS + 2,
    });
    expect(counted.statements).toHaveLength(2);
    expect((await new SqlStorage(raw).fetch(matchID, { metadata: true })).metadata?.players[1]?.name).toBe('Ada');
  });

  test('a reader that changes what it fetched (boardgame.io flips isConnected in place) changes neither the cache nor the next write', async () => {
    const matchID = id('mutate');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0, { round: 1 }), metadata: created });
    const first = await store.fetch(matchID, { state: true, metadata: true });
    // The state is shared and frozen: changing it throws. The ctx maps boardgame.io counts moves in are each reader's own.
    expect(() => ((first.state!.G as { round: number }).round = 99)).toThrow(TypeError);
    first.state!.ctx._activePlayersNumMoves = { 0: 5 };
    first.metadata!.players[0]!.isConnected = true;
    const again = await store.fetch(matchID, { state: true, metadata: true });
    expect(again.state?.G).toEqual({ round: 1 });
    expect(again.state?.ctx._activePlayersNumMoves).toBeUndefined();
    expect(again.metadata?.players[0]?.isConnected).toBeUndefined();
    // The mutated copy written back is a real change: it reaches the database.
    await store.setMetadata(matchID, first.metadata!);
    expect((await new SqlStorage(raw).fetch(matchID, { metadata: true })).metadata?.players[0]?.isConnected).toBe(true);
  });

  test('a finished match stays finished in memory as in the database, when a late disconnect writes older metadata', async () => {
    const matchID = id('over');
    const created = metadata();
    await store.createMatch(matchID, { initialState: state(0), metadata: created });
    await store.setMetadata(matchID, { ...created, gameover: { winner: 'US' }, updatedAt: created.updatedAt + 1 });
    await store.setMetadata(matchID, {
      ...created,
      players: { ...created.players, 0: { id: 0, isConnected: false } } as Server.MatchData['players'],
      updatedAt: created.updatedAt + 2,
    });
    const cached = (await store.fetch(matchID, { metadata: true })).metadata!;
    const stored = (await new SqlStorage(raw).fetch(matchID, { metadata: true })).metadata!;
    expect(cached.gameover).toEqual({ winner: 'US' });
    expect(stored.gameover).toEqual({ winner: 'US' });
    expect(cached.players[0]?.isConnected).toBe(false);
  });

  test('a state the database refuses (another writer is ahead) is forgotten: the next read is the database’s', async () => {
    const matchID = id('ahead');
    await store.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    await new SqlStorage(raw).setState(matchID, state(5, { by: 'other' }), [entry(5)]);
    await store.setState(matchID, state(3, { by: 'us' }), [entry(3)]);
    expect((await store.fetch(matchID, { state: true })).state?.G).toEqual({ by: 'other' });
    const { log } = await store.fetch(matchID, { log: true });
    expect(log?.map((e) => e._stateID)).toEqual([5]);
  });

  test('a refused move writes back the same state id (boardgame.io does): memory keeps the state, the next read costs nothing', async () => {
    const matchID = id('same');
    await store.createMatch(matchID, { initialState: state(0, { kept: true }), metadata: metadata() });
    await store.setState(matchID, state(0, { kept: true }), []);
    counted.statements.length = 0;
    expect((await store.fetch(matchID, { state: true })).state?.G).toEqual({ kept: true });
    expect(counted.statements).toHaveLength(0);
  });

  test('a match stored before this process started is read once, then served from memory; wipe forgets it', async () => {
    const matchID = id('cold');
    await new SqlStorage(raw).createMatch(matchID, { initialState: state(0, { cold: true }), metadata: metadata() });
    counted.statements.length = 0;
    expect((await store.fetch(matchID, { state: true, metadata: true })).state?.G).toEqual({ cold: true });
    expect((await store.fetch(matchID, { state: true, metadata: true })).metadata?.gameName).toBe('storage-test');
    expect(counted.statements).toHaveLength(1);
    await store.wipe(matchID);
    expect(await store.fetch(matchID, { state: true, metadata: true })).toEqual({});
  });

  test('what a restore read itself is kept as a fetch would keep it, unless a write landed since its read began', async () => {
    const matchID = id('kept');
    const written = id('kept-written');
    for (const m of [matchID, written]) await new SqlStorage(raw).createMatch(m, { initialState: state(0, { cold: m }), metadata: metadata() });
    const readAt = store.readClock();
    const rows = await raw.query<{ match_id: string; state: State; metadata: Server.MatchData }>(
      `SELECT match_id, ${STATE_COLUMN}, metadata FROM matches WHERE match_id = ANY($1)`,
      [[matchID, written]],
    );
    // A move of the second match is stored while the restore's rows are on their way.
    await store.setState(written, state(1, { moved: true }), [entry(1)]);
    for (const row of rows) store.keep(row.match_id, readAt, { state: row.state, metadata: row.metadata });
    counted.statements.length = 0;
    expect((await store.fetch(matchID, { state: true, metadata: true })).state?.G).toEqual({ cold: matchID });
    expect(counted.statements).toHaveLength(0);
    expect((await store.fetch(written, { state: true })).state?.G).toEqual({ moved: true });
  });

  test('a restore’s read of a match’s log serves the syncs, and grows with every entry stored after it', async () => {
    const matchID = id('warm');
    const other = id('warm-written');
    for (const m of [matchID, other]) {
      await new SqlStorage(raw).createMatch(m, { initialState: state(0), metadata: metadata() });
      await new SqlStorage(raw).setState(m, state(1), [entry(1)]);
    }
    const readAt = store.readClock();
    const rows = await raw.query<{ match_id: string; state: State; metadata: Server.MatchData; initial_state: State; log: LogEntry[] }>(
      `SELECT match_id, ${STATE_COLUMN}, metadata, initial_state,
         (SELECT json_agg(l.entry ORDER BY l.seq) FROM match_log l WHERE l.match_id = m.match_id) AS log
       FROM matches m WHERE match_id = ANY($1)`,
      [[matchID, other]],
    );
    await store.setState(other, state(2), [entry(2)]);
    for (const r of rows) store.keep(r.match_id, readAt, { state: r.state, metadata: r.metadata }, { initialState: r.initial_state, log: r.log });
    const sync = { state: true, metadata: true, log: true, initialState: true } as const;
    counted.statements.length = 0;
    const first = await store.fetch(matchID, sync);
    expect(counted.statements).toHaveLength(0);
    expect(first.log?.map((e) => e._stateID)).toEqual([1]);
    expect(first.initialState?._stateID).toBe(0);
    await store.setState(matchID, state(2), [entry(2)]);
    counted.statements.length = 0;
    expect((await store.fetch(matchID, sync)).log?.map((e) => e._stateID)).toEqual([1, 2]);
    expect(counted.statements).toHaveLength(0);
    // The other match was written while the rows were on their way: its log comes from the database, whole.
    expect((await store.fetch(other, sync)).log?.map((e) => e._stateID)).toEqual([1, 2]);
    expect(counted.statements.length).toBeGreaterThan(0);
  });
});
