import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_ROUNDS } from '../../shared/index';
import { FollowingSeat } from './support/followingSeat';
import { lobby, startHeldMatch } from './support/players';
import { scratchDatabase, type ScratchDatabase } from './support/scratchDatabase';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const databaseUrl = process.env.DATABASE_URL;
const servers: ServerProcess[] = [];
let scratch: ScratchDatabase | undefined;

/** Polls `probe` every 100 ms until it holds, for at most 90 s. */
async function until(what: string, probe: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 900; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function status(url: string, path: string): Promise<number> {
  return (await fetch(`${url}${path}`).catch(() => ({ status: 0 }))).status;
}

// Partitioned serving (docs/DEPLOY.md): a shard taken over after a kill -9 goes back to its home process when that one is up again.
describe.skipIf(!databaseUrl)('a shard handed back to its restarted home process (DATABASE_URL)', () => {
  beforeAll(async () => {
    scratch = await scratchDatabase(databaseUrl!, 'peninsula_handback');
  });

  afterAll(async () => {
    for (const s of servers) await s.dispose();
    await scratch?.drop();
  });

  test('kill -9 of the home process, the stand-in serves its shard, the home restarts and gets it back; every acknowledged move is stored', async () => {
    const env = (home: number) => ({ DATABASE_URL: scratch!.url, SHARDS: '2', SHARD_ID: String(home), BOT_DELAY_MS: '200' });
    const [home, standIn] = await Promise.all([0, 1].map((k) => startServerProcess({ env: env(k), waitPath: '/readyz' })));
    servers.push(home!, standIn!);
    let homeNow = home!;

    // A Lobby match in shard 0: four server bots, one person (seat 0) played over a socket that follows the owner.
    const bots = { DPRK: 'dove', ROK: 'dealmaker', PRC: 'opportunist', JPN: 'hawk' };
    const { matchID } = await lobby(home!.url).createMatch('peninsula', { numPlayers: 5, setupData: { bots, rounds: MAX_ROUNDS } });
    expect(matchID).toMatch(/^s0-/);
    const { playerCredentials } = await lobby(home!.url).joinMatch('peninsula', matchID, { playerID: '0', playerName: 'Ada' });
    await startHeldMatch(home!.url, matchID, { playerID: '0', credentials: playerCredentials });
    const seat = new FollowingSeat(() => [homeNow.url, standIn!.url], matchID, '0', playerCredentials);

    const database = new pg.Client({ connectionString: scratch!.url });
    await database.connect();
    const stored = async () => Number((await database.query('SELECT state_id FROM matches WHERE match_id = $1', [matchID])).rows[0]?.state_id ?? -1);
    const acksFrom = (url: string) => seat.acks.filter((a) => a.url === url).length;
    try {
      await until('moves of the seat acknowledged by the home process', () => acksFrom(home!.url) >= 2);

      // kill -9: the stand-in takes shard 0 and the seat plays on there.
      await home!.crash();
      await until('the seat acknowledged by the stand-in', () => acksFrom(standIn!.url) >= 2);
      expect(standIn!.output()).toContain('shard lock taken over');

      // The home process starts again: it is ready only once it holds its shard, which the stand-in hands back.
      homeNow = await home!.restart();
      servers.push(homeNow);
      expect(standIn!.output()).toContain('shard handed back');
      expect(await status(homeNow.url, `/games/peninsula/${matchID}`)).toBe(200);
      expect(await status(standIn!.url, `/games/peninsula/${matchID}`)).toBe(503);
      // The stand-in keeps its own shard.
      expect(await status(standIn!.url, '/readyz')).toBe(200);

      // The stand-in dropped the seat's socket; it reconnects to the home process and plays on, and the bots play there.
      const before = acksFrom(homeNow.url);
      await until('the seat acknowledged by the home process again', () => acksFrom(homeNow.url) >= before + 2);
      const atHandback = await stored();
      await until('moves stored after the handback', async () => (await stored()) > atHandback + 3);
    } finally {
      seat.stop();
    }

    // Every move the seat saw acknowledged, by any of the three processes, is in the match's log.
    const { rows } = await database.query<{ state_id: number }>(
      `SELECT state_id FROM match_log WHERE match_id = $1 AND entry->'action'->>'type' = 'MAKE_MOVE' AND entry->'action'->'payload'->>'playerID' = '0'`,
      [matchID],
    );
    await database.end();
    const logged = new Set(rows.map((r) => Number(r.state_id)));
    expect(seat.acks.length).toBeGreaterThanOrEqual(6);
    expect(seat.acks.filter((a) => !logged.has(a.stateID))).toEqual([]);
  }, 240_000);
});
