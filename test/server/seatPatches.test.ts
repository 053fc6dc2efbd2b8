import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Game, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { Server, Socket } from 'socket.io';
import { afterAll, describe, expect, it } from 'vitest';
import { seatBroadcast, sendPacketsAsText, type Listener } from '../../server/socket/seatBroadcast';
import { onSyncAnswer } from '../../server/socket/syncAnswers';
import { SeatPatches } from '../../server/socket/seatPatches';
import { deepFreeze } from '../../shared/deepFreeze';
import { Peninsula } from '../../shared/game';
import { wireView } from '../../shared/playerView';
import type { PeninsulaState } from '../../shared/state';
import { botGameStates } from '../support/botGameStates';
import { connect, waitFor, type PeninsulaClient } from './support/players';
import { rawSocket } from './support/wire';

/** The socket.io the server runs: boardgame.io's transport takes it from koa-socket-2, not the newer one at the top of node_modules. */
const { Server: SocketServer } = createRequire(require.resolve('koa-socket-2'))('socket.io') as { Server: new (http: unknown) => Server };
const served: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };
const filter = getFilterPlayerView(served as Game);
const MATCH = 'patched-match';

const http = createServer();
const io = new SocketServer(http);
sendPacketsAsText(io);
const patches = new SeatPatches();
const broadcast = seatBroadcast(served as Game, io, patches);
const clients: PeninsulaClient[] = [];
afterAll(async () => {
  for (const client of clients) client.stop();
  await new Promise((r) => io.close(r));
});

const states = botGameStates('seat-patches').map((s) => deepFreeze({ ...s }) as unknown as State<PeninsulaState>);
/** The state a `sync` answers with now (the test moves it along). */
let current = states[0]!;

/** What a whole `update` of `state` gives the seat, as its client holds it (JSON). */
function wholeView(playerID: string | null, state: State): unknown {
  return JSON.parse(JSON.stringify(filter(playerID as string, { type: 'update', args: [MATCH, state] }).args[1]));
}

/** What boardgame.io's client holds of the state, without its own bookkeeping (deltalog, transients). */
function held(client: PeninsulaClient): unknown {
  const { G, ctx, plugins, _stateID, _undo, _redo } = client.getState() as unknown as State;
  return JSON.parse(JSON.stringify({ G, ctx, plugins, _stateID, _undo, _redo }));
}
const heldOf = (view: unknown) => {
  const { G, ctx, plugins, _stateID, _undo, _redo } = view as State;
  return { G, ctx, plugins, _stateID, _undo, _redo };
};

/**
 * boardgame.io's own clients on the browser's transport (patches asked for) against a socket.io server
 * that answers `sync` as boardgame.io's master does (the seat's filtered state) and broadcasts through
 * seatBroadcast with SeatPatches, as the real server does.
 */
async function start(): Promise<{ listeners: () => Listener[]; patchesSeen: () => number }> {
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const synced = new Map<Socket, string | null>();
  io.of('/peninsula').on('connection', (socket) => {
    patches.watch(socket);
    onSyncAnswer(socket, (matchID, state) => patches.synced(socket, matchID, state));
    socket.on('sync', (matchID: string, playerID: string | null) => {
      const { type, args } = filter(playerID, { type: 'sync', args: [matchID, { state: current, log: [], initialState: states[0]! } as never] });
      socket.emit(type, ...args);
      synced.set(socket, playerID ?? null);
    });
  });
  for (const playerID of ['0', '1', '2', '3', '4']) clients.push(connect(url, MATCH, { playerID, credentials: 'c' }));
  clients.push(connect(url, MATCH));
  await waitFor('every client synced', () => synced.size === clients.length && clients.every((c) => c.getState() !== null), 20_000);
  // A raw socket that asks for patches, to count what went over the wire.
  const raw = rawSocket(url, { patches: true });
  raw.socket.on('connect', () => raw.socket.emit('sync', MATCH, '2', 'c'));
  await waitFor('the raw socket synced', () => raw.received.length > 0, 20_000);
  return {
    listeners: () => [...synced].map(([socket, playerID]) => ({ playerID, socket })),
    patchesSeen: () => raw.received.filter((m) => m[0] === 'patch').length,
  };
}

const seatOf = (client: PeninsulaClient) => (client.playerID ?? null) as string | null;

describe('SeatPatches with boardgame.io’s client', () => {
  it('brings every seat and a spectator to the very view a whole update gives, through late syncs, older states and the end', async () => {
    const { listeners, patchesSeen } = await start();
    const send = (state: State<PeninsulaState>) => broadcast(listeners(), { type: 'update', args: [MATCH, state] });
    const settled = (state: State) =>
      waitFor(`every client at ${state._stateID}`, () => clients.every((c) => c.getState()?._stateID === state._stateID), 20_000);
    const middle = Math.floor(states.length / 2);
    for (const state of states.slice(1, middle)) {
      current = state;
      send(state);
    }
    await settled(states[middle - 1]!);
    for (const client of clients) expect(held(client), `seat ${client.playerID}`).toEqual(heldOf(wholeView(seatOf(client), states[middle - 1]!)));
    expect(patchesSeen(), 'moves went as patches').toBeGreaterThan(middle / 2);

    // A client syncs again (a reconnect, the catch-up) while moves go on: its patches start from what the sync gave.
    clients[1]!.updateCredentials('c');
    // An older state broadcast after a newer one (a write acknowledged late): the clients keep the newer one.
    send(states[middle - 3]!);
    for (const state of states.slice(middle, -1)) {
      current = state;
      send(state);
    }
    const beforeEnd = states.at(-2)!;
    await settled(beforeEnd);
    for (const client of clients) expect(held(client), `seat ${client.playerID}`).toEqual(heldOf(wholeView(seatOf(client), beforeEnd)));

    // A state that is not frozen: it could change in place, so it goes whole, and the next one too.
    const loose = JSON.parse(JSON.stringify(states.at(-1))) as State<PeninsulaState>;
    delete loose.ctx.gameover;
    current = loose;
    send(loose);
    await settled(loose);
    for (const client of clients) expect(held(client), `seat ${client.playerID}`).toEqual(heldOf(wholeView(seatOf(client), loose)));

    const end = { ...states.at(-1)!, _stateID: loose._stateID + 1 };
    current = end;
    send(end);
    await settled(end);
    expect(end.ctx.gameover).toBeDefined();
    for (const client of clients) expect(held(client), `seat ${client.playerID}`).toEqual(heldOf(wholeView(seatOf(client), end)));
  }, 60_000);
});
