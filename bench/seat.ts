import type { State } from 'boardgame.io';
import { io, type Socket } from 'socket.io-client';
import { WIRE_PATCHES, WIRE_QUERY_KEY, type ViewPatchOp } from '../shared/api/wire';

/**
 * The bench's client side of boardgame.io over socket.io: one socket per seat (forceNew: no multiplexing).
 * Each asks for moves as patches, as the browser does (shared/api/wire.ts); a server that does not send
 * them (tic-tac-toe's, a baseline's) sends whole updates.
 */

export async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export function connect(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, query: { [WIRE_QUERY_KEY]: WIRE_PATCHES } });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Runs `task` on every item with at most `limit` at once (setting up 1,000 sockets at once only measures the accept queue). */
export async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(task));
}

const MOVE_TIMEOUT_MS = 10_000;

/** A JSON pointer's tokens (RFC 6901). */
const tokensOf = (path: string) =>
  path
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/**
 * Applies one of the server's patches (add, replace, remove: server/socket/viewPatch.ts) to a seat's own state,
 * in place; false if an operation does not fit. boardgame.io's client (its reducer's PATCH) first copies the whole
 * state through JSON, which costs more than parsing a whole update: a browser does that for its one seat, but this
 * process does it for a thousand seats on the two cores the server is measured on, and with it the servers ran
 * below saturation (loop busy 0.81 against 0.98, moves/s 0.82x of the same server sending whole updates).
 */
export function applyInPlace(state: unknown, ops: readonly ViewPatchOp[]): boolean {
  for (const op of ops) {
    const tokens = tokensOf(op.path);
    const last = tokens.pop();
    let parent = state as Record<string, unknown> | unknown[] | null;
    for (const t of tokens) parent = (parent as Record<string, unknown> | null)?.[t] as typeof parent;
    if (last === undefined || typeof parent !== 'object' || parent === null) return false;
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(i) || i < 0 || i > parent.length) return false;
      if (op.op === 'add') parent.splice(i, 0, op.value);
      else if (op.op === 'replace') parent[i] = op.value;
      else parent.splice(i, 1);
    } else if (op.op === 'remove') delete parent[last];
    else parent[last] = op.value;
  }
  return true;
}

/** A boardgame.io seat over socket.io: the latest state it was sent, the bytes it received, and a way to wait for a newer state. */
export class Seat<G> {
  state: State<G> | null = null;
  /** When the last move left, epoch ms (performance.timeOrigin + now: comparable with the server's process, bench/tailTrace.ts). */
  sentAt = 0;
  private waiters: { after: number; resolve: (s: State<G>) => void }[] = [];

  constructor(
    readonly socket: Socket,
    readonly matchID: string,
    readonly playerID: string,
    readonly credentials: string,
  ) {
    const take = (matchId: string, state: State<G>) => {
      if (matchId !== this.matchID || (this.state && state._stateID <= this.state._stateID)) return;
      this.state = state;
      this.waiters = this.waiters.filter((w) => (state._stateID > w.after ? (w.resolve(state), false) : true));
    };
    socket.on('sync', (matchId: string, info: { state: State<G> }) => take(matchId, info.state));
    socket.on('update', (matchId: string, state: State<G>) => take(matchId, state));
    // As boardgame.io's client takes a patch: only onto the state it names; one that does not fit asks for a sync.
    socket.on('patch', (matchId: string, prevStateID: number, stateID: number, patch: ViewPatchOp[]) => {
      const held = this.state;
      if (matchId !== this.matchID || held?._stateID !== prevStateID) return;
      if (!applyInPlace(held, patch) || held._stateID !== stateID) {
        this.state = null;
        this.socket.emit('sync', this.matchID, this.playerID, this.credentials);
        return;
      }
      this.state = null; // the same object, newer now: taken as a new state
      take(matchId, held);
    });
  }

  sync(numPlayers: number): Promise<State<G>> {
    const ready = this.newerThan(-1);
    this.socket.emit('sync', this.matchID, this.playerID, this.credentials, numPlayers);
    return ready;
  }

  newerThan(stateID: number): Promise<State<G>> {
    if (this.state && this.state._stateID > stateID) return Promise.resolve(this.state);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no state after ${stateID} in ${MOVE_TIMEOUT_MS} ms (${this.matchID}/${this.playerID})`)),
        MOVE_TIMEOUT_MS,
      );
      this.waiters.push({ after: stateID, resolve: (s) => (clearTimeout(timer), resolve(s)) });
    });
  }

  /** Sends a move; resolves with the round-trip time once this seat sees the state it made. */
  async move(type: string, args: unknown[]): Promise<number> {
    const stateID = this.state!._stateID;
    const started = performance.now();
    this.sentAt = performance.timeOrigin + started;
    const action = { type: 'MAKE_MOVE', payload: { type, args, playerID: this.playerID, credentials: this.credentials } };
    this.socket.emit('update', action, stateID, this.matchID, this.playerID);
    await this.newerThan(stateID);
    return performance.now() - started;
  }
}

export async function openMatch<G>(url: string, game: string, numPlayers: number, setupData: unknown): Promise<Seat<G>[]> {
  const { matchID } = await post<{ matchID: string }>(`${url}/games/${game}/create`, { numPlayers, ...(setupData ? { setupData } : {}) });
  const seats: Seat<G>[] = [];
  for (let p = 0; p < numPlayers; p++) {
    const { playerCredentials } = await post<{ playerCredentials: string }>(`${url}/games/${game}/${matchID}/join`, {
      playerID: String(p),
      playerName: `bench${p}`,
    });
    seats.push(new Seat<G>(await connect(`${url}/${game}`), matchID, String(p), playerCredentials));
  }
  // A Peninsula Lobby match is held until its host starts it (server/http/matchStart.ts).
  if (game === 'peninsula') await post(`${url}/api/matches/${matchID}/start`, { playerID: '0', credentials: seats[0]!.credentials });
  await Promise.all(seats.map((s) => s.sync(numPlayers)));
  return seats;
}

export function closeMatch(seats: readonly { socket: Socket }[]): void {
  for (const s of seats) s.socket.close();
}

export { MOVE_TIMEOUT_MS };
