import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMatchWithPeople, lobby } from './support/players';
import { scratchDatabase, type ScratchDatabase } from './support/scratchDatabase';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const databaseUrl = process.env.DATABASE_URL;
const servers: ServerProcess[] = [];
let scratch: ScratchDatabase | undefined;
let url = '';

async function readyStatus(server: ServerProcess): Promise<number> {
  return (await fetch(`${server.url}/readyz`)).status;
}

/** Polls /readyz until it answers 200, for at most 30 s; resolves with how long it took. */
async function untilReady(server: ServerProcess): Promise<number> {
  const started = Date.now();
  for (let i = 0; i < 300; i += 1) {
    if ((await readyStatus(server).catch(() => 0)) === 200) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the standby never became ready:\n${server.output()}`);
}

// A database of its own: the writer lock is per database, and other tests use DATABASE_URL's.
describe.skipIf(!databaseUrl)('one writer per Postgres database (DATABASE_URL)', () => {
  beforeAll(async () => {
    scratch = await scratchDatabase(databaseUrl!, 'peninsula_lock');
    url = scratch.url;
  });

  afterAll(async () => {
    for (const s of servers) await s.dispose();
    await scratch?.drop();
  });

  test('a second process waits as a hot standby, serving nothing, and takes over with every match when the first is killed -9; a writer that loses its lock stops', async () => {
    const first = await startServerProcess({ env: { DATABASE_URL: url } });
    servers.push(first);
    expect(await readyStatus(first)).toBe(200);
    const { matchID } = await createMatchWithPeople(first.url, ['US'], { seed: 'writer-lock' });

    const second = await startServerProcess({ env: { DATABASE_URL: url }, waitPath: '/livez' });
    servers.push(second);
    expect(second.output()).toContain('hot standby');
    expect(await readyStatus(second)).toBe(503);
    const refused = await fetch(`${second.url}/games/peninsula/${matchID}`);
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ code: 'STANDBY' });
    // Positive control: the writer still serves the same request.
    expect((await fetch(`${first.url}/games/peninsula/${matchID}`)).status).toBe(200);

    await first.crash();
    const tookMs = await untilReady(second);
    console.log(`standby took over ${tookMs} ms after kill -9`);
    expect((await lobby(second.url).getMatch('peninsula', matchID)).players[0]?.name).toBe('Player US');
    expect(await (await fetch(`${second.url}/health`)).json()).toMatchObject({ ok: true, ready: true, storage: 'postgres' });

    // It is the writer now: the next process waits behind it.
    const third = await startServerProcess({ env: { DATABASE_URL: url }, waitPath: '/livez' });
    servers.push(third);
    expect(await readyStatus(third)).toBe(503);
    expect(await readyStatus(second)).toBe(200);

    // A writer whose lock connection is cut (a network partition, a DBA) stops at once, and the standby takes over.
    const cut = await scratch!.admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = $1)",
      [scratch!.name],
    );
    expect(cut.rowCount).toBe(1);
    await untilReady(third);
    expect(await second.terminate()).toBe(1);
    expect(second.output()).toContain('writer lock lost');
    expect((await lobby(third.url).getMatch('peninsula', matchID)).players).toHaveLength(5);
  }, 180_000);
});
