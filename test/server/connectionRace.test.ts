import { describe, expect, test } from 'vitest';
import { connect, createMatchWithPeople, lobby, startHeldMatch, waitFor } from './support/players';
import { useServerProcess } from './support/serverSession';

const server = useServerProcess();

const namesOf = async (matchID: string) => (await lobby(server.url).getMatch('peninsula', matchID)).players.map((p) => p.name);

describe("a seat change is not undone by boardgame.io's connection bookkeeping", () => {
  test('renames while another seat connects and drops over and over: every name stays', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { rounds: 8, seed: 'connection-race' });
    await startHeldMatch(server.url, matchID, seats.US!);
    let reverted = 0;
    let connections = 0;
    let shownConnected = 0;
    for (let i = 0; i < 60; i++) {
      // boardgame.io's sync and disconnect handlers read the metadata, flip isConnected and write it all back.
      const comers = Array.from({ length: 4 }, () => connect(server.url, matchID, seats.US!));
      server.keep(...comers);
      await Promise.all(comers.map((c) => waitFor('a sync', () => c.getState(), 10_000)));
      connections += comers.length;
      if ((await lobby(server.url).getMatch('peninsula', matchID)).players[0]?.isConnected === true) shownConnected += 1;
      // Their disconnections reach the server while the rename is being written.
      const renamed = lobby(server.url).updatePlayer('peninsula', matchID, { ...seats.ROK!, newName: `Name ${i}` });
      for (const [k, c] of comers.entries()) {
        setTimeout(() => server.close(c), k * 3 + (i % 5));
      }
      await renamed;
      for (let poll = 0; poll < 3; poll++) {
        if ((await namesOf(matchID))[2] !== `Name ${i}`) reverted += 1;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    // Positive control: the connections really came and went, and boardgame.io stored them.
    expect(connections).toBe(240);
    expect(shownConnected).toBeGreaterThan(30);
    // 70 of 180 polls read an undone name before metadataMerge.ts.
    expect(reverted).toBe(0);
  }, 180_000);
});
