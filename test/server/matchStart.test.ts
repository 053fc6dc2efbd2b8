import { describe, expect, test } from 'vitest';
import type { MatchSummary } from '../../shared/api/matches';
import { chooseBotMove } from '../../shared/bots';
import { ROLES } from '../../shared/roles';
import { connect, createMatchWithPeople, lobby, waitFor, type PeninsulaClient, type Seat } from './support/players';
import { useServerProcess } from './support/serverSession';

const server = useServerProcess();

async function call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, json: (await response.json()) as T };
}

const timer = async (matchID: string) => (await call<{ remainingMs: number | null }>('GET', `/api/matches/${matchID}/timer`)).json.remainingMs;
const summary = async (matchID: string) => (await call<MatchSummary>('GET', `/api/matches/${matchID}/summary`)).json;
const start = (matchID: string, seat: Seat) => call('POST', `/api/matches/${matchID}/start`, seat);

/** The move a seat's own client would make now, sent over its socket; the state ID it was made on. */
function moveNow(client: PeninsulaClient): number {
  const state = client.getState();
  const choice = state && client.playerID ? chooseBotMove({ G: state.G, ctx: state.ctx, playerID: client.playerID, personality: 'dealmaker' }) : null;
  if (!state || !choice) throw new Error('the seat has nothing to do');
  client.moves[choice.move]?.(...choice.args);
  return state._stateID;
}

describe('an online match starts when its host presses Start, not when its seats fill', () => {
  test('a full table waits: no clock and no moves until the host starts; others may not start it; it starts once', async () => {
    const timers = { crisis: 60, diplomacy: 60, orders: 60 };
    const { matchID, seats } = await createMatchWithPeople(server.url, [...ROLES], { rounds: 4, seed: 'host-start', timers });
    const match = await lobby(server.url).getMatch('peninsula', matchID);
    expect((match as unknown as { start: unknown }).start).toEqual({ host: '0', startedAt: null });
    expect(await summary(matchID)).toMatchObject({ matchID, status: 'waiting', round: 1, rounds: 4, scenario: 'singapore2018', host: '0' });
    expect(await timer(matchID)).toBeNull();

    const people = ROLES.map((role) => connect(server.url, matchID, seats[role]));
    server.keep(...people);
    await waitFor('the seats to sync', () => people.every((c) => c.getState()));
    const mover = people.find((c) => {
      try {
        return chooseBotMove({ G: c.getState()!.G, ctx: c.getState()!.ctx, playerID: c.playerID!, personality: 'dealmaker' });
      } catch {
        return false;
      }
    })!;
    // The gate answers a refused move to its sender ('refused', with the reason): waiting for that answer, not
    // for a fixed time, shows the move reached the server and was dropped before the game saw it.
    const refusals: { event: string; reason: string }[] = [];
    (mover as unknown as { transport: { socket: { on(event: 'refused', fn: (r: { event: string; reason: string }) => void): void } } }).transport.socket.on(
      'refused',
      (r) => refusals.push(r),
    );
    const before = moveNow(mover);
    await waitFor('the refusal of a move in a held match', () => refusals.find((r) => r.event === 'update'));
    expect(refusals.map((r) => r.reason)).toEqual(['PAUSED']);
    expect(mover.getState()?._stateID).toBe(before);

    const notHost = await start(matchID, seats.ROK!);
    expect(notHost.status).toBe(403);
    expect(notHost.json.error).toBe('Only the host, Player US, can start it while they are here; after 60 s away, anyone seated may.');
    expect((await summary(matchID)).status).toBe('waiting');

    expect((await start(matchID, seats.US!)).status).toBe(200);
    expect((await summary(matchID)).status).toBe('playing');
    const remaining = await timer(matchID);
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(60_000);
    // Positive control: the same seat's move now counts.
    moveNow(mover);
    await waitFor('the move to land', () => (mover.getState()?._stateID ?? 0) > before, 30_000);

    const again = await start(matchID, seats.US!);
    expect(again.status).toBe(409);
    expect(again.json.error).toBe('The match has already started.');
  });

  test('when the host leaves before the start, the next person seated hosts; a late joiner does not', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['PRC', 'DPRK']);
    const host = () =>
      lobby(server.url)
        .getMatch('peninsula', matchID)
        .then((m) => (m as unknown as { start: { host: string | null } }).start.host);
    expect(await host()).toBe('3');
    await lobby(server.url).leaveMatch('peninsula', matchID, seats.PRC!);
    expect(await host()).toBe('1');
    await lobby(server.url).joinMatch('peninsula', matchID, { playerID: '0', playerName: 'Late' });
    expect(await host()).toBe('1');
    const started = await start(matchID, seats.DPRK!);
    expect(started).toEqual({ status: 200, json: { matchID, botSeats: ['2', '3', '4'] } });
  });

  test('play again makes a new match that waits for its own host, with the bots named at creation seated', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['JPN'], { rounds: 4, bots: { PRC: 'hawk' } });
    const { nextMatchID } = await lobby(server.url).playAgain('peninsula', matchID, { ...seats.JPN!, setupData: { rounds: 4, bots: { PRC: 'hawk' } } });
    expect(await summary(matchID)).toMatchObject({ status: 'waiting', nextMatchID });
    expect(await summary(nextMatchID)).toMatchObject({ status: 'waiting', nextMatchID: null });
    const rematch = await lobby(server.url).getMatch('peninsula', nextMatchID);
    expect(rematch.players.map((p) => p.name)).toEqual([undefined, undefined, undefined, 'Bot · hawk', undefined]);
  });

  test('a match with bots in every seat runs at once: nobody could sit and press Start', async () => {
    const bots = Object.fromEntries(ROLES.map((role) => [role, 'dealmaker']));
    const created = await call<{ matchID: string }>('POST', '/games/peninsula/create', { numPlayers: 5, setupData: { rounds: 4, seed: 'all-bots', bots } });
    expect(created.status).toBe(200);
    const { matchID } = created.json;
    // The bots play round 1 through by themselves (bounded: 60 s).
    let round = 1;
    for (const until = Date.now() + 60_000; round === 1 && Date.now() < until; await new Promise((r) => setTimeout(r, 250)))
      round = (await summary(matchID)).round;
    expect(round).toBeGreaterThan(1);
    expect(await summary(matchID)).toMatchObject({ status: expect.stringMatching(/^(playing|over)$/), host: null });
    // Positive control for the hold: a match with a seat left for a person still waits for its host.
    const held = await call<{ matchID: string }>('POST', '/games/peninsula/create', {
      numPlayers: 5,
      setupData: { rounds: 4, seed: 'one-seat-open', bots: { ...bots, US: undefined } },
    });
    expect((await summary(held.json.matchID)).status).toBe('waiting');
  }, 90_000);

  test('the summary of an unknown match is a 404 with a message', async () => {
    const missing = await call('GET', '/api/matches/no-such-match/summary');
    expect(missing).toEqual({ status: 404, json: { error: 'Match no-such-match not found.', code: 'NOT_FOUND' } });
  });
});
