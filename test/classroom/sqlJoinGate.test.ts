import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SqlJoinGate } from '../../server/classroom/sqlJoinGate';
import { openDriver } from '../../server/storage/driver';
import { migrate } from '../../server/storage/migrations';
import type { SqlDriver } from '../../server/storage/driver';

let dir = '';
let driver: SqlDriver;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'peninsula-joingate-'));
  driver = await openDriver({ dataDir: dir });
  await migrate(driver);
});

afterAll(async () => {
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

// Partitioned, each process has its own gate over the same database: they must count as one.
describe('the join-code gate in the database (shared by every process)', () => {
  test('wrong codes sent to two processes add up; a class seen from one process passes at the other; the window ends', async () => {
    let now = 1_000_000;
    const first = new SqlJoinGate(driver, 3, 60_000, () => now);
    const second = new SqlJoinGate(driver, 3, 60_000, () => now);
    await first.seen('school', 'class-1');
    await first.fail('school');
    await second.fail('school');
    // Positive control: two wrong codes are under the limit, anywhere.
    expect(await first.retryAfter('school', undefined)).toBe(0);
    await first.fail('school');
    expect(await second.retryAfter('school', undefined)).toBe(60);
    expect(await second.retryAfter('school', 'class-2')).toBe(60);
    expect(await second.retryAfter('school', 'class-1')).toBe(0);
    expect(await second.retryAfter('elsewhere', 'class-2')).toBe(0);
    now += 60_001;
    expect(await first.retryAfter('school', 'class-2')).toBe(0);
  });
});
