import { afterAll, beforeAll, expect, test } from 'vitest';
import { Client } from 'boardgame.io/client';
import { matchSocket } from '../../client/common/matchSocket';
import { onSocketRefusal } from '../../client/common/socketRefusalFeed';
import type { SocketRefused } from '../../shared/api/socketRefusals';
import { Peninsula } from '../../shared/game';
import type { PeninsulaState } from '../../shared/state';
import { ROLES } from '../../shared/roles';
import { createMatchWithPeople, lobby, startHeldMatch, waitFor, type Seat } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

/**
 * The page's socket (client/common/matchSocket.ts: boardgame.io's transport as the pages use it)
 * against the real server: a seat this browser no longer holds is refused with a reason the page
 * hears, instead of a sync that never comes; and a socket the server lets go reconnects by itself.
 */
let server: ServerProcess;
let matchID: string;
let seats: Record<string, Seat>;

beforeAll(async () => {
  server = await startServerProcess();
  ({ matchID, seats } = await createMatchWithPeople(server.url, [...ROLES], { rounds: 4 }));
  await startHeldMatch(server.url, matchID, seats.US!);
}, 180_000);
afterAll(async () => {
  await server?.dispose();
});

function pageClient(seat: { playerID: string; credentials: string }) {
  const client = Client<PeninsulaState>({ game: Peninsula, numPlayers: 5, matchID, multiplayer: matchSocket(server.url), debug: false, ...seat });
  const heard: SocketRefused[] = [];
  const stop = onSocketRefusal(matchID, (refused) => heard.push(refused));
  client.start();
  return { client, heard, close: () => (stop(), client.stop()) };
}

test('a seat stored with credentials that no longer hold it is refused with a reason, and the same client then watches', async () => {
  const page = pageClient({ playerID: seats.US!.playerID, credentials: 'credentials-of-a-seat-since-given-up' });
  await waitFor('the refusal', () => page.heard.find((r) => r.event === 'sync'));
  expect(page.heard[0]).toMatchObject({ event: 'sync', reason: 'BAD_CREDENTIALS', matchID });
  expect(page.client.getState(), 'no view of the seat').toBeNull();
  // What the match page does next: it forgets the seat and watches (boardgame.io syncs again as a spectator).
  page.client.updatePlayerID(null as unknown as string);
  const watched = await waitFor('the spectator’s view', () => page.client.getState());
  expect(watched.G.secret).toBeNull();
  page.close();
});

test('a socket the server lets go (the seat left from another tab) hears why, reconnects by itself, and is refused the old seat', async () => {
  const rok = seats.ROK!;
  const page = pageClient(rok);
  await waitFor('the seat’s view', () => page.client.getState());
  const socket = (page.client as unknown as { transport: { socket: { connected: boolean; id?: string } } }).transport.socket;
  const firstId = socket.id;
  await lobby(server.url).leaveMatch('peninsula', matchID, { playerID: rok.playerID, credentials: rok.credentials });
  await waitFor('SEAT_CHANGED', () => page.heard.find((r) => r.reason === 'SEAT_CHANGED'));
  // socket.io leaves a socket the server closed alone; ours reconnects (a second after) and syncs again.
  await waitFor('a new connection', () => socket.connected && socket.id !== firstId, 20_000);
  const again = await waitFor('the old credentials refused on the new connection', () =>
    page.heard.find((r) => r.event === 'sync' && r.reason === 'BAD_CREDENTIALS'),
  );
  expect(again.matchID).toBe(matchID);
  page.close();
});
