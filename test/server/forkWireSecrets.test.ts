import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import type { GameResult } from '../../shared/scoring';
import { startMatch } from '../../tools/sim/headless';
import { autoPlay, connect, createMatchWithPeople, lobby, startHeldMatch, waitFor, type Seat } from './support/players';
import { forkAt } from './support/replayApi';
import { startServerProcess, type ServerProcess } from './support/serverProcess';
import { listen, statesIn } from './support/wire';

const SEED = 'fork-wire-secret-seed-8e1d';
const SETUP = { rounds: 5, seed: SEED };

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server?.dispose();
});

/** Plays a match to its end with test players in the given seats (the server's bots in the rest). */
async function playToEnd(matchID: string, seats: Record<string, Seat>): Promise<GameResult> {
  const clients = Object.values(seats).map((seat) => connect(server.url, matchID, seat));
  const players = clients.map(autoPlay);
  const result = await waitFor('the end', () => clients[0]!.getState()?.ctx.gameover as GameResult | undefined, 150_000);
  players.forEach((p) => p.stop());
  clients.forEach((c) => c.stop());
  return result;
}

describe('a fork’s seats receive none of the parent’s secrets before they are in play', () => {
  test('raw sockets of every seat of a fork from round 3, and a spectator, over the fork’s whole match', async () => {
    // The parent: a seeded 5-round match played to its end. Its deck order is known to the test from the seed alone.
    const parent = await createMatchWithPeople(server.url, ['US'], SETUP);
    await startHeldMatch(server.url, parent.matchID, parent.seats.US!);
    const parentResult = await playToEnd(parent.matchID, parent.seats);
    const dealt = startMatch(SETUP).G;
    const order = [dealt.crisis.event!, ...dealt.secret!.deck];

    const forked = await forkAt(server.url, parent.matchID, { round: 3, seats: Object.fromEntries(ROLES.map((r) => [r, 'person'])) });
    expect(forked.status, forked.body.error).toBe(200);
    expect(forked.body.waitsForHost).toBe(true);
    const forkID = forked.body.matchID;
    const lobbyAnswer = JSON.stringify(await (await fetch(`${server.url}/games/peninsula/${forkID}`)).json());

    const seats: Record<string, Seat> = {};
    for (const role of ROLES) {
      const playerID = String(ROLES.indexOf(role));
      const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', forkID, { playerID, playerName: `Fork ${role}` });
      seats[role] = { playerID, credentials: playerCredentials };
    }
    const listeners = new Map<string, ReturnType<typeof listen>>(ROLES.map((role) => [role, listen(server.url, forkID, seats[role]!)]));
    listeners.set('spectator', listen(server.url, forkID, null));
    await waitFor('every socket’s sync', () => [...listeners.values()].every((l) => l.received.length > 0));
    await startHeldMatch(server.url, forkID, seats.US!);
    const forkResult = await playToEnd(forkID, seats);
    expect(forkResult.roundsPlayed).toBe(5);
    await new Promise((r) => setTimeout(r, 300));

    // The Lobby answer carries no seed, no agenda and no card not yet drawn.
    expect(lobbyAnswer).not.toContain(SEED);
    for (const role of ROLES) expect(lobbyAnswer).not.toContain(`"${parentResult.agendas[role]}"`);
    for (const card of order.slice(2)) expect(lobbyAnswer).not.toContain(`"${card}"`);

    for (const [who, { socket, received }] of listeners) {
      socket.close();
      const role = (ROLES as readonly string[]).includes(who) ? (who as Role) : null;
      const text = JSON.stringify(received);
      expect(text, who).not.toContain(SEED);
      const states = statesIn(received);
      expect(states.length, who).toBeGreaterThan(5);
      for (const G of states) {
        expect(G.secret, who).toBeNull();
        for (const key of Object.keys(G.private as object)) expect(key, who).toBe(role);
      }
      // Before the end no other role's agenda (the parent's, since the fork of a finished match is exact); the seat's own is there.
      const beforeEnd = JSON.stringify(received.filter((m) => !JSON.stringify(m).includes('"gameover"')));
      for (const other of ROLES) {
        const agenda = parentResult.agendas[other];
        if (other !== role && agenda && agenda !== (role && parentResult.agendas[role]))
          expect(beforeEnd, `${who} saw ${other}'s agenda`).not.toContain(`"${agenda}"`);
      }
      if (role) expect(beforeEnd, `${who} got its own agenda (positive control)`).toContain(`"${parentResult.agendas[role]}"`);
      // The fork draws the parent's cards of rounds 3 to 5; the round-4 card shows only from round 4, and no later card ever.
      const firstOfRound4 = received.findIndex((m) => statesIn(m).some((G) => (G.round as number) >= 4));
      expect(firstOfRound4, who).toBeGreaterThan(0);
      expect(JSON.stringify(received.slice(0, firstOfRound4)), `${who} saw round 4's card early`).not.toContain(`"${order[3]}"`);
      expect(JSON.stringify(received.slice(firstOfRound4)), `${who} saw round 4's card when it was drawn (positive control)`).toContain(`"${order[3]}"`);
      for (const card of order.slice(5)) expect(text, `${who} saw the undrawn ${card}`).not.toContain(`"${card}"`);
    }
  }, 400_000);
});
