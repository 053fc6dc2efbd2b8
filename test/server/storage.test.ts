import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { openDriver, type SqlDriver } from '../../server/storage/driver';
import { migrate, MIGRATIONS } from '../../server/storage/migrations';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { drivers, entry, metadata, state, useMigratedDriver } from './support/storageFixtures';

/** The same storage tests for both drivers: PGlite always, Postgres when DATABASE_URL is set. */

describe.each(drivers)('SqlStorage on %s', (name, options) => {
  let driver: SqlDriver;
  let storage: SqlStorage;
  const id = (suffix: string) => `${name}-${process.pid}-${suffix}`;

  useMigratedDriver(options, (d) => {
    driver = d;
    storage = new SqlStorage(driver);
  });

  test('migrations are versioned and run once: a second run applies nothing', async () => {
    expect(await migrate(driver)).toEqual([]);
    const rows = await driver.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  // PGlite is one process's database; two servers sharing one database is the Postgres case.
  test.skipIf(name === 'pglite')('two servers migrating a fresh database at the same moment: one applies every migration, the other none', async () => {
    const fresh = `peninsula_migrate_${process.pid}`;
    await driver.query(`CREATE DATABASE ${fresh}`);
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${fresh}`;
    const [a, b] = await Promise.all([openDriver({ databaseUrl: url.toString(), dataDir: '' }), openDriver({ databaseUrl: url.toString(), dataDir: '' })]);
    try {
      const results = await Promise.all([migrate(a), migrate(b)]);
      expect(results.map((r) => r.length).sort()).toEqual([0, MIGRATIONS.length]);
    } finally {
      await a.close();
      await b.close();
      await driver.query(`DROP DATABASE ${fresh}`);
    }
  });

  test('createMatch, then fetch returns state, initial state, metadata and an empty log', async () => {
    const matchID = id('create');
    await storage.createMatch(matchID, { initialState: state(0, { round: 0 }), metadata: metadata() });
    const fetched = await storage.fetch(matchID, { state: true, initialState: true, metadata: true, log: true });
    expect(fetched.state?.G).toEqual({ round: 0 });
    expect(fetched.initialState?._stateID).toBe(0);
    expect(fetched.metadata?.gameName).toBe('storage-test');
    expect(fetched.log).toEqual([]);
    expect(await storage.fetch('missing', { state: true, metadata: true })).toEqual({});
  });

  test('setState is compare-and-set: an older or equal state never overwrites a newer one, and its log is not appended', async () => {
    const matchID = id('cas');
    await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    await storage.setState(matchID, state(2, { v: 'newer' }), [entry(2)]);
    await storage.setState(matchID, state(1, { v: 'older' }), [entry(1)]);
    await storage.setState(matchID, state(2, { v: 'same id, second writer' }), [entry(2)]);
    const fetched = await storage.fetch(matchID, { state: true, log: true });
    expect(fetched.state?.G).toEqual({ v: 'newer' });
    expect(fetched.log).toHaveLength(1);
  });

  test('two writers racing on one match: exactly one of each state id wins', async () => {
    const matchID = id('race');
    await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    await Promise.all(
      [1, 2, 3].flatMap((n) => [storage.setState(matchID, state(n, { by: 'a' }), [entry(n)]), storage.setState(matchID, state(n, { by: 'b' }), [entry(n)])]),
    );
    const fetched = await storage.fetch(matchID, { state: true, log: true });
    expect(fetched.state?._stateID).toBe(3);
    expect(fetched.log!.length).toBeLessThanOrEqual(3);
    expect(fetched.log!.map((e) => e._stateID)).toEqual([...fetched.log!.map((e) => e._stateID)].sort((a, b) => a - b));
  });

  test('the log is appended in order, one row per entry, never rewritten', async () => {
    const matchID = id('log');
    await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    for (let n = 1; n <= 40; n++) await storage.setState(matchID, state(n), [entry(n)]);
    const { log } = await storage.fetch(matchID, { log: true });
    expect(log!.map((e) => e.turn)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const rows = await driver.query<{ n: string }>('SELECT count(*) AS n FROM match_log WHERE match_id = $1', [matchID]);
    expect(Number(rows[0]!.n)).toBe(40);
  });

  test('writes waiting together go out in one statement: each match stored in its order, each refusal its own', async () => {
    const matches = Array.from({ length: 24 }, (_, i) => id(`batch${i}`));
    for (const matchID of matches) await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    const before = { statements: storage.batch.statements, writes: storage.batch.writes };
    // Asked for all at once: five states per match, and a stale one (id 2 again) that must be refused.
    const writes = matches.flatMap((matchID) => [1, 2, 3, 2, 4, 5].map((n, k) => ({ matchID, n, stale: k === 3 })));
    const results = await Promise.all(writes.map((w) => storage.setState(w.matchID, state(w.n, { n: w.n, k: w.stale }), [entry(w.n)]).then(() => w)));
    expect(results).toHaveLength(writes.length);
    for (const matchID of matches) {
      const fetched = await storage.fetch(matchID, { state: true, log: true });
      expect(fetched.state?.G).toEqual({ n: 5, k: false });
      expect(fetched.log!.map((e) => e.turn)).toEqual([1, 2, 3, 4, 5]);
    }
    const sent = storage.batch.statements - before.statements;
    expect(storage.batch.writes - before.writes).toBe(writes.length);
    // Grouped: the first writes leave at once, the rest wait together (not one statement per write;
    // each match needs six in turn, with at most four statements under way on Postgres, one on PGlite).
    expect(sent).toBeLessThan(writes.length / 2);
  });

  test('idle() answers once every write asked for has landed: a database closed after it fails none of them', async () => {
    const own = await options();
    const db = await openDriver(own);
    try {
      await migrate(db);
      const alone = new SqlStorage(db);
      await alone.batch.idle(); // nothing under way: it answers at once (a wait that never ended would time the test out)
      const matches = Array.from({ length: 6 }, (_, i) => id(`idle${i}`));
      for (const matchID of matches) await alone.createMatch(matchID, { initialState: state(0), metadata: metadata() });
      // Asked for and not awaited, as a server's moves are when it stops; without the wait, closing fails the writes under way.
      const writes = matches.flatMap((matchID) => [1, 2, 3].map((n) => alone.setState(matchID, state(n, { n }), [entry(n)])));
      await alone.batch.idle();
      await db.close();
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    } finally {
      await db.close().catch(() => undefined);
      if (own.dataDir) rmSync(own.dataDir, { recursive: true, force: true });
    }
  });

  test('a grouped write keeps every character of its state, and one failing write fails alone', async () => {
    const odd = id(`odd "NULL", \\ {x}`);
    const plain = id('plain');
    for (const matchID of [odd, plain]) await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    const G = { text: 'quotes " \' backslash \\ braces {} [] commas , NULL null émoji 🎌 \u0001 tab\t', nested: { a: [1, 'b', null] } };
    const outOfRange = 2 ** 40;
    const [a, b, c] = await Promise.allSettled([
      storage.setState(id('absent'), state(1), [entry(1)]),
      storage.setState(odd, state(outOfRange, G), [entry(1)]),
      storage.setState(odd, state(1, G), [entry(1)]),
      storage.setState(plain, state(1, G), [entry(1)]),
    ]);
    expect(a.status).toBe('fulfilled');
    expect(b.status).toBe('rejected');
    expect(c.status).toBe('fulfilled');
    for (const matchID of [odd, plain]) {
      const fetched = await storage.fetch(matchID, { state: true, log: true });
      expect(fetched.state?.G).toEqual(G);
      expect(fetched.state?._stateID).toBe(1);
      expect(fetched.log).toHaveLength(1);
    }
  });

  test('a metadata write read before the game ended (a late disconnect) keeps the result and the game-over flag', async () => {
    const matchID = id('sticky');
    await storage.createMatch(matchID, { initialState: state(0), metadata: metadata() });
    const before = (await storage.fetch(matchID, { metadata: true })).metadata!;
    await storage.setMetadata(matchID, { ...before, gameover: { winners: ['US'] }, updatedAt: before.updatedAt + 1 });
    await storage.setMetadata(matchID, { ...before, players: { ...before.players, 0: { id: 0, isConnected: false } }, updatedAt: before.updatedAt + 2 });
    const after = (await storage.fetch(matchID, { metadata: true })).metadata!;
    expect(after.gameover).toEqual({ winners: ['US'] });
    expect(after.players[0]!.isConnected).toBe(false);
    expect(await storage.listMatches({ gameName: 'storage-test', where: { isGameover: true } })).toContain(matchID);
  });

  test('listMatches filters by game, game over and update time; wipe removes the match and its log', async () => {
    const open = id('open');
    const over = id('over');
    await storage.createMatch(open, { initialState: state(0), metadata: metadata() });
    await storage.createMatch(over, { initialState: state(0), metadata: metadata() });
    await storage.setMetadata(over, metadata({ winner: 'US' }));
    const running = await storage.listMatches({ gameName: 'storage-test', where: { isGameover: false } });
    const finished = await storage.listMatches({ gameName: 'storage-test', where: { isGameover: true } });
    expect(running).toContain(open);
    expect(running).not.toContain(over);
    expect(finished).toContain(over);
    expect(await storage.listMatches({ gameName: 'tic-tac-toe' })).toEqual([]);
    expect(await storage.listMatches({ where: { updatedAfter: Date.now() + 1e9 } })).toEqual([]);
    await storage.setState(over, state(1), [entry(1)]);
    await storage.wipe(over);
    expect(await storage.fetch(over, { state: true, metadata: true, log: true })).toEqual({ log: [] });
  });
});
