import type { State } from 'boardgame.io';
import { CreateGameReducer } from 'boardgame.io/internal';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import type { PeninsulaState } from '../../shared/state';
import { openDriver } from '../../server/storage/driver';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { processedGame } from '../../tools/sim/headless';
import { autoPlay, connect, createMatchWithPeople, startHeldMatch } from './support/players';
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

const owesMove = (state: State<PeninsulaState>, playerID: string) =>
  chooseBotMove({ G: state.G, ctx: state.ctx, playerID, personality: 'dealmaker', botSeats: BOT_SEATS }) !== null;
const owesBotMove = (state: State<PeninsulaState>) => BOT_SEATS.some((playerID) => owesMove(state, playerID));

/** The person's move (the US, seat 0) applied by the server's reducer, as a dead server would have stored it. */
function personMove(state: State<PeninsulaState>): State<PeninsulaState> {
  const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: '0', personality: 'dealmaker', botSeats: BOT_SEATS })!;
  const reducer = CreateGameReducer({ game: processedGame, isClient: false });
  return reducer(state, { type: 'MAKE_MOVE', payload: { type: choice.move, args: choice.args, playerID: '0' } }) as State<PeninsulaState>;
}

/** A match with the US seated (no phase timers: only moves move it on) on a server with these bots, started. */
async function startedMatch(url: string, botDelayMs: string) {
  const server = await startServerProcess({ env: { DATABASE_URL: url, BOT_DELAY_MS: botDelayMs } });
  servers.push(server);
  const { matchID, seats } = await createMatchWithPeople(server.url, ['US'], { seed: 'late-write', timers: { crisis: 0, diplomacy: 0, orders: 0 } });
  await startHeldMatch(server.url, matchID, seats.US!);
  const driver = await openDriver({ databaseUrl: url, dataDir: server.dataDir });
  const storage = new SqlStorage(driver);
  const stored = async () => (await storage.fetch(matchID, { state: true })).state as State<PeninsulaState>;
  return { server, matchID, seat: seats.US!, driver, storage, stored };
}

/** The restarted server's restore is done: it has read the match. */
async function restarted(first: ServerProcess, url: string, botDelayMs: string): Promise<ServerProcess> {
  const second = await startServerProcess({ port: first.port, env: { DATABASE_URL: url, BOT_DELAY_MS: botDelayMs } });
  servers.push(second);
  await until('the matches restored', () => second.output().includes('Peninsula server listening'));
  return second;
}

// A process killed with a write on its way: Postgres may commit it after another process has read the match
// (the shard's stand-in, or the same server restarted). The bench's partition run saw one match wait 119 s for its orders timer.
describe.skipIf(!databaseUrl)('a move stored by a dead process after the match was read again (DATABASE_URL)', () => {
  afterAll(async () => {
    for (const s of servers) await s.dispose();
    await scratch?.drop();
  });

  beforeAll(async () => {
    scratch = await scratchDatabase(databaseUrl!, 'peninsula_late');
  });
  // One writer per database: the next test's server waits for this one's to stop.
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.dispose();
  });

  test('the bots find the stored state when their move brings none, and play on', async () => {
    // The first server never lets its bots act: the match waits for them when it is killed.
    const { server: first, matchID, driver, storage, stored } = await startedMatch(scratch!.url, '600000');
    await first.crash();
    try {
      const read = await stored();
      expect(owesBotMove(read)).toBe(true);
      const late = oneBotMove(read);
      // After the dead process's move the bots still have moves to make: only they can move the match on.
      expect(owesBotMove(late)).toBe(true);

      // The server again, its bots slow enough that the dead process's write lands after its read and before their first move.
      await restarted(first, scratch!.url, '3000');
      const { deltalog, ...stateWithoutLog } = late;
      expect(await storage.writeMove(matchID, stateWithoutLog as State, deltalog)).toBe(true);
      expect((await stored())._stateID).toBe(read._stateID + 1);

      // The bots' first move is refused (the database is ahead of what the server read): they read the stored state and play on.
      await until('bot moves after the late write', async () => (await stored())._stateID > late._stateID + 1);
    } finally {
      await driver.close();
    }
  }, 180_000);

  test('the person whose move is refused (the database is ahead) is shown the stored state, and the bots play on', async () => {
    const { server: first, matchID, seat, driver, storage, stored } = await startedMatch(scratch!.url, '0');
    try {
      // The bots play until only the person owes a move.
      await until('the match waiting for the person', async () => {
        const state = await stored();
        return owesMove(state, '0') && !owesBotMove(state);
      });
      await first.crash();
      const read = await stored();
      const late = personMove(read);
      expect(late._stateID).toBe(read._stateID + 1);

      const second = await restarted(first, scratch!.url, '0');
      const us = connect(second.url, matchID, seat);
      await until('the person synced', () => us.getState()?._stateID === read._stateID);
      // The dead server's write of the person's move lands after the restarted one read the match.
      const { deltalog, ...stateWithoutLog } = late;
      expect(await storage.writeMove(matchID, stateWithoutLog as State, deltalog)).toBe(true);

      // The person makes the move again on the state shown: its write is refused, and the stored state reaches them and the bots.
      const player = autoPlay(us);
      await until('the person shown a state after the late write', () => (us.getState()?._stateID ?? -1) > late._stateID);
      await until('moves after the late write', async () => (await stored())._stateID > late._stateID + 1);
      expect(second.output()).toContain('the database holds a newer state of the match');
      player.stop();
      us.stop();
    } finally {
      await driver.close();
    }
  }, 180_000);
});
