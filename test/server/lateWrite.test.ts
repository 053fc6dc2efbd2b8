import type { State } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import pg from 'pg';
import { afterAll, describe, expect, test } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import type { PeninsulaState } from '../../shared/state';
import { openDriver } from '../../server/storage/driver';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { processedGame } from '../../tools/sim/headless';
import { createMatchWithPeople, startHeldMatch } from './support/players';
import { scratchDatabase, type ScratchDatabase } from './support/scratchDatabase';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const databaseUrl = process.env.DATABASE_URL;
const servers: ServerProcess[] = [];
let scratch: ScratchDatabase | undefined;
const BOT_SEATS = ['1', '2', '3', '4'];

/** Polls `probe` every 100 ms until it holds, for at most 60 s. */
async function until(what: string, probe: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The first bot seat with a move to make in `state`, and that move applied by the server's reducer. */
function oneBotMove(state: State<PeninsulaState>): State<PeninsulaState> {
  const reducer = CreateGameReducer({ game: processedGame, isClient: false });
  for (const playerID of BOT_SEATS) {
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: 'dealmaker', botSeats: BOT_SEATS });
    if (!choice) continue;
    const next = reducer(state, { type: 'MAKE_MOVE', payload: { type: choice.move, args: choice.args, playerID } }) as State<PeninsulaState>;
    if (next._stateID === state._stateID + 1) return next;
  }
  throw new Error('no bot move to make in the match as stored');
}

const owesBotMove = (state: State<PeninsulaState>) =>
  BOT_SEATS.some((playerID) => chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: 'dealmaker', botSeats: BOT_SEATS }) !== null);

// A process killed with a write on its way: Postgres may commit it after another process has read the match
// (the shard's stand-in, or the same server restarted). The bench's partition run saw one match wait 119 s for its orders timer.
describe.skipIf(!databaseUrl)('a move stored by a dead process after the match was read again (DATABASE_URL)', () => {
  afterAll(async () => {
    for (const s of servers) await s.dispose();
    await scratch?.drop();
  });

  test('the bots find the stored state when their move brings none, and play on', async () => {
    scratch = await scratchDatabase(databaseUrl!, 'peninsula_late');
    const url = scratch.url;
    // The first server never lets its bots act: the match waits for them when it is killed.
    const first = await startServerProcess({ env: { DATABASE_URL: url, BOT_DELAY_MS: '600000' } });
    servers.push(first);
    // No phase timers: nothing but the bots can move the match on.
    const { matchID, seats } = await createMatchWithPeople(first.url, ['US'], { seed: 'late-write', timers: { crisis: 0, diplomacy: 0, orders: 0 } });
    await startHeldMatch(first.url, matchID, seats.US!);
    await first.crash();

    const driver = await openDriver({ databaseUrl: url, dataDir: first.dataDir });
    const storage = new SqlStorage(driver);
    const matches = new pg.Client({ connectionString: url });
    await matches.connect();
    const storedID = async () => Number((await matches.query('SELECT state_id FROM matches WHERE match_id = $1', [matchID])).rows[0]?.state_id ?? -1);
    try {
      const read = (await storage.fetch(matchID, { state: true })).state as State<PeninsulaState>;
      expect(owesBotMove(read)).toBe(true);
      const late = oneBotMove(read);
      // After the dead process's move the bots still have moves to make: only they can move the match on.
      expect(owesBotMove(late)).toBe(true);

      // The server again, its bots slow enough that the dead process's write lands after its read and before their first move.
      const second = await startServerProcess({ port: first.port, env: { DATABASE_URL: url, BOT_DELAY_MS: '3000' } });
      servers.push(second);
      await until('the matches restored', () => second.output().includes('Peninsula server listening'));
      const { deltalog, ...stateWithoutLog } = late;
      expect(await storage.writeMove(matchID, stateWithoutLog as State, deltalog)).toBe(true);
      expect(await storedID()).toBe(read._stateID + 1);

      // The bots' first move is refused (the database is ahead of what the server read): they read the stored state and play on.
      await until('bot moves after the late write', async () => (await storedID()) > late._stateID + 1);
    } finally {
      await matches.end();
      await driver.close();
    }
  }, 180_000);
});
