import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GameResult } from '../../shared/scoring';
import { autoPlay, connect, createMatchWithPeople, lobby, waitFor, waitForAsync, type PeninsulaClient } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

describe('a whole match on the real server', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  test('two people (US and ROK) over socket.io and three server bots play a 4-round match to its end', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { scenario: 'renewedTalks', rounds: 4, seed: 'full-game' });
    const started = await fetch(`${server.url}/api/matches/${matchID}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...seats.US, personality: 'opportunist' }),
    });
    expect(started.status).toBe(200);
    expect(await started.json()).toEqual({ matchID, botSeats: ['1', '3', '4'] });

    const match = await lobby(server.url).getMatch('peninsula', matchID);
    expect(match.players.map((p) => p.name)).toEqual(['Player US', 'Bot · opportunist', 'Player ROK', 'Bot · opportunist', 'Bot · opportunist']);

    const people: PeninsulaClient[] = [connect(server.url, matchID, seats.US), connect(server.url, matchID, seats.ROK)];
    const players = people.map(autoPlay);
    const finals = await Promise.all(people.map((c) => waitFor('the end of the match', () => c.getState()?.ctx.gameover as GameResult | undefined, 120_000)));
    players.forEach((p) => p.stop());

    expect(finals[1]).toEqual(finals[0]);
    const result = finals[0]!;
    expect(result.outcome).toBeTruthy();
    expect(Object.keys(result.scores ?? {})).toHaveLength(5);
    for (const p of players) expect(p.moves()).toBeGreaterThan(4);
    const final = people[0]!.getState()!;
    expect(final.G.history.length).toBeGreaterThan(0);
    // The bots really played: each bot role submitted orders in every recorded round.
    for (const record of final.G.history) for (const role of ['DPRK', 'PRC', 'JPN'] as const) expect(record.orders[role]).toBeDefined();

    // boardgame.io sends the last state before it writes the match's metadata (PGlite mode: see ackAfterStore), so the Lobby lists the result a moment after the players see it.
    const listed = await waitForAsync('the Lobby to list the result', async () => (await lobby(server.url).getMatch('peninsula', matchID)).gameover, 10_000);
    expect(listed).toEqual(result);
    const metrics = await waitForAsync(
      'no open match in the metrics',
      async () => {
        const text = await (await fetch(`${server.url}/metrics`)).text();
        return /^peninsula_matches_open 0$/m.test(text) && text;
      },
      10_000,
    );
    expect(Number(/^peninsula_moves_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThan(20);
    people.forEach((c) => c.stop());
  }, 180_000);
});
