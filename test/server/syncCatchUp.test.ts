import type { Game, LogEntry, Server as ServerTypes, State } from 'boardgame.io';
import { ActivePlayers } from 'boardgame.io/core';
import { Async, createMatch } from 'boardgame.io/internal';
import { Server } from 'boardgame.io/server';
import type { FetchOpts, FetchResult } from 'boardgame.io/dist/types/src/server/db/base';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createLogger } from '../../server/logger';
import { GatedSocketIO } from '../../server/socket/gatedSocketIO';
import { freePort } from './support/serverProcess';

/**
 * boardgame.io answers a `sync` from what it read, then registers the socket for the match's
 * broadcasts: a move stored in between never reached that socket, which then showed the older state
 * for good (server/socket/syncCatchUp.ts). Here the sync's log read is held open while another seat
 * moves, so the move lands in that window every time.
 */
const race: Game<{ n: number }> = {
  name: 'race',
  minPlayers: 2,
  maxPlayers: 2,
  setup: () => ({ n: 0 }),
  turn: { activePlayers: ActivePlayers.ALL },
  moves: { bump: ({ G }) => void (G.n += 1) },
};

interface Stored {
  state: State;
  initialState: State;
  metadata: ServerTypes.MatchData;
  log: LogEntry[];
}

/** Matches in memory (a stand-in for the database, not the thing tested); a sync's log read waits while `heldLog` is set. */
class HeldLogStorage extends Async {
  readonly matches = new Map<string, Stored>();
  heldLog: Promise<void> | null = null;
  onLogRead: () => void = () => undefined;
  onStored: (matchID: string, stateID: number) => void = () => undefined;

  connect(): void {}
  override async createMatch(matchID: string, opts: { initialState: State; metadata: ServerTypes.MatchData }): Promise<void> {
    this.matches.set(matchID, { state: opts.initialState, initialState: opts.initialState, metadata: opts.metadata, log: [] });
  }
  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const match = this.matches.get(matchID)!;
    if (state._stateID <= match.state._stateID) return;
    match.state = structuredClone(state);
    match.log.push(...(deltalog ?? []));
    this.onStored(matchID, state._stateID);
  }
  async setMetadata(matchID: string, metadata: ServerTypes.MatchData): Promise<void> {
    this.matches.get(matchID)!.metadata = structuredClone(metadata);
  }
  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const match = this.matches.get(matchID);
    if (!match) return {} as FetchResult<O>;
    const result = structuredClone({ state: match.state, initialState: match.initialState, metadata: match.metadata, log: match.log });
    if (opts.log && this.heldLog) {
      this.onLogRead();
      await this.heldLog;
    }
    return result as FetchResult<O>;
  }
  async wipe(matchID: string): Promise<void> {
    this.matches.delete(matchID);
  }
  override async listMatches(): Promise<string[]> {
    return [...this.matches.keys()];
  }
}

const storage = new HeldLogStorage();
const gated = new GatedSocketIO(race, {
  log: createLogger('silent'),
  syncRefusal: async (matchID) => (storage.matches.has(matchID) ? null : 'NO_SUCH_MATCH'),
  ackAfterStore: true,
  latestStateID: async (matchID) => storage.matches.get(matchID)?.state._stateID,
});
storage.onStored = (matchID, stateID) => gated.stored(matchID, stateID);
const server = Server({ games: [race], db: storage, transport: gated });
let running: Awaited<ReturnType<typeof server.run>>;
let url = '';
const sockets: Socket[] = [];

beforeAll(async () => {
  const port = await freePort();
  running = await server.run({ port: { port, host: '127.0.0.1' } as unknown as number });
  url = `http://127.0.0.1:${port}/race`;
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server.kill(running);
});

async function newMatch(matchID: string): Promise<void> {
  const created = createMatch({ game: race, numPlayers: 2, setupData: undefined, unlisted: true });
  if ('setupDataError' in created) throw new Error('no match');
  for (const id of [0, 1]) Object.assign(created.metadata.players[id]!, { name: `p${id}`, credentials: `c${id}` });
  await storage.createMatch(matchID, created);
}

/** A seat's socket and every state it was shown (by a sync or an update), in order. */
function seat(matchID: string, playerID: string) {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  const seen: { via: string; stateID: number }[] = [];
  socket.on('sync', (id: string, info: { state: State }) => id === matchID && seen.push({ via: 'sync', stateID: info.state._stateID }));
  socket.on('update', (id: string, state: State) => id === matchID && seen.push({ via: 'update', stateID: state._stateID }));
  const sync = () => socket.emit('sync', matchID, playerID, `c${playerID}`);
  const bump = (stateID: number) =>
    socket.emit('update', { type: 'MAKE_MOVE', payload: { type: 'bump', args: [], playerID, credentials: `c${playerID}` } }, stateID, matchID, playerID);
  return { socket, seen, sync, bump };
}

async function until(what: string, probe: () => boolean, ms = 10_000): Promise<void> {
  for (let waited = 0; !probe(); waited += 20) {
    if (waited > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a socket whose sync read the match just before a move was stored is brought to that move', async () => {
  await newMatch('caught');
  const other = seat('caught', '1');
  other.sync();
  await until('the other seat’s sync', () => other.seen.length > 0);

  let release = () => undefined as void;
  storage.heldLog = new Promise<void>((resolve) => (release = resolve));
  const reading = new Promise<void>((resolve) => (storage.onLogRead = resolve));
  const late = seat('caught', '0');
  late.sync();
  await reading;
  // The sync has read state 0; the other seat's move is stored and broadcast before the socket is registered.
  storage.heldLog = null;
  other.bump(0);
  await until('the move broadcast to the other seat', () => other.seen.some((s) => s.stateID === 1));
  release();
  await until('the late seat’s sync answer', () => late.seen.some((s) => s.via === 'sync'));
  expect(late.seen[0]).toEqual({ via: 'sync', stateID: 0 });
  // Without the catch-up nothing more ever came: state 0 for good.
  await until('the late seat shown the stored move', () => late.seen.some((s) => s.stateID === 1));
  expect(storage.matches.get('caught')!.state._stateID).toBe(1);
});

test('a sync that missed nothing is not repeated, and the next move reaches the socket as an update', async () => {
  await newMatch('plain');
  const a = seat('plain', '0');
  const b = seat('plain', '1');
  a.sync();
  b.sync();
  await until('both syncs', () => a.seen.length > 0 && b.seen.length > 0);
  b.bump(0);
  await until('the move reaching both seats', () => a.seen.some((s) => s.stateID === 1) && b.seen.some((s) => s.stateID === 1));
  expect(a.seen).toEqual([
    { via: 'sync', stateID: 0 },
    { via: 'update', stateID: 1 },
  ]);
});
