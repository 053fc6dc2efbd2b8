import { afterAll, describe, expect, test } from 'vitest';
import { autoPlay, connect, createMatchWithPeople, lobby, waitFor } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

const databaseUrl = process.env.DATABASE_URL;
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.dispose();
});

// .ci/run starts Debian's PostgreSQL and sets DATABASE_URL when it can; without it this is skipped.
describe.skipIf(!databaseUrl)('the server on real Postgres (DATABASE_URL)', () => {
  test('reports the postgres driver, plays a match with bots to the end, and the next instance on the same database sees it', async () => {
    const server = await startServerProcess({ env: { DATABASE_URL: databaseUrl! } });
    servers.push(server);
    expect(await (await fetch(`${server.url}/health`)).json()).toMatchObject({ storage: 'postgres' });
    const { matchID, seats } = await createMatchWithPeople(server.url, ['JPN'], { rounds: 4, seed: 'postgres' });
    await fetch(`${server.url}/api/matches/${matchID}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seats.JPN),
    });
    const client = connect(server.url, matchID, seats.JPN);
    const player = autoPlay(client);
    const result = await waitFor('the end', () => client.getState()?.ctx.gameover, 120_000);
    player.stop();
    client.stop();
    // One writer per database (server/writer): the next instance serves once this one has stopped.
    expect(await server.terminate()).toBe(0);
    const second = await startServerProcess({ env: { DATABASE_URL: databaseUrl! } });
    servers.push(second);
    expect((await lobby(second.url).getMatch('peninsula', matchID)).gameover).toEqual(result);
  }, 240_000);
});
