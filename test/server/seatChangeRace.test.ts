import { describe, expect, test } from 'vitest';
import { autoPlay, connect, createMatchWithPeople, lobby, startHeldMatch } from './support/players';
import { useServerProcess } from './support/serverSession';

const server = useServerProcess();

const nameOf = async (matchID: string, seat: number) => (await lobby(server.url).getMatch('peninsula', matchID)).players[seat]?.name;

describe('a seat change while moves are being made is not undone by them', () => {
  test('a seat renamed twenty times while every seat plays keeps each name: a move no longer writes back the metadata it read before', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK'], { rounds: 8, seed: 'seat-race' });
    await startHeldMatch(server.url, matchID, seats.US!);
    const people = [connect(server.url, matchID, seats.US!), connect(server.url, matchID, seats.ROK!)];
    server.keep(...people);
    const playing = people.map(autoPlay);
    let reverted = 0;
    for (let i = 0; i < 20; i++) {
      await lobby(server.url).updatePlayer('peninsula', matchID, { ...seats.ROK!, newName: `Name ${i}` });
      // The moves under way land within a few polls (bounded: 1 s).
      for (let poll = 0; poll < 10; poll++) {
        if ((await nameOf(matchID, 2)) !== `Name ${i}`) reverted += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    playing.forEach((p) => p.stop());
    // Positive control: the match moved on meanwhile (moves really were being made).
    expect(people[0]!.getState()?._stateID ?? 0).toBeGreaterThan(20);
    expect(reverted).toBe(0);
  }, 120_000);
});
