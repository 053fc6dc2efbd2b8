import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MatchState } from '../../tools/sim/headless';
import { enumerateMoves } from '../../shared/enumerate';
import { ACTION_IDS } from '../../shared/data/actions';
import { CONCESSION_IDS } from '../../shared/data/concessions';
import { EVENTS as EVENT_CARDS } from '../../shared/data/events';
import { VENUES } from '../../shared/data/venues';
import { wireView } from '../../shared/playerView';
import { ROLES } from '../../shared/roles';
import { applyMove, startMatch } from '../../tools/sim/headless';
import { createMatchWithPeople, startHeldMatch, waitFor, type Seat } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';
import { healthy, listen, syncOnce, type RawSocket } from './support/wire';

/**
 * Random messages over a raw socket, as a fuzzer would send them: random events, action types,
 * move names, seats, credentials, state ids, match ids and arguments (including NUL, lone
 * surrogates, reserved keys, deep nesting, binary). The attacker holds every seat's real
 * credentials, so some random moves are legal and get applied. After every batch the server
 * must answer /health, and the stored match must be one the rules could reach: replaying its log
 * (each move's arguments as its own seat reads them; orders are redacted for the others) from
 * the same seed through boardgame.io's reducer gives the state every seat reads.
 */
const SETUP = { rounds: 4, seed: 'socket-fuzz-seed-3b7d' };
const MOVES = ['chooseCrisisOption', 'propose', 'respond', 'counter', 'walkOut', 'done', 'submitOrders'];
const ACTION_TYPES = ['MAKE_MOVE', 'GAME_EVENT', 'PATCH', 'UPDATE', 'RESET', 'SYNC', 'UNDO', 'REDO', 'PLUGIN', 'STRIP_TRANSIENTS'];
const EVENTS = ['endGame', 'endPhase', 'setPhase', 'endTurn', 'endStage', 'setStage', 'setActivePlayers', 'pass'];

let server: ServerProcess;
let matchID: string;
let seats: Seat[];
let attacker: RawSocket;
/** The stored match as last replayed: legal moves are drawn from it. */
let current: MatchState;

beforeAll(async () => {
  server = await startServerProcess();
  const created = await createMatchWithPeople(server.url, [...ROLES], SETUP);
  matchID = created.matchID;
  seats = ROLES.map((role) => created.seats[role]!);
  await startHeldMatch(server.url, matchID, seats[0]!);
  attacker = listen(server.url, matchID, seats[0]!);
  await waitFor('the attacker’s sync', () => attacker.received.some((m) => m[0] === 'sync'));
  current = startMatch(SETUP);
  // A server start, a match and its seats: on a machine shared by many test runs this can pass a minute.
}, 180_000);
afterAll(async () => {
  attacker?.socket.close();
  await server?.dispose();
});

const nasty = fc.constantFrom('a\u0000b', '\ud800', '\u0007', 'x'.repeat(1500), '');
const json: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: nasty },
  { weight: 1, arbitrary: fc.constantFrom(JSON.parse('{"__proto__":{"x":1}}') as unknown, { toString: 'x' }, { valueOf: 2 }, [[[[[1]]]]], Buffer.from('bin')) },
);
/** Inputs shaped like the real moves' (so some are legal), from the data tables. */
const plausibleInput = fc.oneof(
  fc.record({
    to: fc.subarray([...ROLES], { minLength: 1, maxLength: 3 }),
    venue: fc.constantFrom(...Object.keys(VENUES)),
    offers: fc.subarray(CONCESSION_IDS, { maxLength: 2 }),
    asks: fc.subarray(CONCESSION_IDS, { maxLength: 2 }),
  }),
  fc.record({ actions: fc.subarray(ACTION_IDS, { minLength: 2, maxLength: 2 }), commitments: fc.constant({}) }),
  fc.record({ proposalId: fc.constantFrom('p1', 'p2', 'p3', 'p4'), answer: fc.constantFrom('accepted', 'rejected') }),
  fc.record({
    option: fc.oneof(fc.constantFrom(...Object.values(EVENT_CARDS).flatMap((e) => e.choice?.options.map((o) => o.id) ?? [])), fc.string({ maxLength: 12 })),
  }),
);
const args = fc.oneof(fc.constant([]), fc.tuple(plausibleInput), fc.array(json, { maxLength: 3 }), json);
const playerID = fc.oneof(fc.constantFrom('0', '1', '4', null, '-1', '00'), fc.string({ maxLength: 3 }), fc.integer());
const credentials = () =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...seats.map((s) => s.credentials)) },
    { weight: 1, arbitrary: fc.constantFrom('made-up', undefined, 7, 'a\u0000') },
  );
const action = () =>
  fc.record(
    {
      type: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ACTION_TYPES) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) }),
      payload: fc.oneof(
        { weight: 6, arbitrary: fc.record({ type: fc.constantFrom(...MOVES, ...EVENTS), args, playerID, credentials: credentials() }, { requiredKeys: [] }) },
        { weight: 1, arbitrary: json },
      ),
      patch: fc.constant([{ op: 'copy', from: '/G/secret', path: '/G/private/US/stolen' }]),
      state: fc.constant({ G: null, ctx: {}, _stateID: 9999 }),
    },
    { requiredKeys: ['type'] },
  );
const matchIDs = () => fc.oneof({ weight: 6, arbitrary: fc.constant(matchID) }, { weight: 1, arbitrary: fc.oneof(nasty, fc.string({ maxLength: 30 })) });
/** A move for a seat with its own credentials and plausible arguments: the ones the rules get to judge. */
const seatMove = () =>
  fc.tuple(fc.nat({ max: ROLES.length - 1 }), fc.constantFrom(...MOVES), args, fc.nat({ max: 40 })).map(([seat, type, moveArgs, stateID]) => {
    const { playerID: id, credentials: creds } = seats[seat]!;
    return ['update', { type: 'MAKE_MOVE', payload: { type, args: moveArgs, playerID: id, credentials: creds } }, stateID, matchID, id] as const;
  });
/** A legal move of the match as last read (picked when sent): so the match moves on between the garbage. */
const LEGAL = 'legal';
const legalPick = () => fc.tuple(fc.constant(LEGAL), fc.nat(), fc.nat());
function legalMessage(seatPick: number, movePick: number): unknown[] | null {
  const choices = seats.flatMap((seat) => enumerateMoves(current.G, current.ctx.phase, seat.playerID).map((c) => ({ seat, ...c })));
  const choice = choices[(seatPick + movePick) % Math.max(1, choices.length)];
  if (!choice) return null;
  const { playerID: id, credentials: creds } = choice.seat;
  return ['update', { type: 'MAKE_MOVE', payload: { type: choice.move, args: choice.args, playerID: id, credentials: creds } }, current._stateID, matchID, id];
}
const message = () =>
  fc.oneof(
    { weight: 2, arbitrary: legalPick() },
    { weight: 6, arbitrary: seatMove() },
    { weight: 6, arbitrary: fc.tuple(fc.constant('update'), action(), fc.oneof(fc.nat({ max: 40 }), fc.constant('x')), matchIDs(), playerID) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('sync'), matchIDs(), playerID, credentials(), fc.nat({ max: 9 })) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('chat', 'patch', 'whatever'), matchIDs(), json) },
  );

/** The stored match replays: its log, from the same seed through the reducer, gives the state each seat reads. */
async function storedStateIsReachable(): Promise<void> {
  const views = await Promise.all(seats.map((seat) => syncOnce(server.url, matchID, seat)));
  const stateIDs = new Set(views.map((v) => v.state._stateID));
  if (stateIDs.size > 1) return storedStateIsReachable(); // a move landed between the reads: read again
  let replayed = startMatch(SETUP);
  views[0]!.log.forEach((entry, i) => {
    // Phases that end by themselves are logged as automatic events; nothing a client sent is anything but a move.
    if (entry.action.type !== 'MAKE_MOVE') return expect((entry as { automatic?: boolean }).automatic, JSON.stringify(entry.action)).toBe(true);
    const seat = String(entry.action.payload.playerID);
    // The move's arguments as its author reads them (orders are redacted in everyone else's log).
    const own = views[Number(seat)]!.log[i]!.action.payload as { type: string; args: unknown[] | null };
    const next = applyMove(replayed, seat, own.type, own.args ?? []);
    expect(next._stateID, `logged ${own.type} by ${seat} is legal`).toBe(replayed._stateID + 1);
    replayed = next;
  });
  current = replayed;
  views.forEach(({ state }, seat) => {
    expect(state._stateID).toBe(replayed._stateID);
    expect(state.ctx.phase).toBe(replayed.ctx.phase);
    // What the server sends a seat: its view, with only the recent rounds' headlines (wireView).
    expect(state.G).toEqual(wireView(replayed.G, String(seat), replayed.ctx.gameover !== undefined));
  });
}

describe('random socket messages never crash the server or put it in a state the rules cannot reach', () => {
  test('batches of random actions and arguments from a seated socket', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(message(), { minLength: 1, maxLength: 6 }), async (batch) => {
        const before = attacker.received.filter((m) => m[0] === 'update').length;
        for (const m of batch) {
          const sent = m[0] === LEGAL ? legalMessage(m[1] as number, m[2] as number) : m;
          if (sent) attacker.socket.emit(sent[0] as string, ...sent.slice(1));
        }
        expect(await healthy(server.url)).toBe(true);
        await storedStateIsReachable();
        accepted += attacker.received.filter((m) => m[0] === 'update').length - before;
      }),
      { numRuns: 60, seed: 14, interruptAfterTimeLimit: 45_000, endOnFailure: true },
    );
    expect(attacker.socket.connected, 'the seated socket was never dropped').toBe(true);
    // Positive control: the generator does reach the rules (some random moves were legal and applied).
    const reasons = attacker.received.filter((m) => m[0] === 'refused').map((m) => (m[1] as { reason: string }).reason);
    const counts: Record<string, number> = {};
    for (const r of reasons) counts[r] = (counts[r] ?? 0) + 1;
    expect(accepted, `refusals: ${JSON.stringify(counts)}`).toBeGreaterThan(0);
    expect(server.output()).not.toMatch(/unhandled rejection|uncaught exception/);
  }, 90_000);
});
