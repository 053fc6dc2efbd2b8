import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enumerateMoves } from '../../shared/enumerate';
import { ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { GameResult } from '../../shared/scoring';
import { autoPlay, connect, createMatchWithPeople, lobby, startHeldMatch, waitFor } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';
import { forgedActions, listen, movesIn, refusals, statesIn } from './support/wire';

const SEED = 'wire-secret-seed-5f2c9e';

/** Every JSON-patch operation in the 'patch' messages (a socket that asks for them gets moves as patches: server/socket/seatPatches.ts). */
function patchOpsIn(received: unknown[][]): { op: string; path: string; value?: unknown }[] {
  return received.filter((m) => m[0] === 'patch').flatMap((m) => m[4] as { op: string; path: string; value?: unknown }[]);
}

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server?.dispose();
});

describe('the wire never carries another seat’s secrets', () => {
  test('a raw socket per seat, a spectator and an impostor each receive only what they may see, for a whole match', async () => {
    const { matchID, seats } = await createMatchWithPeople(server.url, [...ROLES], { rounds: 4, seed: SEED });
    await startHeldMatch(server.url, matchID, seats.US!);
    const listeners = new Map<string, ReturnType<typeof listen>>();
    // Each asks for patches, as the browser does; one spectator takes whole updates.
    const patches = { patches: true };
    for (const role of ROLES) listeners.set(role, listen(server.url, matchID, seats[role]!, patches));
    listeners.set('spectator', listen(server.url, matchID, null, patches));
    // A second spectator: the server sends one message per seat to all of that seat's sockets (seatBroadcast).
    listeners.set('second spectator', listen(server.url, matchID, null, patches));
    listeners.set('whole spectator', listen(server.url, matchID, null));
    listeners.set('impostor', listen(server.url, matchID, { playerID: '1', credentials: 'not-the-credentials' }, patches));
    await waitFor('every seat and the spectator to sync', () => [...listeners].every(([who, l]) => who === 'impostor' || l.received.length > 0));

    const clients = ROLES.map((role) => connect(server.url, matchID, seats[role]));
    const players = clients.map(autoPlay);
    // While the match is played, every seat's socket keeps sending the forged actions boardgame.io would apply.
    let forgeries = 0;
    const forge = setInterval(() => {
      ROLES.forEach((role, i) => {
        const other = ROLES[(i + 1) % ROLES.length]!;
        const { socket } = listeners.get(role)!;
        const stateID = clients[i]!.getState()?._stateID ?? 0;
        for (const f of forgedActions(seats[role]!, role, other, seats[other]!.playerID)) socket.emit('update', f.action, stateID, matchID, f.playerID);
      });
      forgeries += 1;
    }, 700);
    const result = await waitFor('the end', () => clients[0]!.getState()?.ctx.gameover as GameResult | undefined, 120_000);
    clearInterval(forge);
    await new Promise((r) => setTimeout(r, 300));
    players.forEach((p) => p.stop());
    expect(forgeries, 'forged actions were sent during the match').toBeGreaterThan(0);
    for (const role of ROLES) expect(refusals(listeners.get(role)!).length, `${role}'s forgeries were refused`).toBeGreaterThan(0);
    expect((result as unknown as { outcome?: string }).outcome, 'the forged endGame result was not stored').not.toBe('forged');
    clients.forEach((c) => c.stop());
    // The two spectators' sockets heard the very same updates.
    const updatesOf = (who: string) =>
      listeners
        .get(who)!
        .received.filter((m) => m[0] === 'update' || m[0] === 'patch')
        .map((m) => JSON.stringify(m));
    expect(updatesOf('second spectator').length).toBeGreaterThan(5);
    expect(updatesOf('second spectator')).toEqual(updatesOf('spectator'));
    // The seats and spectators that asked for patches got moves as patches, the other spectator whole updates.
    for (const who of [...ROLES, 'spectator']) expect(patchOpsIn(listeners.get(who)!.received).length, who).toBeGreaterThan(5);
    expect(patchOpsIn(listeners.get('whole spectator')!.received)).toHaveLength(0);

    for (const [who, { socket, received }] of listeners) {
      socket.close();
      const role = (ROLES as readonly string[]).includes(who) ? (who as Role) : null;
      const text = JSON.stringify(received);
      expect(text, who).not.toContain(SEED);
      for (const other of ROLES) expect(text, `${who} received ${other}'s credentials`).not.toContain(seats[other]!.credentials);

      if (who === 'impostor') {
        expect(statesIn(received), 'the impostor got no state at all').toHaveLength(0);
        continue;
      }
      const states = statesIn(received);
      expect(states.length, who).toBeGreaterThan(who === 'whole spectator' ? 5 : 0);
      for (const G of states) {
        expect(G.secret, who).toBeNull();
        // The initial state in a sync is the spectator's (no private slices at all); every other state holds only the seat's own.
        for (const key of Object.keys(G.private as object)) expect(key, who).toBe(role);
      }
      const ops = patchOpsIn(received);
      for (const op of ops) {
        const privateOf = /^\/G\/private\/([A-Z]+)/.exec(op.path)?.[1];
        if (privateOf) expect(privateOf, `${who} patched ${op.path}`).toBe(role);
        if (op.path.startsWith('/G/secret')) expect(op.value ?? null, `${who} patched ${op.path}`).toBeNull();
        if (op.path === '/G/private' && op.value) for (const key of Object.keys(op.value as object)) expect(key, who).toBe(role);
      }
      if (role)
        expect(
          states.some((G) => Object.keys(G.private as object).includes(role)),
          `${who} got its own slice`,
        ).toBe(true);
      // Orders are redacted in the log for everyone but their author.
      const orders = movesIn(received).filter((m) => m.type === 'submitOrders');
      expect(orders.length, who).toBeGreaterThan(0);
      for (const m of orders) expect(m.args === null, `${who} sees ${m.playerID}'s orders`).toBe(ROLES[Number(m.playerID)] !== role);
      // Before the end, no other role's secret agenda appears anywhere in what this seat received.
      const beforeEnd = JSON.stringify(received.filter((message) => !JSON.stringify(message).includes('"gameover"')));
      for (const other of ROLES) {
        const agenda = result.agendas[other];
        if (other !== role && agenda) expect(beforeEnd, `${who} saw ${other}'s agenda`).not.toContain(`"${agenda}"`);
      }
    }
  }, 180_000);

  test('a move needs the seat’s own credentials, even in a match nobody has joined yet (boardgame.io lets those through by default)', async () => {
    const { matchID } = await createMatchWithPeople(server.url, [], { rounds: 4, seed: 'no-one-here' });
    const watcher = listen(server.url, matchID, null);
    await waitFor('the spectator sync', () => watcher.received.length > 0);
    const mover = io(`${server.url}/peninsula`, { transports: ['websocket'] });
    // A move seat 0 could legally make now, read off the spectator's synced state.
    const synced = (watcher.received.find((m) => m[0] === 'sync')?.[2] as { state: { G: PeninsulaState; ctx: { phase: string }; _stateID: number } }).state;
    const seat = ['0', '1', '2', '3', '4'].find((id) => enumerateMoves(synced.G, synced.ctx.phase, id).length > 0)!;
    const choices = enumerateMoves(synced.G, synced.ctx.phase, seat);
    // `done` stays legal while the bots (seated at Start) make their own moves.
    const legal = choices.find((c) => c.move === 'done') ?? choices[0]!;
    const attempt = (credentials: string | undefined) =>
      mover.emit('update', { type: 'MAKE_MOVE', payload: { type: legal.move, args: legal.args, playerID: seat, credentials } }, synced._stateID, matchID, seat);
    await waitFor('connection', () => mover.connected);
    const updates = () => watcher.received.filter((m) => m[0] === 'update' || m[0] === 'patch').length;
    const refused: string[] = [];
    mover.on('refused', (r: { reason: string }) => refused.push(r.reason));
    attempt(undefined);
    attempt('made-up');
    await waitFor('both refusals', () => refused.length === 2);
    expect(refused.sort()).toEqual(['BAD_CREDENTIALS', 'PAUSED']);
    expect(updates()).toBe(0);
    // The same move with the seat's real credentials goes through once its host starts the match: the check above can fail.
    const { playerCredentials } = await lobby(server.url).joinMatch('peninsula', matchID, { playerID: seat, playerName: 'Real' });
    await startHeldMatch(server.url, matchID, { playerID: seat, credentials: playerCredentials });
    attempt('made-up');
    await waitFor('the refusal of made-up credentials in a started match', () => refused.includes('UNAUTHORIZED'));
    attempt(playerCredentials);
    await waitFor('the real move', () => movesIn(watcher.received).some((m) => m.playerID === seat && m.type === legal.move));
    mover.close();
    watcher.socket.close();
  }, 60_000);
});
