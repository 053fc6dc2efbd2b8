import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumerateMoves } from '../../shared/enumerate';
import type { PressMessage } from '../../shared/press';
import { ROLES, roleOfPlayer, type Role } from '../../shared/roles';
import { call, type Joined, type Me } from '../classroom/support';
import { createMatchWithPeople, startHeldMatch, waitFor, type Seat } from '../server/support/players';
import { startServerProcess, type ServerProcess } from '../server/support/serverProcess';
import { gameClient } from './support/gameClient';
import { openStream, seatHeaders } from './support/sse';

/**
 * Bots open the talks: at a table with people, each bot writes once a round to each person with a
 * package it would accept (shared/bots/press.ts botOpening), over the same press stream as any
 * message; and never while a class's teacher has the press off. The real server, as a process.
 */
let server: ServerProcess;

/** The tests wait at most this long for anything to arrive. */
const WAIT_MS = 30_000;

beforeAll(async () => {
  server = await startServerProcess({ env: { BOT_DELAY_MS: '0' } });
}, 180_000);

afterAll(async () => {
  await server?.dispose();
});

function pressUrl(matchID: string, suffix = ''): string {
  return `${server.url}/api/matches/${encodeURIComponent(matchID)}/press${suffix}`;
}

type Client = ReturnType<typeof gameClient>['client'];

/**
 * Gives the bots a new state with the seat still talking: a plain request if the seat can make one (nothing offered,
 * which a bot seldom signs: the seat can then still propose again). A seat can be left with nothing to propose (every
 * other role has signed an agreement this round, seen on Node 22); then it leaves the talks, orders, and is back at the
 * next round's talks. Says which it did.
 */
async function talk(client: Client): Promise<'proposed' | 'next round'> {
  const seat = client.playerID!;
  const offered = await waitFor(
    'the talks to offer the seat a move',
    () => {
      const state = client.getState();
      if (state?.ctx.phase !== 'diplomacy') return undefined;
      const choices = enumerateMoves(state.G, state.ctx.phase, seat).filter((m) => m.move !== 'done');
      const request = choices.find((m) => m.move === 'propose' && (m.args[0] as { offers: string[] }).offers.length === 0) ?? choices[0];
      if (request) return { request };
      // Only "done" is left, and nothing is open that could change it: this round's talks are over for the seat.
      return state.G.proposals.every((p) => p.status !== 'open') ? { request: null } : undefined;
    },
    WAIT_MS,
  );
  if (offered.request) {
    client.moves[offered.request.move]!(...offered.request.args);
    return 'proposed';
  }
  const round = client.getState()!.G.round;
  client.moves.done!();
  await waitFor('the orders', () => client.getState()?.ctx.phase === 'orders', WAIT_MS);
  const state = client.getState()!;
  const [orders] = enumerateMoves(state.G, 'orders', seat);
  client.moves[orders!.move]!(...orders!.args);
  await waitFor('the next round', () => (client.getState()?.G.round ?? 0) > round, WAIT_MS);
  await atTalks(client);
  return 'next round';
}

/** Waits for the round's talks, taking the crisis card's choice if it falls to the seat. */
async function atTalks(client: Client): Promise<void> {
  const role = roleOfPlayer(client.playerID!);
  await waitFor(
    'the talks (or a crisis choice of ours)',
    () => client.getState()?.ctx.phase === 'diplomacy' || client.getState()?.G.crisis.pendingChoice === role,
    WAIT_MS,
  );
  const state = client.getState()!;
  if (state.ctx.phase !== 'diplomacy') {
    const [choice] = enumerateMoves(state.G, state.ctx.phase, client.playerID!);
    client.moves[choice!.move]!(...choice!.args);
    await waitFor('the talks', () => client.getState()?.ctx.phase === 'diplomacy', WAIT_MS);
  }
}

const fromBots = (messages: readonly PressMessage[], person: Role) => messages.filter((m) => m.from !== person);

describe('bots open press conversations with people', () => {
  it('a person at a bot table receives bot openings over the press stream, each naming a package, one per bot a round', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, ['US']);
    const us = seats.US!;
    const stream = await openStream(pressUrl(matchID, '/stream'), seatHeaders(us));
    await waitFor("the stream's opening info", () => stream.info, WAIT_MS);
    const game = gameClient(server.url, matchID, us).client;
    await startHeldMatch(server.url, matchID, us);
    await atTalks(game);
    const first = await waitFor('a bot opening', () => fromBots(stream.messages, 'US')[0], WAIT_MS);
    expect(first.to).toEqual(['US']);
    expect(first.round).toBe(1);
    expect(first.text).toMatch(/Propose it and we accept\.$/);
    expect(first.text).toMatch(/“.+”/);

    // More states in the same round (a proposal of ours, the bots' answers) bring no second opening. Positive control:
    // a public statement sent after the bots answered arrives, so anything sent before it has arrived too.
    if ((await talk(game)) === 'proposed')
      await waitFor('the bots to answer the proposal', () => game.getState()?.G.proposals.some((p) => p.from === 'US' && p.status !== 'open'), WAIT_MS);
    const closing = `closing ${crypto.randomUUID()}`;
    const sent = await fetch(pressUrl(matchID), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...us, to: 'all', text: closing }),
    });
    expect(sent.status).toBe(201);
    await waitFor('the closing statement', () => stream.messages.some((m) => m.text === closing), WAIT_MS);
    const openings = fromBots(stream.messages, 'US').filter((m) => m.round === 1 && m.to !== 'all');
    const bots = ROLES.filter((r) => r !== 'US');
    for (const bot of bots) expect(openings.filter((m) => m.from === bot).length, `${bot}'s openings`).toBeLessThanOrEqual(1);
    for (const m of openings) expect(m.to).toEqual(['US']);
    game.stop();
    stream.close();
  }, 120_000);

  it('in a class with the press off the bots do not write; once the teacher switches it on, they do', async () => {
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(server.url, 'POST', '/api/class', {
      body: { tables: 1, press: false },
    });
    expect(created.status).toBe(200);
    const { sessionId, joinCode, teacherKey } = created.body;
    const student = (await call<Joined>(server.url, 'POST', '/api/class/join', { body: { code: joinCode, name: 'Ada' } })).body;
    expect((await call(server.url, 'POST', `/api/class/${sessionId}/start`, { teacherKey })).status).toBe(200);
    const seat = (await call<Me>(server.url, 'GET', '/api/class/me', { studentToken: student.token })).body.seat!;
    const mine: Seat = { playerID: seat.playerID, credentials: seat.credentials };
    const person = roleOfPlayer(seat.playerID)!;
    const stream = await openStream(pressUrl(seat.matchID, '/stream'), seatHeaders(mine));
    await waitFor("the stream's opening info", () => stream.info, WAIT_MS);
    const game = gameClient(server.url, seat.matchID, mine).client;
    await atTalks(game);

    // Press off: the student's proposal and the bots' answer bring the bots new states, and still nobody writes.
    if ((await talk(game)) === 'proposed')
      await waitFor('the bots to answer the proposal', () => game.getState()?.G.proposals.some((p) => p.from === person && p.status !== 'open'), WAIT_MS);
    const switchedOn = Date.now();
    expect((await call(server.url, 'POST', `/api/class/${sessionId}/settings`, { teacherKey, body: { press: true } })).status).toBe(200);
    // Positive control: with the press on, the next state brings the openings, all written after the switch.
    await talk(game);
    const opening = await waitFor('a bot opening', () => fromBots(stream.messages, person)[0], WAIT_MS);
    expect(opening.to).toEqual([person]);
    for (const m of fromBots(stream.messages, person)) expect(m.sentAt).toBeGreaterThanOrEqual(switchedOn);
    game.stop();
    stream.close();
  }, 120_000);
});
