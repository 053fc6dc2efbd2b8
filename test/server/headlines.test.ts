import { describe, expect, test } from 'vitest';
import type { GameResult } from '../../shared/scoring';
import { ROLES } from '../../shared/roles';
import type { Commitment, Headline } from '../../shared/state';
import { autoPlay, connect, createMatchWithPeople, startHeldMatch, waitFor } from './support/players';
import { useServerProcess } from './support/serverSession';

const server = useServerProcess();

/** What the match routes hand out on request: GET /api/matches/:id/headlines and /commitments. */
async function onRequest(
  matchID: string,
  what: 'headlines' | 'commitments',
): Promise<{ status: number; body: { headlines?: Headline[]; commitments?: Commitment[]; error?: string } }> {
  const response = await fetch(`${server.url}/api/matches/${matchID}/${what}`);
  return { status: response.status, body: (await response.json()) as { headlines?: Headline[]; commitments?: Commitment[]; error?: string } };
}
const headlines = (matchID: string) => onRequest(matchID, 'headlines');
const commitments = (matchID: string) => onRequest(matchID, 'commitments');

describe('updates carry the recent rounds’ news and deals; the older headlines and settled commitments are one request away', () => {
  test('late in a match a seat and a spectator receive only the recent headlines, the server hands out the rest, and the final state carries them all', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, [...ROLES], { rounds: 4, seed: 'headlines-on-request' });
    await startHeldMatch(server.url, matchID, seats.US!);
    const seated = ROLES.map((role) => connect(server.url, matchID, seats[role]));
    const spectator = connect(server.url, matchID);
    server.keep(...seated, spectator);
    const players = seated.map(autoPlay);

    const trimmed = await waitFor(
      'a view without the first rounds’ headlines',
      () => {
        const G = spectator.getState()?.G;
        return G?.recentSince !== undefined ? G : undefined;
      },
      150_000,
    );
    expect(trimmed.headlines.every((h) => h.round >= trimmed.recentSince!)).toBe(true);
    const all = await headlines(matchID);
    expect(all.status).toBe(200);
    const older = all.body.headlines!.filter((h) => h.round < trimmed.recentSince!);
    expect(older.length).toBeGreaterThan(0);
    // Every headline the view carries is among the server's, in the same order.
    const recent = all.body.headlines!.filter((h) => h.round >= trimmed.recentSince!);
    expect(recent.slice(0, trimmed.headlines.length)).toEqual(trimmed.headlines);
    // The commitments: every one the view carries is the server's (a settled one exactly: it never changes again).
    const deals = await commitments(matchID);
    expect(deals.status).toBe(200);
    const byId = new Map(deals.body.commitments!.map((c) => [c.id, c]));
    for (const c of trimmed.commitments) {
      expect(byId.has(c.id)).toBe(true);
      if (c.status !== 'active') expect(byId.get(c.id)).toEqual(c);
    }

    await waitFor('the end', () => seated[0]!.getState()?.ctx.gameover as GameResult | undefined, 150_000);
    players.forEach((p) => p.stop());
    const end = seated[0]!.getState()!.G;
    expect(end.recentSince).toBeUndefined();
    expect(end.headlines).toEqual((await headlines(matchID)).body.headlines);
    expect(end.headlines.some((h) => h.round === 1)).toBe(true);
    expect(end.commitments).toEqual((await commitments(matchID)).body.commitments);
  }, 360_000);

  test('an unknown match is a 404 with a message; nothing is created', async () => {
    const missing = await headlines('no-such-match');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatch(/not found/);
    expect((await headlines('no-such-match')).status).toBe(404);
    const noDeals = await commitments('no-such-match');
    expect(noDeals.status).toBe(404);
    expect(noDeals.body.error).toMatch(/not found/);
  });
});
