import { Client } from 'boardgame.io/client';
import { LobbyClient } from 'boardgame.io/client';
import { matchSocket } from '../../../client/common/matchSocket';
import { chooseBotMove } from '../../../shared/bots';
import { Peninsula } from '../../../shared/game';
import type { PeninsulaState } from '../../../shared/state';
import { ROLES, type Role } from '../../../shared/roles';

export type PeninsulaClient = ReturnType<typeof Client<PeninsulaState>>;

export interface Seat {
  playerID: string;
  credentials: string;
}

export function lobby(url: string): LobbyClient {
  return new LobbyClient({ server: url });
}

/** Creates a match and seats people in the given roles; the other seats are left for bots. */
export async function createMatchWithPeople(
  url: string,
  people: Role[],
  setupData: Record<string, unknown> = {},
): Promise<{ matchID: string; seats: Record<string, Seat> }> {
  const client = lobby(url);
  const { matchID } = await client.createMatch('peninsula', { numPlayers: 5, setupData });
  const seats: Record<string, Seat> = {};
  for (const role of people) {
    const playerID = String(ROLES.indexOf(role));
    const { playerCredentials } = await client.joinMatch('peninsula', matchID, { playerID, playerName: `Player ${role}` });
    seats[role] = { playerID, credentials: playerCredentials };
  }
  return { matchID, seats };
}

/** The host presses Start: a Lobby match is held (no moves) until then (server/http/matchStart.ts). */
export async function startHeldMatch(url: string, matchID: string, host: Seat): Promise<void> {
  const response = await fetch(`${url}/api/matches/${matchID}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(host),
  });
  if (!response.ok) throw new Error(`start ${matchID}: ${response.status} ${await response.text()}`);
}

/**
 * boardgame.io's own socket client for one seat (or a spectator when seat is undefined), on the
 * browser's transport (client/common/matchSocket.ts: it asks for moves as patches).
 */
export function connect(url: string, matchID: string, seat?: Seat): PeninsulaClient {
  const client = Client<PeninsulaState>({
    game: Peninsula,
    numPlayers: 5,
    matchID,
    multiplayer: matchSocket(url),
    debug: false,
    ...(seat ? { playerID: seat.playerID, credentials: seat.credentials } : {}),
  });
  client.start();
  return client;
}

/**
 * A person at a seat, played by the ruleset's bot on that seat's own view: whenever a new state
 * arrives and the seat has something to do, it makes one move. Like a person whose click was
 * refused (another seat moved first), it looks again a little later if nothing new arrives.
 */
export function autoPlay(client: PeninsulaClient): { moves: () => number; stop: () => void } {
  let moves = 0;
  let lastKey = '';
  let lastAt = 0;
  let stopped = false;
  const consider = () => {
    const state = client.getState();
    if (stopped || !state || state.ctx.gameover !== undefined || !client.playerID) return;
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: client.playerID, personality: 'dealmaker' });
    if (!choice) return;
    // A person does not click the same thing twice while the first click is on its way.
    const key = `${state._stateID}:${choice.move}:${JSON.stringify(choice.args)}`;
    if (key === lastKey && Date.now() - lastAt < 2000) return;
    lastKey = key;
    lastAt = Date.now();
    moves += 1;
    client.moves[choice.move]?.(...choice.args);
  };
  // Let the subscription return before the move goes out.
  const unsubscribe = client.subscribe(() => void setTimeout(consider, 0));
  const retry = setInterval(consider, 500);
  return {
    moves: () => moves,
    stop: () => {
      stopped = true;
      clearInterval(retry);
      unsubscribe();
    },
  };
}

/** waitFor with a probe that asks the server (a Lobby read, a metrics scrape). */
export async function waitForAsync<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
