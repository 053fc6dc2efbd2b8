import { afterAll, describe, expect, test } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
});

describe('one process per embedded database folder', () => {
  test('a second server on the same DATA_DIR refuses to start and says why; after a kill -9 of the first, a new one starts', async () => {
    const first = await startServerProcess();
    servers.push(first);
    await expect(startServerProcess({ dataDir: first.dataDir })).rejects.toThrow(/Another Peninsula process is serving .*one process/);
    // The first is untouched by the attempt.
    expect((await fetch(`${first.url}/readyz`)).status).toBe(200);

    await first.crash();
    const next = await first.restart();
    servers.push(next);
    expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
  }, 120_000);
});
