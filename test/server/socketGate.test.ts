import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enumerateMoves } from '../../shared/enumerate';
import { ROLES } from '../../shared/roles';
import { createMatchWithPeople, lobby, startHeldMatch, waitFor, type Seat } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';
import { forgedActions, healthy, listen, nextRefusal, rawSocket, refusals, statesIn, syncOnce, type RawSocket } from './support/wire';

/**
 * Issue 14, tried as an attacker would: a raw socket.io client against the real server. Every
 * attack is refused with a reason, the stored state and log stay as they were, the server keeps
 * answering, and afterwards a legal move from the same socket still goes through.
 */
const SEED = 'socket-gate-seed-81c2';

let server: ServerProcess;
let matchID: string;
let seats: Record<string, Seat>;
let attacker: RawSocket;

beforeAll(async () => {
  server = await startServerProcess();
  ({ matchID, seats } = await createMatchWithPeople(server.url, [...ROLES], { rounds: 4, seed: SEED }));
  await startHeldMatch(server.url, matchID, seats.US!);
  // The attacker holds the US seat and is synced to the match, so it hears whatever is broadcast.
  attacker = listen(server.url, matchID, seats.US!);
  await waitFor('the attacker’s sync', () => attacker.received.some((m) => m[0] === 'sync'));
  // A server start, a match and its seats: on a machine shared by many test runs this can pass a minute.
}, 180_000);
afterAll(async () => {
  attacker?.socket.close();
  await server?.dispose();
});

/** The stored match as seat 0 reads it: state id, log length and the whole view. */
async function stored(): Promise<string> {
  const { state, log } = await syncOnce(server.url, matchID, seats.US!);
  return JSON.stringify({ stateID: state._stateID, log: log.length, G: state.G, ctx: state.ctx });
}

/** A move some seat may make now, read off that seat's synced view. */
async function legalMove(): Promise<{ seat: Seat; move: string; args: unknown[]; stateID: number }> {
  for (const role of ROLES) {
    const seat = seats[role]!;
    const { state } = await syncOnce(server.url, matchID, seat);
    const [choice] = enumerateMoves(state.G, state.ctx.phase, seat.playerID);
    if (choice) return { seat, move: choice.move, args: choice.args, stateID: state._stateID };
  }
  throw new Error('no seat has a legal move');
}

const us = () => seats.US!;
const move = (type: string, args: unknown, seat: Seat = us(), playerID = seat.playerID) => ({
  type: 'MAKE_MOVE',
  payload: { type, args, playerID, credentials: seat.credentials },
});

interface Attack {
  name: string;
  send: (socket: RawSocket['socket']) => void;
  reason: string;
}

const attacks: Attack[] = [
  {
    name: 'a sync whose match id holds a NUL (crashed PGlite, then Node)',
    send: (s) => s.emit('sync', `${matchID}\u0000`, null, undefined, 5),
    reason: 'BAD_MATCH_ID',
  },
  { name: 'an update whose match id holds a NUL', send: (s) => s.emit('update', move('done', []), 0, 'a\u0000b', '0'), reason: 'BAD_MATCH_ID' },
  {
    name: 'a chat message whose match id holds a NUL',
    send: (s) => s.emit('chat', 'a\u0000b', { sender: '0', payload: 'hi' }, us().credentials),
    reason: 'UNKNOWN_EVENT',
  },
  {
    name: 'a chat message to the match',
    send: (s) => s.emit('chat', matchID, { id: 'x', sender: '0', payload: 'hi' }, us().credentials),
    reason: 'UNKNOWN_EVENT',
  },
  { name: 'an event boardgame.io has no handler for', send: (s) => s.emit('whatever', matchID), reason: 'UNKNOWN_EVENT' },
  { name: 'a match id longer than any the server gives', send: (s) => s.emit('sync', 'x'.repeat(65), null, undefined, 5), reason: 'BAD_MATCH_ID' },
  {
    name: 'an argument with a toString that is not a function (crashed the log line)',
    send: (s) => s.emit('update', move('propose', [{ toString: 'x' }]), 0, matchID, '0'),
    reason: 'RESERVED_KEY',
  },
  {
    name: 'an argument with a valueOf override',
    send: (s) => s.emit('update', move('propose', [{ to: ['DPRK'], valueOf: 1 }]), 0, matchID, '0'),
    reason: 'RESERVED_KEY',
  },
  {
    name: 'an argument with an own __proto__ key',
    send: (s) => s.emit('update', move('propose', [JSON.parse('{"__proto__":{"polluted":true}}')]), 0, matchID, '0'),
    reason: 'RESERVED_KEY',
  },
  {
    name: 'a NUL inside an argument (the log write failed after the broadcast)',
    send: (s) => s.emit('update', move('done', ['a\u0000b']), 0, matchID, '0'),
    reason: 'BAD_TEXT',
  },
  {
    name: 'a NUL in a decision memo',
    send: (s) => s.emit('update', move('submitOrders', [{ actions: [], commitments: {}, memo: 'why\u0000' }]), 0, matchID, '0'),
    reason: 'BAD_TEXT',
  },
  { name: 'a lone surrogate (Postgres cannot store it either)', send: (s) => s.emit('update', move('done', ['\ud800']), 0, matchID, '0'), reason: 'BAD_TEXT' },
  { name: 'binary data as an argument', send: (s) => s.emit('update', move('done', [Buffer.from('binary')]), 0, matchID, '0'), reason: 'NOT_PLAIN' },
  {
    name: 'arguments nested deeper than any legal move',
    send: (s) => s.emit('update', move('propose', [[[[['deep']]]]]), 0, matchID, '0'),
    reason: 'TOO_DEEP',
  },
  {
    name: 'a legal move carrying 6 kB of unused arguments',
    send: (s) => s.emit('update', move('done', [null, { pad: 'x'.repeat(6000) }]), 0, matchID, '0'),
    reason: 'TOO_LARGE',
  },
  { name: 'more arguments than any move takes', send: (s) => s.emit('update', move('done', [null, null, null]), 0, matchID, '0'), reason: 'NOT_A_MOVE' },
  { name: 'a state id that is not a number', send: (s) => s.emit('update', move('done', []), 'latest', matchID, '0'), reason: 'BAD_STATE_ID' },
  {
    name: 'the seat’s own move with made-up credentials',
    send: (s) => s.emit('update', { ...move('done', []), payload: { type: 'done', args: [], playerID: '0', credentials: 'made-up' } }, 0, matchID, '0'),
    reason: 'UNAUTHORIZED',
  },
  {
    name: 'a move the rules refuse (answered to the sender only)',
    send: (s) => s.emit('update', move('respond', [{ proposalId: 'p999999', answer: 'accepted' }]), 0, matchID, '0'),
    reason: 'RULES',
  },
];

describe('the socket accepts only a seat’s own moves (issue 14)', () => {
  test('every attack is refused with its reason, nothing is stored or broadcast, the server stays up, and a legal move from the same socket still works', async () => {
    const before = await stored();
    const watcher = listen(server.url, matchID, null);
    await waitFor('the watcher’s sync', () => watcher.received.some((m) => m[0] === 'sync'));
    const forged = forgedActions(us(), 'US', 'DPRK', seats.DPRK!.playerID).map((f): Attack => ({
      name: f.name,
      send: (s) => s.emit('update', f.action, 0, matchID, f.playerID),
      reason: f.name.startsWith('a move for another seat') ? 'NOT_YOUR_SEAT' : f.name.startsWith('an event as a move') ? 'UNKNOWN_MOVE' : 'NOT_A_MOVE',
    }));
    for (const attack of [...attacks, ...forged]) {
      const seen = refusals(attacker).length;
      attack.send(attacker.socket);
      const refusal = await nextRefusal(attacker, seen).catch((e: Error) => {
        throw new Error(`${attack.name}: ${e.message}`);
      });
      expect(refusal.reason, attack.name).toBe(attack.reason);
      expect(attacker.socket.connected, attack.name).toBe(true);
    }
    expect(await healthy(server.url)).toBe(true);
    expect(await stored(), 'the stored state and log are as before').toBe(before);
    expect(
      watcher.received.filter((m) => m[0] === 'update'),
      'nothing was broadcast',
    ).toHaveLength(0);

    // Positive control: a legal move from the same socket is applied and broadcast.
    const legal = await legalMove();
    attacker.socket.emit('update', move(legal.move, legal.args, legal.seat), legal.stateID, matchID, legal.seat.playerID);
    const update = await waitFor('the legal move’s broadcast', () => watcher.received.find((m) => m[0] === 'update'));
    expect((update[2] as { _stateID: number })._stateID).toBe(legal.stateID + 1);
    expect(await stored()).not.toBe(before);
    watcher.socket.close();

    // No secret reached the attacker: its view holds its own slice only, never the secret state or the seed.
    const text = JSON.stringify(attacker.received);
    expect(text).not.toContain(SEED);
    for (const G of statesIn(attacker.received)) {
      expect(G.secret).toBeNull();
      for (const key of Object.keys(G.private as object)) expect(key).toBe('US');
    }
    expect(server.output(), 'no error reached the process').not.toMatch(/unhandled rejection|uncaught exception/);
  }, 120_000);

  test('a spectator sync to an unknown id is refused and creates no match', async () => {
    const outsider = rawSocket(server.url);
    await waitFor('connection', () => outsider.socket.connected);
    outsider.socket.emit('sync', 'noSuchMatch0123456789', null, undefined, 5);
    expect((await nextRefusal(outsider, 0)).reason).toBe('NO_SUCH_MATCH');
    expect(outsider.received.filter((m) => m[0] === 'sync')).toHaveLength(0);
    expect((await fetch(`${server.url}/games/peninsula/noSuchMatch0123456789`)).status).toBe(404);
    // Positive control: the same socket syncs to the real match.
    outsider.socket.emit('sync', matchID, null, undefined, 5);
    await waitFor('the real sync', () => outsider.received.some((m) => m[0] === 'sync'));
    outsider.socket.close();
  });

  test('a sync whose credentials do not hold the seat is refused, not left unanswered, and shows nothing of the seat', async () => {
    const stranger = rawSocket(server.url);
    await waitFor('connection', () => stranger.socket.connected);
    // Another seat's credentials (a seat stored in a browser that someone else now holds), then made-up ones.
    stranger.socket.emit('sync', matchID, us().playerID, seats.PRC!.credentials, 5);
    expect((await nextRefusal(stranger, 0)).reason).toBe('BAD_CREDENTIALS');
    stranger.socket.emit('sync', matchID, us().playerID, 'not-the-credentials', 5);
    expect((await nextRefusal(stranger, 1)).reason).toBe('BAD_CREDENTIALS');
    expect(stranger.received.filter((m) => m[0] === 'sync' || m[0] === 'update')).toHaveLength(0);
    // Positive control: the seat's own credentials sync the same socket.
    stranger.socket.emit('sync', matchID, us().playerID, us().credentials, 5);
    await waitFor('the seat’s sync', () => stranger.received.some((m) => m[0] === 'sync'));
    stranger.socket.close();
  });

  test('a message far beyond the largest legal move closes the sender’s connection before it is parsed', async () => {
    const before = await stored();
    const flooder = rawSocket(server.url);
    await waitFor('connection', () => flooder.socket.connected);
    let reason = '';
    flooder.socket.on('disconnect', (why) => (reason = why));
    flooder.socket.emit('update', move('done', [null, { pad: 'x'.repeat(900_000) }]), 0, matchID, '0');
    await waitFor('the server to close the connection', () => reason);
    expect(await healthy(server.url)).toBe(true);
    expect(await stored()).toBe(before);
  });

  test('a seat’s old socket is dropped when the player leaves, and hears nothing of whoever takes the seat next', async () => {
    const rok = seats.ROK!;
    const old = listen(server.url, matchID, rok);
    await waitFor('the old socket’s sync', () => old.received.some((m) => m[0] === 'sync'));
    await lobby(server.url).leaveMatch('peninsula', matchID, { playerID: rok.playerID, credentials: rok.credentials });
    expect((await nextRefusal(old, 0)).reason).toBe('SEAT_CHANGED');
    await waitFor('the old socket to be closed', () => !old.socket.connected);
    const heard = old.received.length;
    const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', matchID, { playerID: rok.playerID, playerName: 'Next' });
    seats.ROK = { playerID: rok.playerID, credentials: playerCredentials };
    // Positive control: the new player's socket syncs with the seat's view and a move is broadcast to it.
    const next = listen(server.url, matchID, seats.ROK);
    await waitFor('the new player’s sync', () => next.received.some((m) => m[0] === 'sync'));
    const legal = await legalMove();
    next.socket.emit('update', move(legal.move, legal.args, legal.seat), legal.stateID, matchID, legal.seat.playerID);
    await waitFor('the move reaching the new player', () => next.received.some((m) => m[0] === 'update'));
    expect(old.received.length, 'the old socket heard nothing more').toBe(heard);
    expect(statesIn(old.received.slice(1)).length).toBe(0);
    old.socket.close();
    next.socket.close();
  });
});
