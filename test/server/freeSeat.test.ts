import { afterAll, describe, expect, test } from 'vitest';
import { autoPlay, connect, createMatchWithPeople, lobby, startHeldMatch, waitFor, type Seat } from './support/players';
import { useServerProcess } from './support/serverSession';
import { listen, nextRefusal, refusals, type RawSocket } from './support/wire';

const server = useServerProcess();
const sockets: RawSocket[] = [];
afterAll(() => {
  for (const s of sockets) s.socket.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const free = (matchID: string, seat: string, by: Seat) => post(`/api/matches/${matchID}/seats/${seat}/free`, by);
const players = async (matchID: string) => (await lobby(server.url).getMatch('peninsula', matchID)).players.map((p) => ({ name: p.name, data: p.data }));
const presence = (matchID: string, seat: Seat) => post(`/api/matches/${matchID}/presence`, seat);

describe('the host frees a lost seat', () => {
  test('in the waiting room the seat stands open: its old credentials are refused and a person takes it through the invite link', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK']);
    expect((await presence(matchID, seats.ROK!)).status).toBe(200);
    expect((await free(matchID, '3', seats.US!)).json.code).toBe('SEAT_EMPTY');
    expect(await free(matchID, '2', seats.US!)).toEqual({ status: 200, json: { matchID, seat: '2', bot: null } });
    expect((await players(matchID))[2]).toEqual({ name: undefined, data: undefined });
    expect((await presence(matchID, seats.ROK!)).json.code).toBe('BAD_CREDENTIALS');
    const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', matchID, { playerID: '2', playerName: 'Back again' });
    expect((await presence(matchID, { playerID: '2', credentials: playerCredentials })).status).toBe(200);
    expect((await players(matchID))[2]?.name).toBe('Back again');
  });

  test('in a running match: refusals change nothing; freed, the old socket is dropped, a bot plays on, and a person takes the seat back', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK', 'PRC'], { rounds: 4, seed: 'free-seat' });
    const us = seats.US!;
    const rok = seats.ROK!;
    await startHeldMatch(server.url, matchID, us);
    const before = await players(matchID);
    const old = listen(server.url, matchID, rok);
    const usWire = listen(server.url, matchID, us);
    sockets.push(old, usWire);
    await waitFor('both syncs', () => old.received.some((m) => m[0] === 'sync') && usWire.received.some((m) => m[0] === 'sync'));

    // Each refusal has its reason, and none changes a seat: a forged release by a seat that is not the host first.
    const refused = [
      [await free(matchID, '0', rok), 403, 'NOT_HOST'],
      [await free(matchID, '4', rok), 403, 'NOT_HOST'],
      [await free(matchID, '2', { playerID: '0', credentials: rok.credentials }), 403, 'BAD_CREDENTIALS'],
      [await free(matchID, '0', us), 409, 'OWN_SEAT'],
      [await free(matchID, '1', us), 409, 'BOT_SEAT'],
      [await free(matchID, '9', us), 400, 'BAD_SEAT'],
      [await free('no-such-match', '2', us), 404, 'NOT_FOUND'],
    ] as const;
    for (const [answer, status, code] of refused) expect([answer.status, answer.json.code]).toEqual([status, code]);
    expect(await players(matchID)).toEqual(before);
    expect(refusals(old)).toEqual([]);

    // Positive control: the host's own credentials free the ROK seat; a bot takes it, marked as open to a person.
    const freed = await free(matchID, '2', us);
    expect(freed).toEqual({ status: 200, json: { matchID, seat: '2', bot: 'dealmaker' } });
    expect((await players(matchID))[2]).toEqual({ name: 'Bot · dealmaker', data: { bot: 'dealmaker', freed: true } });
    expect((await nextRefusal(old, 0)).reason).toBe('SEAT_CHANGED');
    await waitFor('the old socket to be closed', () => !old.socket.connected);
    const heardByOld = old.received.length;
    const again = listen(server.url, matchID, rok);
    sockets.push(again);
    expect((await nextRefusal(again, 0)).reason).toBe('BAD_CREDENTIALS');
    expect(again.received.filter((m) => m[0] === 'sync')).toEqual([]);
    expect((await free(matchID, '2', us)).json.code).toBe('BOT_SEAT');

    // The people left play on and the bot plays the freed seat: the table reaches round 2, which needs every seat's orders.
    const people = [connect(server.url, matchID, us), connect(server.url, matchID, seats.PRC!)];
    server.keep(...people);
    const playing = people.map(autoPlay);
    await waitFor('round 2', () => (people[0]!.getState()?.G.round ?? 0) >= 2, 90_000);
    playing.forEach((p) => p.stop());
    expect(usWire.received.filter((m) => m[0] === 'update' || m[0] === 'patch').length).toBeGreaterThan(0);
    expect(old.received.length, 'the old socket heard nothing after it was dropped').toBe(heardByOld);

    // The player comes back through the invite link: the bot stands up and the Lobby's join seats them.
    const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', matchID, { playerID: '2', playerName: 'Back again' });
    expect((await players(matchID))[2]).toEqual({ name: 'Back again', data: undefined });
    const back = connect(server.url, matchID, { playerID: '2', credentials: playerCredentials });
    server.keep(back);
    await waitFor('the returning seat’s sync', () => back.getState()?.G);
    expect(back.playerID).toBe('2');
    // A person's seat again: the host may free it once more.
    expect((await free(matchID, '2', us)).status).toBe(200);
  }, 150_000);
});
