import { describe, expect, test } from 'vitest';
import { connect, createMatchWithPeople, lobby, startHeldMatch, waitFor, waitForAsync, type PeninsulaClient } from './support/players';
import { useServerProcess } from './support/serverSession';

const server = useServerProcess();

const connectedOf = async (matchID: string, seat: number) => (await lobby(server.url).getMatch('peninsula', matchID)).players[seat]?.isConnected;
const synced = async (client: PeninsulaClient) => waitFor('a sync', () => client.getState(), 10_000);
const settle = () => new Promise((r) => setTimeout(r, 500));

describe('a seat is shown connected while any of its sockets is', () => {
  test('a second tab of the US seat closes: the seat stays connected; the last one closes: it shows disconnected', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { rounds: 8, seed: 'two-tabs' });
    await startHeldMatch(server.url, matchID, seats.US!);
    const [first, second] = [connect(server.url, matchID, seats.US!), connect(server.url, matchID, seats.US!)];
    server.keep(first, second);
    await Promise.all([synced(first), synced(second)]);
    await waitForAsync('the seat shown connected', async () => (await connectedOf(matchID, 0)) === true, 10_000);

    // Also what a dropped network looks like: the old socket goes (socket.io's ping timeout) after the page reconnected on a new one.
    server.close(first);
    await settle();
    expect(await connectedOf(matchID, 0)).toBe(true);

    // Positive control: a disconnection does change the seat when it was the seat's last socket (before: false after the first already).
    server.close(second);
    await waitForAsync('the seat shown disconnected', async () => (await connectedOf(matchID, 0)) === false, 10_000);
  }, 60_000);

  test("another seat's socket, or a spectator's, does not keep a seat connected", async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { rounds: 8, seed: 'other-seat' });
    await startHeldMatch(server.url, matchID, seats.US!);
    const [us, rok, spectator] = [connect(server.url, matchID, seats.US!), connect(server.url, matchID, seats.ROK!), connect(server.url, matchID)];
    server.keep(us, rok, spectator);
    await Promise.all([synced(us), synced(rok), synced(spectator)]);
    await waitForAsync('the US seat shown connected', async () => (await connectedOf(matchID, 0)) === true, 10_000);
    server.close(us);
    await waitForAsync('the US seat shown disconnected', async () => (await connectedOf(matchID, 0)) === false, 10_000);
    expect(await connectedOf(matchID, 2)).toBe(true);
  }, 60_000);
});
