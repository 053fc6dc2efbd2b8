import type { LogEntry } from 'boardgame.io';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { drawnEvents, replayLog, type ReplayState } from '../../shared/replay/replayLog';
import { ROLES } from '../../shared/roles';
import { startMatch } from '../../tools/sim/headless';
import type { GameResult } from '../../shared/scoring';
import { openDriver } from '../../server/storage/driver';
import { STATE_COLUMN } from '../../server/storage/sqlStorage';
import { autoPlay, connect, createMatchWithPeople, startHeldMatch, waitFor, type Seat } from './support/players';
import { forkAt, replayAt, waitForStatus } from './support/replayApi';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

let server: ServerProcess;
let parentID = '';
let usSeat: Seat;
let forkID = '';

/** A 4-round match played to its end: the US by a test player, the rest by the server's bots. */
async function finishedMatch(url: string): Promise<{ matchID: string; seat: Seat }> {
  const { matchID, seats } = await createMatchWithPeople(url, ['US'], { rounds: 4, seed: 'replay-fork-seed' });
  await startHeldMatch(url, matchID, seats.US!);
  const client = connect(url, matchID, seats.US);
  const player = autoPlay(client);
  await waitFor('the parent’s end', () => client.getState()?.ctx.gameover as GameResult | undefined, 120_000);
  player.stop();
  client.stop();
  return { matchID, seat: seats.US! };
}

beforeAll(async () => {
  server = await startServerProcess();
  ({ matchID: parentID, seat: usSeat } = await finishedMatch(server.url));
}, 180_000);
afterAll(async () => {
  await server?.dispose();
});

describe('replay of a finished match', () => {
  test('every round from 1 to 4 shows the board when it began, its news and deals, and after the end the result with the agendas', async () => {
    for (let round = 1; round <= 4; round++) {
      const { status, body } = await replayAt(server.url, parentID, round);
      expect(status).toBe(200);
      expect([body.round, body.view.round, body.firstRound, body.lastRound, body.status]).toEqual([round, round, 1, 4, 'over']);
      expect(body.view.secret).toBeNull();
      expect(body.view.private).toEqual({});
      expect(body.seat).toBeNull();
      expect(body.record?.round).toBe(round);
      expect(body.headlines.every((h) => h.round === round) && body.headlines.length > 0).toBe(true);
      expect(Object.keys(body.result?.agendas ?? {}).sort()).toEqual([...ROLES].sort());
    }
    const asUS = await replayAt(server.url, parentID, 2, usSeat);
    expect(asUS.body.seat).toBe('0');
    expect(Object.keys(asUS.body.view.private)).toEqual(['US']);
    const latest = await replayAt(server.url, parentID);
    expect(latest.body.round).toBe(4);
  });

  test('bad input gets a 4xx with a code, never a crash', async () => {
    const cases: [Promise<{ status: number; body: { code?: string; error?: string } }>, number, string][] = [
      [replayAt(server.url, 'no-such-match', 1), 404, 'NO_SUCH_MATCH'],
      [replayAt(server.url, 'bad.id', 1), 400, 'BAD_MATCH_ID'],
      [replayAt(server.url, parentID, 0), 400, 'BAD_ROUND'],
      [replayAt(server.url, parentID, 5), 400, 'BAD_ROUND'],
      [replayAt(server.url, parentID, 'three'), 400, 'BAD_ROUND'],
      [replayAt(server.url, parentID, 1, { playerID: '0', credentials: 'forged' }), 403, 'BAD_CREDENTIALS'],
      [replayAt(server.url, parentID, 1, { playerID: '7', credentials: usSeat.credentials }), 403, 'BAD_CREDENTIALS'],
      [forkAt(server.url, 'no-such-match', { round: 3 }), 404, 'NO_SUCH_MATCH'],
      [forkAt(server.url, parentID, { round: 9 }), 400, 'BAD_ROUND'],
      [forkAt(server.url, parentID, { round: '3' }), 400, 'BAD_ROUND'],
      [forkAt(server.url, parentID, { round: 3, seats: { XX: 'dove' } }), 400, 'BAD_SEATS'],
      [forkAt(server.url, parentID, { round: 3, seats: { US: 'genius' } }), 400, 'BAD_SEATS'],
      [forkAt(server.url, parentID, { round: 3, seats: ['dove'] }), 400, 'BAD_SEATS'],
      [forkAt(server.url, parentID, { round: 3 }, { playerID: '0', credentials: 'forged' }), 403, 'BAD_CREDENTIALS'],
    ];
    for (const [answer, status, code] of cases) {
      const { status: got, body } = await answer;
      expect([got, body.code], body.error).toEqual([status, code]);
      expect(body.error?.length).toBeGreaterThan(10);
    }
    expect((await fetch(`${server.url}/health`)).ok).toBe(true);
  });
});

describe('replay and fork of a match still being played', () => {
  test('the replay shows what a spectator or that seat may see, no result; a fork of it deals its secrets anew', async () => {
    // The US person never moves: the match waits in its first round, running.
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US'], { rounds: 4, seed: 'running-replay' });
    await startHeldMatch(server.url, matchID, seats.US!);
    const spectator = await replayAt(server.url, matchID, 1);
    expect([spectator.status, spectator.body.status, spectator.body.result, spectator.body.view.secret, spectator.body.view.private]).toEqual([
      200,
      'playing',
      null,
      null,
      {},
    ]);
    const asUS = await replayAt(server.url, matchID, 1, seats.US);
    expect(Object.keys(asUS.body.view.private)).toEqual(['US']);
    // What the answers carry, as text: the seed, the agendas and the undrawn cards are known to the test from the seed alone.
    const dealt = startMatch({ rounds: 4, seed: 'running-replay' }).G;
    for (const [who, answer] of [
      ['spectator', spectator],
      ['US', asUS],
    ] as const) {
      const text = JSON.stringify(answer.body);
      expect(text, who).not.toContain('running-replay');
      for (const card of dealt.secret!.deck) expect(text, `${who} saw the undrawn ${card}`).not.toContain(`"${card}"`);
      for (const role of ROLES) {
        const agenda = dealt.private[role]!.agenda!;
        if (who === role) expect(text, 'the seat’s own agenda (positive control)').toContain(`"${agenda}"`);
        else if (agenda !== dealt.private.US!.agenda || who !== 'US') expect(text, `${who} saw ${role}'s agenda`).not.toContain(`"${agenda}"`);
      }
    }
    expect((await replayAt(server.url, matchID, 2)).body.code).toBe('BAD_ROUND');
    const forked = await forkAt(server.url, matchID, { round: 1 }, seats.US);
    expect([forked.status, forked.body.fork?.exact, forked.body.waitsForHost], forked.body.error).toEqual([200, false, true]);
    const fork = await replayAt(server.url, forked.body.matchID, 1);
    expect([fork.body.status, fork.body.fork]).toEqual(['waiting', { parentID: matchID, round: 1, exact: false }]);
    expect(fork.body.view.tracks).toEqual(spectator.body.view.tracks);
  });
});

describe('a fork from round 3 of the finished match', () => {
  test('bots play it to the end; it records its parent and round; the parent lists it', async () => {
    const seats = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker']));
    const { status, body } = await forkAt(server.url, parentID, { round: 3, seats });
    expect(status, body.error).toBe(200);
    expect(body.fork).toEqual({ parentID, round: 3, exact: true });
    expect([body.waitsForHost, body.botSeats.length]).toEqual([false, 5]);
    forkID = body.matchID;
    await waitForStatus(server.url, forkID, 'over');
    const first = await replayAt(server.url, forkID, 3);
    expect([first.body.firstRound, first.body.lastRound, first.body.fork]).toEqual([3, 4, { parentID, round: 3, exact: true }]);
    const parentRound3 = await replayAt(server.url, parentID, 3);
    expect(first.body.view, 'the fork’s round 3 is the parent’s, as a spectator sees it').toEqual(parentRound3.body.view);
    expect((await replayAt(server.url, forkID, 2)).body.code).toBe('BAD_ROUND');
    expect((await replayAt(server.url, parentID)).body.forks).toEqual([{ matchID: forkID, round: 3, exact: true }]);
    const lobby = (await (await fetch(`${server.url}/games/peninsula/${forkID}`)).json()) as { fork?: unknown; setupData?: Record<string, unknown> };
    expect(lobby.fork).toEqual({ parentID, round: 3, exact: true });
    expect(Object.keys(lobby.setupData ?? {}).sort()).toEqual(['bots', 'rounds', 'scenario', 'timers']);
  }, 180_000);

  test('its stored first state equals the parent’s state at the start of round 3, replayed from the parent’s stored log', async () => {
    expect(forkID).not.toBe('');
    await server.terminate();
    const db = await openDriver({ dataDir: server.dataDir });
    try {
      const row = async (id: string) =>
        (
          await db.query<{ initial_state: ReplayState; state: ReplayState }>(`SELECT initial_state, ${STATE_COLUMN} FROM matches WHERE match_id = $1`, [id])
        )[0]!;
      const log = (await db.query<{ entry: LogEntry }>('SELECT entry FROM match_log WHERE match_id = $1 ORDER BY seq', [parentID])).map((r) => r.entry);
      const parent = await row(parentID);
      const replayed = replayLog(parent.initial_state, log, drawnEvents(parent.state.G));
      const round3 = replayed.roundStarts.find((s) => s.G.round === 3)!;
      const fork = (await row(forkID)).initial_state;
      expect(fork.G).toEqual(round3.G);
      expect(fork.ctx).toEqual(round3.ctx);
      expect(fork.plugins).toEqual(round3.plugins);
      expect(fork._stateID).toBe(round3._stateID);
      expect(fork.G.secret?.deck.length, 'the secrets are there, on the server only').toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});
