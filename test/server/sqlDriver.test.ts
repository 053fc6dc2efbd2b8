import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDriver, type SqlDriver } from '../../server/storage/driver';
import { drivers } from './support/storageFixtures';

/** The SqlDriver contract on both drivers: PGlite (in its worker thread) always, Postgres when DATABASE_URL is set. */
describe.each(drivers)('SqlDriver on %s', (name, options) => {
  let driver: SqlDriver;
  let dataDir = '';
  const table = `driver_test_${process.pid}`;

  beforeAll(async () => {
    const opened = await options();
    dataDir = opened.dataDir;
    driver = await openDriver(opened);
    await driver.script(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (x INTEGER PRIMARY KEY, doc JSONB)`);
  }, 120_000);
  afterAll(async () => {
    await driver?.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await driver?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('a query answers its rows, JSON as values', async () => {
    await driver.query(`INSERT INTO ${table} (x, doc) VALUES ($1, $2::jsonb)`, [1, JSON.stringify({ a: [1, 'b'] })]);
    expect(await driver.query(`SELECT x, doc FROM ${table} WHERE x = $1`, [1])).toEqual([{ x: 1, doc: { a: [1, 'b'] } }]);
  });

  test("a failing statement rejects with Postgres's code, and the driver keeps answering", async () => {
    const failed = await driver.query(`INSERT INTO ${table} (x) VALUES (1)`).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as { code?: string }).code).toBe('23505');
    expect((failed as Error).message).toMatch(/duplicate key/);
    await expect(driver.query('SELECT no_such_column')).rejects.toMatchObject({ code: '42703' });
    expect(await driver.query<{ n: number }>('SELECT 2 AS n')).toEqual([{ n: 2 }]);
  });

  test('a transaction commits what its function wrote, and rolls all of it back when the function throws', async () => {
    const kept = await driver.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${table} (x) VALUES (10)`);
      await tx.query(`INSERT INTO ${table} (x) VALUES (11)`);
      return (await tx.query<{ n: string }>(`SELECT count(*) AS n FROM ${table} WHERE x >= 10`))[0]?.n;
    });
    expect(Number(kept)).toBe(2);
    await expect(
      driver.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (x) VALUES (12)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      driver.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (x) VALUES (13)`);
        await tx.query(`INSERT INTO ${table} (x) VALUES (10)`);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const rows = await driver.query<{ x: number }>(`SELECT x FROM ${table} WHERE x >= 10 ORDER BY x`);
    expect(rows.map((r) => r.x)).toEqual([10, 11]);
  });

  // The reason for the worker: on the main thread PGlite's WebAssembly held the event loop for the whole statement.
  test.skipIf(name !== 'pglite')('the event loop keeps running while PGlite executes a statement', async () => {
    const order: string[] = [];
    const sleeping = driver.query('SELECT pg_sleep(1)').then(() => order.push('statement done'));
    setImmediate(() => order.push('event loop turned'));
    await sleeping;
    expect(order).toEqual(['event loop turned', 'statement done']);
  });
});

test('a closed PGlite driver rejects queries instead of stopping the process', async () => {
  const [, options] = drivers[0]!;
  const opened = await options();
  const driver = await openDriver(opened);
  expect(await driver.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
  expect(driver.usable()).toBe(true);
  await driver.close();
  await expect(driver.query('SELECT 1')).rejects.toThrow(/PGlite thread stopped/);
  expect(driver.usable()).toBe(false);
  rmSync(opened.dataDir, { recursive: true, force: true });
}, 120_000);
