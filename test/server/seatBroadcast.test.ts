import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Game, State } from 'boardgame.io';
import { getFilterPlayerView } from 'boardgame.io/internal';
import type { Server, Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import { seatBroadcast, sendPacketsAsText, type Listener } from '../../server/socket/seatBroadcast';
import { deepFreeze } from '../../shared/deepFreeze';
import { Peninsula } from '../../shared/game';
import { wireView } from '../../shared/playerView';
import type { PeninsulaState } from '../../shared/state';
import { botGameStates } from '../support/botGameStates';
import { waitFor } from './support/players';

/** The socket.io the server runs: boardgame.io's transport takes it from koa-socket-2, not the newer one at the top of node_modules. */
const { Server: SocketServer } = createRequire(require.resolve('koa-socket-2'))('socket.io') as { Server: new (http: unknown) => Server };
const served: Game<PeninsulaState> = { ...Peninsula, playerView: ({ G, ctx, playerID }) => wireView(G, playerID, ctx.gameover !== undefined) };
const SEATS: (string | null)[] = ['0', '1', '2', '3', '4', null, null];

const http = createServer();
const io = new SocketServer(http);
sendPacketsAsText(io);
const encoder = io.encoder as unknown as { encodeAsString(packet: unknown): string };
const clients: ClientSocket[] = [];
afterAll(async () => {
  for (const client of clients) client.close();
  await new Promise((r) => io.close(r));
});

/** Seven sockets (five seats, two spectators), each with every raw text packet it receives. */
async function connectListeners(): Promise<{ listeners: Listener[]; raw: string[][] }> {
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/${served.name}`;
  const bySeat = new Map<string, Socket>();
  io.of(`/${served.name}`).on('connection', (socket) => bySeat.set(String(socket.handshake.query['listener']), socket));
  const raw = SEATS.map(() => [] as string[]);
  SEATS.forEach((_, i) => {
    const client = connect(url, { transports: ['websocket'], reconnection: false, forceNew: true, query: { listener: String(i) } });
    client.io.on('open', () =>
      client.io.engine.on('packet', (p: { type: string; data?: unknown }) => void (p.type === 'message' && raw[i]!.push(String(p.data)))),
    );
    clients.push(client);
  });
  await waitFor('every socket connected', () => bySeat.size === SEATS.length && clients.every((c) => c.connected), 20_000);
  for (const r of raw) r.length = 0;
  return { listeners: SEATS.map((playerID, i) => ({ playerID, socket: bySeat.get(String(i))! })), raw };
}

describe('seatBroadcast', () => {
  it('sends each socket, character for character, what boardgame.io’s filter and socket.io’s encoder give', async () => {
    const { listeners, raw } = await connectListeners();
    const filter = getFilterPlayerView(served as Game);
    const expected = SEATS.map(() => [] as string[]);
    const broadcast = seatBroadcast(served as Game, io);
    const send = (payload: { type: 'update'; args: [string, State] }) => {
      // What boardgame.io's transport would have emitted: its filter, then socket.io's encoder (at the time of sending).
      SEATS.forEach((playerID, i) => {
        const { type, args } = filter(playerID as string, payload);
        expected[i]!.push(encoder.encodeAsString({ type: 2, nsp: `/${served.name}`, data: [type, ...args] }));
      });
      broadcast(listeners, payload);
    };
    // A whole bot game, its states frozen as the server stores them (one state shares the last one's unchanged parts).
    const states = botGameStates('seat-broadcast').slice(1);
    for (const state of states) send({ type: 'update', args: ['m1', deepFreeze({ ...state })] });
    // A state that is not frozen, changed in place between two broadcasts: the second must carry the change (a guard for any
    // encoder that keeps texts between messages). Its ctx is frozen but what it holds is not: frozen is not always all the way down.
    const loose = JSON.parse(JSON.stringify(states.at(-1)!)) as State<PeninsulaState>;
    Object.freeze(loose.ctx);
    send({ type: 'update', args: ['m1', loose] });
    loose.ctx.playOrder.reverse();
    for (const track of Object.keys(loose.G.tracks) as (keyof PeninsulaState['tracks'])[]) loose.G.tracks[track] += 1;
    loose.G.headlines.at(-1)!.text += ' (changed)';
    send({ type: 'update', args: ['m1', loose] });

    const count = states.length + 2;
    await waitFor('every update at every socket', () => raw.every((r) => r.length >= count), 30_000);
    expect(count).toBeGreaterThan(20);
    raw.forEach((received, i) => expect(received, `socket ${i} (seat ${SEATS[i]})`).toEqual(expected[i]));
    // The spectators' sockets heard the same, the seats each their own.
    expect(raw[5]).toEqual(raw[6]);
    expect(new Set(raw.map((r) => r.at(-1))).size).toBe(SEATS.length - 1);
  });
});
