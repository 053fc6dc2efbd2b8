import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeninsulaServer, type RunningServer } from '../../server/app';
import { MAX_STREAMS_PER_MATCH } from '../../server/press/pressRoom';
import { enumerateMoves } from '../../shared/enumerate';
import { PRESS_LIMITS, visibleTo, type PressMessage, type Recipients } from '../../shared/press';
import { ROLES, type Role } from '../../shared/roles';
import { initialisedDataDir } from '../support/runShared';
import { createMatchWithPeople, startHeldMatch, waitFor, type Seat } from '../server/support/players';
import { gameClient } from './support/gameClient';
import { openStream, seatHeaders, type SseStream } from './support/sse';

let dataDir = '';
let server: RunningServer;

function start(): Promise<RunningServer> {
  return startPeninsulaServer({ port: 0, dataDir, clientDir: '/nonexistent', botDelayMs: 0, logLevel: 'warn' });
}

/** The press tests wait at most 15 s for anything to arrive. */
const PRESS_WAIT_MS = 15_000;

function createMatch(people: readonly Role[], setupData: Record<string, unknown> = {}) {
  return createMatchWithPeople(server.url, [...people], setupData);
}

function pressUrl(matchID: string, suffix = ''): string {
  return `${server.url}/api/matches/${encodeURIComponent(matchID)}/press${suffix}`;
}

async function post(matchID: string, body: unknown): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(pressUrl(matchID), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

function send(matchID: string, seat: Seat, to: Recipients, text: string) {
  return post(matchID, { ...seat, to, text });
}

async function history(matchID: string, seat?: Seat): Promise<PressMessage[]> {
  const response = await fetch(pressUrl(matchID), { headers: seatHeaders(seat) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { messages: PressMessage[] }).messages;
}

beforeAll(async () => {
  dataDir = await initialisedDataDir('peninsula-press-');
  server = await start();
});

afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('press on the real server', () => {
  const texts: string[] = [];
  let matchID = '';
  let seats: Record<Role, Seat>;

  it('delivers private, group and public messages live only to the seats they are visible to, spectators only public ones', async () => {
    const created = await createMatch(ROLES);
    matchID = created.matchID;
    seats = created.seats as Record<Role, Seat>;
    const streams = new Map<Role | null, SseStream>();
    for (const role of ROLES) streams.set(role, await openStream(pressUrl(matchID, '/stream'), seatHeaders(seats[role])));
    streams.set(null, await openStream(pressUrl(matchID, '/stream')));
    const games = [...ROLES.map((r) => gameClient(server.url, matchID, seats[r])), gameClient(server.url, matchID)];
    await waitFor('every game client to sync', () => games.every((g) => g.client.getState() !== null), PRESS_WAIT_MS);

    const plan: [Role, Recipients][] = [
      ['US', ['DPRK']],
      ['DPRK', ['US']],
      ['ROK', ['US', 'JPN']],
      ['PRC', 'all'],
      ['JPN', ['DPRK', 'PRC']],
      ['PRC', ['ROK']],
      ['US', 'all'],
      ['DPRK', ['ROK', 'PRC', 'JPN']],
    ];
    const sent: PressMessage[] = [];
    for (const [from, to] of plan) {
      const text = `${from}→${to === 'all' ? 'all' : to.join('+')} ${crypto.randomUUID()} <b>bold</b>`;
      texts.push(text);
      const result = await send(matchID, seats[from], to, text);
      expect(result.status).toBe(201);
      sent.push((result.json as { message: PressMessage }).message);
      // A move goes out between messages, so socket.io updates flow while press flows.
      if (from === 'US' && to !== 'all') games[0]!.client.moves.done?.();
    }
    // The positive control for "nothing more arrives": a public message sent last. The server writes each
    // message to every open stream in order as it is sent, so a stream that has this one has had everything
    // it was ever going to get from the plan.
    const closingText = `closing ${crypto.randomUUID()}`;
    const closing = await send(matchID, seats.ROK, 'all', closingText);
    expect(closing.status).toBe(201);
    texts.push(closingText);
    sent.push((closing.json as { message: PressMessage }).message);
    const last = sent.at(-1)!.id;

    for (const [viewer, stream] of streams) {
      const expected = sent.filter((m) => visibleTo(m, viewer)).map((m) => m.id);
      await waitFor(`${viewer ?? 'spectator'}'s stream`, () => stream.messages.some((m) => m.id === last), PRESS_WAIT_MS);
      expect(stream.messages.map((m) => m.id).sort(), `stream of ${viewer ?? 'spectator'}`).toEqual([...expected].sort());
      for (const m of stream.messages) expect(visibleTo(m, viewer)).toBe(true);
      for (const m of sent.filter((x) => !visibleTo(x, viewer))) expect(stream.raw()).not.toContain(m.id);
      for (const t of texts.filter((_, i) => !visibleTo(sent[i]!, viewer))) expect(stream.raw()).not.toContain(t.split(' ')[1]);
      const read = await history(matchID, viewer ? seats[viewer] : undefined);
      expect(read.map((m) => m.id)).toEqual(expected);
    }
    expect(streams.get(null)!.messages.every((m) => m.to === 'all')).toBe(true);
    expect(streams.get(null)!.messages).toHaveLength(3);

    // Nothing of the press ever travels on the game's socket: not in G, not in the log. The positive control:
    // a move made after the last message reaches every game client before the wire is searched (the match
    // is held until its host starts it, and a held match takes no move).
    await startHeldMatch(server.url, matchID, seats.US);
    const before = Math.max(...games.map((g) => g.client.getState()!._stateID));
    const mover = games.slice(0, ROLES.length).find((g) => {
      const state = g.client.getState()!;
      return enumerateMoves(state.G, state.ctx.phase, g.client.playerID!).length > 0;
    })!;
    const moverState = mover.client.getState()!;
    const [move] = enumerateMoves(moverState.G, moverState.ctx.phase, mover.client.playerID!);
    mover.client.moves[move!.move]!(...move!.args);
    await waitFor('the move on every game socket', () => games.every((g) => (g.client.getState()?._stateID ?? 0) > before), PRESS_WAIT_MS);
    for (const g of games) {
      expect(g.wire.length).toBeGreaterThan(0);
      const everything = g.wire.join('\n') + JSON.stringify(g.client.getState());
      for (const text of texts) expect(everything).not.toContain(text.split(' ')[1]);
    }
    games.forEach((g) => g.client.stop());
    streams.forEach((s) => s.close());
  });

  it('shows text as sent: markup is data, never rewritten or interpreted by the server', async () => {
    const all = await history(matchID, seats.US);
    expect(all.some((m) => m.text.endsWith('<b>bold</b>'))).toBe(true);
  });

  it('refuses bad requests with a status and a JSON error', async () => {
    const { US } = seats;
    const cases: [string, unknown, number][] = [
      ['wrong credentials', { ...US, credentials: 'nope', to: ['DPRK'], text: 'hi' }, 403],
      ['no credentials', { playerID: '0', to: ['DPRK'], text: 'hi' }, 403],
      ['a bad seat', { playerID: '9', credentials: 'x', to: ['DPRK'], text: 'hi' }, 400],
      ['empty text', { ...US, to: ['DPRK'], text: '   ' }, 400],
      ['oversized text', { ...US, to: ['DPRK'], text: 'x'.repeat(PRESS_LIMITS.maxLength + 1) }, 400],
      ['a message to oneself', { ...US, to: ['US'], text: 'hi' }, 400],
      ['an unknown recipient', { ...US, to: ['USSR'], text: 'hi' }, 400],
      ['a control character', { ...US, to: ['DPRK'], text: 'a\u0000b' }, 400],
      ['a body that is not JSON', '{not json', 400],
    ];
    for (const [name, body, status] of cases) {
      const result = await post(matchID, body);
      expect(result.status, name).toBe(status);
      expect(typeof result.json.error, name).toBe('string');
    }
    expect((await post('no-such-match', { ...US, to: ['DPRK'], text: 'hi' })).status).toBe(404);
    expect((await fetch(pressUrl(matchID, '/stream'), { headers: seatHeaders({ ...US, credentials: 'wrong' }) })).status).toBe(403);
    expect((await fetch(pressUrl('no-such-match', '/stream'))).status).toBe(404);
    expect((await fetch(pressUrl(matchID, '/debrief'))).status).toBe(403);
  });

  it('a seat opens its stream with a one-use ticket, never with credentials in the URL', async () => {
    const ask = (seat: Seat) =>
      fetch(pressUrl(matchID, '/ticket'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seat) });
    const inUrl = await fetch(`${pressUrl(matchID, '/stream')}?playerID=0&credentials=${encodeURIComponent(seats.US.credentials)}`);
    expect(inUrl.status).toBe(400);
    expect(((await inUrl.json()) as { code?: string }).code).toBe('CREDENTIALS_IN_URL');
    expect((await ask({ ...seats.US, credentials: 'wrong' })).status).toBe(403);
    expect((await fetch(`${pressUrl(matchID, '/stream')}?ticket=forged`)).status).toBe(403);
    // A ticket is for its own match only, and is spent by the try.
    const other = await createMatch(['US']);
    const misused = ((await (await ask(seats.DPRK)).json()) as { ticket: string }).ticket;
    expect((await fetch(`${pressUrl(other.matchID, '/stream')}?ticket=${misused}`)).status).toBe(403);
    expect((await fetch(`${pressUrl(matchID, '/stream')}?ticket=${misused}`)).status).toBe(403);

    const asked = await ask(seats.DPRK);
    expect(asked.status).toBe(201);
    const { ticket } = (await asked.json()) as { ticket: string };
    const stream = await openStream(`${pressUrl(matchID, '/stream')}?ticket=${ticket}`);
    expect(stream.status).toBe(200);
    // The ticket stands for the DPRK seat: a private message to it arrives on this stream.
    const text = `ticket ${crypto.randomUUID()}`;
    expect((await send(matchID, seats.ROK, ['DPRK'], text)).status).toBe(201);
    await waitFor('the private message on the ticket stream', () => stream.messages.some((m) => m.text === text), PRESS_WAIT_MS);
    stream.close();
    expect((await fetch(`${pressUrl(matchID, '/stream')}?ticket=${ticket}`)).status).toBe(403);
  });

  it(`rate-limits a seat: the ${PRESS_LIMITS.burstCount + 1}th quick message gets 429 and a Retry-After`, async () => {
    const statuses: number[] = [];
    let last: Record<string, unknown> = {};
    let retryAfter: string | null = null;
    for (let i = 0; i <= PRESS_LIMITS.burstCount; i += 1) {
      const result = await send(matchID, seats.JPN, ['ROK'], `quick ${i}`);
      statuses.push(result.status);
      last = result.json;
      retryAfter = result.headers.get('retry-after');
    }
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(PRESS_LIMITS.burstWindowMs / 1000);
    // JPN wrote once in the first test, which may still be inside the window.
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(PRESS_LIMITS.burstCount - 1);
    expect(statuses[statuses.length - 1]).toBe(429);
    expect(last.code).toBe('RATE_BURST');
    expect(last.retryAfter).toBe(Number(retryAfter));
    expect(String(last.error)).toMatch(/Slow down/);
    // Another seat is not held back.
    expect((await send(matchID, seats.ROK, ['JPN'], 'still fine')).status).toBe(201);
  });

  it(`caps the open streams of a match at ${MAX_STREAMS_PER_MATCH}, and frees a place when one closes`, async () => {
    const streams: SseStream[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_MATCH; i += 1) streams.push(await openStream(pressUrl(matchID, '/stream')));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    const refused = await fetch(pressUrl(matchID, '/stream'));
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string }).code).toBe('TOO_MANY_STREAMS');
    streams.pop()!.close();
    // The server learns of the close when the socket ends: retry briefly.
    let again = await openStream(pressUrl(matchID, '/stream'));
    for (let i = 0; i < 40 && again.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      again = await openStream(pressUrl(matchID, '/stream'));
    }
    expect(again.status).toBe(200);
    streams.push(again);
    streams.forEach((s) => s.close());
  });

  it('a bot answers a person privately with a short reply', async () => {
    const created = await createMatch(['US', 'ROK'], { bots: { DPRK: 'dealmaker', PRC: 'hawk', JPN: 'dove' } });
    const us = created.seats.US!;
    const rok = created.seats.ROK!;
    const usStream = await openStream(pressUrl(created.matchID, '/stream'), seatHeaders(us));
    const rokStream = await openStream(pressUrl(created.matchID, '/stream'), seatHeaders(rok));
    expect((await send(created.matchID, us, ['DPRK'], 'What would you accept at a summit?')).status).toBe(201);
    const reply = await waitFor('the bot reply', () => usStream.messages.find((m) => m.from === 'DPRK'), PRESS_WAIT_MS);
    expect(reply.to).toEqual(['US']);
    expect(reply.text.length).toBeGreaterThan(5);
    expect(reply.text.length).toBeLessThanOrEqual(PRESS_LIMITS.maxLength);
    // A public statement gets no bot reply; ROK never sees the US–DPRK exchange.
    expect((await send(created.matchID, us, 'all', 'Peace through strength.')).status).toBe(201);
    await waitFor('the public statement', () => rokStream.messages.length === 1, PRESS_WAIT_MS);
    // Positive controls instead of a pause: a second question gets its reply, which the bot sends after any
    // reply to the statement before it (replies wait the same delay, and a match's sends go one at a time);
    // a note to ROK sent last arrives after anything ROK could have been sent before it.
    expect((await send(created.matchID, us, ['DPRK'], 'What would you accept at a summit, then?')).status).toBe(201);
    await waitFor('the second bot reply', () => usStream.messages.filter((m) => m.from === 'DPRK').length === 2, PRESS_WAIT_MS);
    expect((await send(created.matchID, us, ['ROK'], 'A word between allies.')).status).toBe(201);
    await waitFor('the note to ROK', () => rokStream.messages.length === 2, PRESS_WAIT_MS);
    expect(rokStream.messages.map((m) => m.text)).toEqual(['Peace through strength.', 'A word between allies.']);
    expect(usStream.messages.filter((m) => m.from !== 'US').map((m) => [m.from, m.to])).toEqual([
      ['DPRK', ['US']],
      ['DPRK', ['US']],
    ]);
    usStream.close();
    rokStream.close();
  });

  it('keeps the press through a restart, and a reconnecting stream resumes after its last event', async () => {
    const before = await history(matchID, seats.DPRK);
    const publicBefore = await history(matchID);
    await server.stop();
    server = await start();
    expect(await history(matchID, seats.DPRK)).toEqual(before);
    expect(await history(matchID)).toEqual(publicBefore);
    const resumed = await fetch(pressUrl(matchID, '/stream'), { headers: { 'last-event-id': '999999', ...seatHeaders(seats.DPRK) } });
    expect(resumed.status).toBe(200);
    resumed.body?.cancel();
    const stream = await openStream(pressUrl(matchID, '/stream'), seatHeaders(seats.DPRK));
    await waitFor('the history on a new stream', () => stream.messages.length === before.length, PRESS_WAIT_MS);
    expect(stream.messages).toEqual(before);
    stream.close();
  });
});
