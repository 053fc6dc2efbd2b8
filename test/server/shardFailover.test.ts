import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { call } from '../classroom/support';
import { lobby } from './support/players';
import { scratchDatabase, type ScratchDatabase } from './support/scratchDatabase';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const databaseUrl = process.env.DATABASE_URL;
const servers: ServerProcess[] = [];
let scratch: ScratchDatabase | undefined;
let url = '';

const ALL_BOTS = { bots: { US: 'hawk', DPRK: 'dove', ROK: 'dealmaker', PRC: 'opportunist', JPN: 'hawk' } };

/** Polls `probe` every 100 ms until it holds, for at most 60 s. */
async function until(what: string, probe: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function status(server: ServerProcess, path: string): Promise<number> {
  return (await fetch(`${server.url}${path}`).catch(() => ({ status: 0 }))).status;
}

// Partitioned serving (docs/DEPLOY.md): two processes, two shards, one Postgres database of its own.
describe.skipIf(!databaseUrl)('matches partitioned across processes by shard (DATABASE_URL)', () => {
  beforeAll(async () => {
    scratch = await scratchDatabase(databaseUrl!, 'peninsula_shard');
    url = scratch.url;
  });

  afterAll(async () => {
    for (const s of servers) await s.dispose();
    await scratch?.drop();
  });

  test('each process makes matches in its own shard and refuses the other’s; after a kill -9 the other takes the shard over and its bots play on', async () => {
    const env = (home: number) => ({ DATABASE_URL: url, SHARDS: '2', SHARD_ID: String(home), BOT_DELAY_MS: '150' });
    const [first, second] = await Promise.all([0, 1].map((home) => startServerProcess({ env: env(home), waitPath: '/readyz' })));
    servers.push(first!, second!);
    const { matchID: zero } = await lobby(first!.url).createMatch('peninsula', { numPlayers: 5, setupData: ALL_BOTS });
    const { matchID: one } = await lobby(second!.url).createMatch('peninsula', { numPlayers: 5, setupData: ALL_BOTS });
    expect(zero).toMatch(/^s0-/);
    expect(one).toMatch(/^s1-/);

    // The other process refuses a match of a shard it does not own, over HTTP and in the socket handshake; the owner serves it.
    const refused = await fetch(`${second!.url}/games/peninsula/${zero}`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ code: 'NOT_OWNER' });
    expect(await status(second!, `/socket.io/?EIO=4&transport=polling&matchID=${zero}`)).toBe(503);
    expect(await status(first!, `/socket.io/?EIO=4&transport=polling&matchID=${zero}`)).toBe(200);
    expect(await status(first!, `/games/peninsula/${zero}`)).toBe(200);

    // A class is made in its creator's shard; a join by code (no id the proxy could read) is answered only by its owner.
    const created = await call<{ sessionId: string; joinCode: string }>(second!.url, 'POST', '/api/class', { body: { scenario: 'afterHanoi2019', rounds: 4 } });
    expect(created.body.sessionId).toMatch(/^s1-/);
    const join = { body: { code: created.body.joinCode, name: 'Ada' } };
    expect(await call(first!.url, 'POST', '/api/class/join', join)).toMatchObject({ status: 503, body: { code: 'NOT_OWNER' } });
    expect((await call(second!.url, 'POST', '/api/class/join', join)).status).toBe(200);

    const matches = new pg.Client({ connectionString: url });
    await matches.connect();
    const stored = async (id: string) => Number((await matches.query('SELECT state_id FROM matches WHERE match_id = $1', [id])).rows[0]?.state_id ?? -1);
    try {
      await until('bots playing in shard 0', async () => (await stored(zero)) > 3);
      await first!.crash();
      const atKill = await stored(zero);
      // The survivor takes shard 0 (its lock freed with the dead session) and serves its match…
      await until('shard 0 taken over', async () => (await status(second!, `/games/peninsula/${zero}`)) === 200);
      expect(second!.output()).toContain('shard lock taken over');
      // …and its bots play on from the stored state.
      await until('moves after the take-over', async () => (await stored(zero)) > atKill + 3);
      expect(await stored(one)).toBeGreaterThan(0);
    } finally {
      await matches.end();
    }
  }, 180_000);
});
