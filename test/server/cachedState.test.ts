import type { Game, State } from 'boardgame.io';
import { createMatch, getFilterPlayerView } from 'boardgame.io/internal';
import { Master } from 'boardgame.io/master';
import type { TransportAPI } from 'boardgame.io/dist/types/src/master/master';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../server/logger';
import { MatchStore } from '../../server/matchStore';
import type { SqlDriver } from '../../server/storage/driver';
import { SqlStorage } from '../../server/storage/sqlStorage';
import { Peninsula } from '../../shared/game';
import { MIN_ROUNDS } from '../../shared/data/scenarios';
import { DEFAULT_PERSONALITY } from '../../shared/options';
import { wireView } from '../../shared/playerView';
import { ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { MAX_MOVES_PER_GAME, nextBotMove } from '../../tools/sim/botGame';
import { drivers, useMigratedDriver } from './support/storageFixtures';

/** The game as the server serves it (server/app.ts): each update trimmed by wireView. */
const served: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };
const filter = getFilterPlayerView(served);
const SEATS = [null, ...ROLES.map((_, i) => String(i))];
const personalities = Object.fromEntries(ROLES.map((r) => [r, DEFAULT_PERSONALITY])) as Record<Role, typeof DEFAULT_PERSONALITY>;

/**
 * MatchStore hands every reader the stored state itself, frozen (server/storage/matchCache.ts), on the
 * promise that boardgame.io never changes the state it fetched. This holds that promise to a whole match
 * played through boardgame.io's own master, with every seat's view filtered for every broadcast and the
 * syncs and connection changes a reconnecting player makes.
 */
describe.each(drivers.slice(0, 1))('the cached state on %s', (name, options) => {
  let driver: SqlDriver;
  let store: MatchStore;

  useMigratedDriver(options, (d) => {
    driver = d;
    store = new MatchStore(new SqlStorage(driver), createLogger('silent'));
  });

  test('a whole match through boardgame.io’s master changes no state it fetched, and each move is stored', async () => {
    const matchID = `cached-${name}-${process.pid}`;
    const created = createMatch({ game: served, numPlayers: ROLES.length, setupData: { seed: 'frozen', rounds: MIN_ROUNDS }, unlisted: true });
    if ('setupDataError' in created) throw new Error(String(created.setupDataError));
    await store.createMatch(matchID, created);
    let views = 0;
    const transport: TransportAPI = {
      send: ({ playerID, ...data }) => void (filter(playerID, data) && views++),
      sendAll: (payload) => SEATS.forEach((seat) => void (filter(seat, payload) && views++)),
    };
    const master = new Master(served, store, transport);
    let moves = 0;
    for (; moves < MAX_MOVES_PER_GAME; moves++) {
      const { state } = (await store.fetch(matchID, { state: true })) as { state: State<PeninsulaState> };
      if (state.ctx.gameover !== undefined) break;
      // Another reader's copy: it shares with memory all but the few objects each reader gets its own of.
      const witness = (await store.fetch(matchID, { state: true })).state!;
      expect(Object.isFrozen(state.G.tracks)).toBe(true);
      const before = JSON.stringify(witness);
      const next = nextBotMove(state, personalities);
      if (!next) throw new Error(`no bot move in phase ${String(state.ctx.phase)}`);
      if (moves % 10 === 0) {
        await master.onSync(matchID, next.playerID, undefined, ROLES.length);
        await master.onConnectionChange(matchID, next.playerID, undefined, moves % 20 === 0);
      }
      const payload = { type: next.choice.move, args: next.choice.args, playerID: next.playerID, credentials: '' };
      const action = { type: 'MAKE_MOVE' as const, payload };
      await master.onUpdate(action, state._stateID, matchID, next.playerID);
      expect(JSON.stringify(witness)).toBe(before);
      // Positive control: the move did apply, to a new state.
      const after = (await store.fetch(matchID, { state: true })).state!;
      expect(after._stateID).toBe(state._stateID + 1);
    }
    expect(moves).toBeGreaterThan(20);
    expect(views).toBeGreaterThan(moves * SEATS.length);
    // Memory holds what the database holds.
    const cached = (await store.fetch(matchID, { state: true })).state as State<PeninsulaState>;
    const stored = (await new SqlStorage(driver).fetch(matchID, { state: true })).state as State<PeninsulaState>;
    expect(cached.ctx.gameover).toBeDefined();
    expect(stored._stateID).toBe(cached._stateID);
    expect(JSON.parse(JSON.stringify(stored.G))).toEqual(JSON.parse(JSON.stringify(cached.G)));
  }, 120_000);

  test('the first move after a cold read (a restart, a shard taken over) is played: the state read from the database is not handed out frozen', async () => {
    const matchID = `cold-${name}-${process.pid}`;
    const created = createMatch({ game: served, numPlayers: ROLES.length, setupData: { seed: 'cold', rounds: MIN_ROUNDS }, unlisted: true });
    if ('setupDataError' in created) throw new Error(String(created.setupDataError));
    await store.createMatch(matchID, created);
    const quiet: TransportAPI = { send: () => undefined, sendAll: () => undefined };
    const warm = new Master(served, store, quiet);
    const play = async (master: Master, on: MatchStore) => {
      const { state } = (await on.fetch(matchID, { state: true })) as { state: State<PeninsulaState> };
      const next = nextBotMove(state, personalities)!;
      const action = { type: 'MAKE_MOVE' as const, payload: { type: next.choice.move, args: next.choice.args, playerID: next.playerID, credentials: '' } };
      return { state, result: await master.onUpdate(action, state._stateID, matchID, next.playerID) };
    };
    // On to a phase where seats act at once: boardgame.io counts each seat's moves in ctx, in place.
    for (let i = 0; i < 50 && (await store.fetch(matchID, { state: true })).state?.ctx.activePlayers == null; i++) await play(warm, store);
    // Another process (nothing of the match in its memory) plays the next move: the master's own fetch is the first read.
    const cold = new MatchStore(new SqlStorage(driver), createLogger('silent'));
    const { state } = await new SqlStorage(driver).fetch(matchID, { state: true });
    expect(state?.ctx.activePlayers).not.toBeNull();
    const next = nextBotMove(state as State<PeninsulaState>, personalities)!;
    const action = { type: 'MAKE_MOVE' as const, payload: { type: next.choice.move, args: next.choice.args, playerID: next.playerID, credentials: '' } };
    await new Master(served, cold, quiet).onUpdate(action, state!._stateID, matchID, next.playerID);
    expect((await new SqlStorage(driver).fetch(matchID, { state: true })).state?._stateID).toBe(state!._stateID + 1);
  }, 120_000);
});
