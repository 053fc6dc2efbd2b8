import { afterAll, describe, expect, test } from 'vitest';
import type { GameResult } from '../../shared/scoring';
import { autoPlay, connect, createMatchWithPeople, lobby, waitFor } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.reverse()) await s.dispose();
});

describe('a crash never loses a finished move', () => {
  test('kill -9 in the middle of round 2, start again on the same data: seats, credentials, moves and bots are all there, the client reconnects by itself and the match goes on to its end', async () => {
    const first = await startServerProcess();
    servers.push(first);
    const { matchID, seats } = await createMatchWithPeople(first.url, ['US'], { rounds: 4, seed: 'crash-test' });
    await fetch(`${first.url}/api/matches/${matchID}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seats.US),
    });

    const us = connect(first.url, matchID, seats.US);
    let player = autoPlay(us);
    // Play into round 2, then stop acting: the bots wait for the person, the match stays open.
    await waitFor('round 2', () => (us.getState()?.G.round ?? 0) >= 2);
    player.stop();
    await new Promise((r) => setTimeout(r, 500));
    const before = us.getState()!;
    expect(before.ctx.gameover).toBeUndefined();

    await first.crash();

    const second = await first.restart();
    servers.push(second);
    // The same client object, the same URL: socket.io reconnects, boardgame.io re-syncs.
    const resynced = await waitFor('the client to resync', () => {
      const state = us.getState();
      return state && state._stateID >= before._stateID ? state : undefined;
    });
    expect(resynced._stateID).toBe(before._stateID);
    expect(resynced.G).toEqual(before.G);

    const match = await lobby(second.url).getMatch('peninsula', matchID);
    expect(match.players.map((p) => p.name)).toEqual(['Player US', 'Bot · dealmaker', 'Bot · dealmaker', 'Bot · dealmaker', 'Bot · dealmaker']);
    // The person's credentials still prove the seat.
    await lobby(second.url).updatePlayer('peninsula', matchID, {
      playerID: seats.US!.playerID,
      credentials: seats.US!.credentials,
      newName: 'Player US again',
    });

    player = autoPlay(us);
    const result = await waitFor('the end of the match', () => us.getState()?.ctx.gameover as GameResult | undefined, 120_000);
    player.stop();
    expect(result.roundsPlayed).toBeGreaterThanOrEqual(before.G.round);
    const history = us.getState()!.G.history;
    expect(history.slice(0, before.G.history.length)).toEqual(before.G.history);
    us.stop();
  }, 240_000);

  test('from an empty data folder (initdb, as on a fresh machine), SIGTERM closes the database cleanly and exits 0; the data opens again', async () => {
    const server = await startServerProcess({ emptyDataDir: true });
    servers.push(server);
    const { matchID } = await lobby(server.url).createMatch('peninsula', { numPlayers: 5 });
    expect(await server.terminate()).toBe(0);
    expect(server.output()).toContain('server stopped');
    const again = await server.restart();
    servers.push(again);
    expect((await lobby(again.url).getMatch('peninsula', matchID)).matchID).toBe(matchID);
  }, 120_000);
});
