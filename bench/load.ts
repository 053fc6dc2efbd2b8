import type { State } from 'boardgame.io';
import { io, type Socket } from 'socket.io-client';
import { chooseBotMove } from '../shared/bots';
import { PERSONALITIES } from '../shared/options';
import { nextRandom, seedFromString } from '../shared/rng';
import type { PeninsulaState } from '../shared/state';
import { ticTacToeMove, type TicTacToeState } from './ticTacToe';

/**
 * Load drivers: K concurrent matches played by bots over real socket.io connections, one socket
 * per seat (forceNew: no multiplexing), one move in flight per match. A move's round-trip is the
 * time from sending it to the mover receiving the state that contains it. Every driver runs for
 * a fixed window and counts only moves completed in it.
 */
export interface LoadResult {
  matches: number;
  seconds: number;
  moves: number;
  movesPerSecond: number;
  rttMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  gamesFinished: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summarise(matches: number, seconds: number, rtts: number[], gamesFinished: number, errors: number): LoadResult {
  const sorted = [...rtts].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    matches, seconds, moves: rtts.length, movesPerSecond: r(rtts.length / seconds),
    rttMs: { p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), mean: r(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)), max: r(sorted.at(-1) ?? 0) },
    gamesFinished, errors,
  };
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function connect(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Runs `tasks` with at most `limit` at once (setting up 1,000 sockets at once only measures the accept queue). */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(task));
}

const MOVE_TIMEOUT_MS = 10_000;

/** A boardgame.io seat over socket.io: the latest state it was sent, and a way to wait for a newer one. */
class Seat<G> {
  state: State<G> | null = null;
  private waiters: { after: number; resolve: (s: State<G>) => void }[] = [];

  constructor(readonly socket: Socket, readonly matchID: string, readonly playerID: string, readonly credentials: string) {
    const take = (matchId: string, state: State<G>) => {
      if (matchId !== this.matchID || (this.state && state._stateID <= this.state._stateID)) return;
      this.state = state;
      this.waiters = this.waiters.filter((w) => (state._stateID > w.after ? (w.resolve(state), false) : true));
    };
    socket.on('sync', (matchId: string, info: { state: State<G> }) => take(matchId, info.state));
    socket.on('update', (matchId: string, state: State<G>) => take(matchId, state));
  }

  sync(numPlayers: number): Promise<State<G>> {
    const ready = this.newerThan(-1);
    this.socket.emit('sync', this.matchID, this.playerID, this.credentials, numPlayers);
    return ready;
  }

  newerThan(stateID: number): Promise<State<G>> {
    if (this.state && this.state._stateID > stateID) return Promise.resolve(this.state);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no state after ${stateID} in ${MOVE_TIMEOUT_MS} ms (${this.matchID}/${this.playerID})`)), MOVE_TIMEOUT_MS);
      this.waiters.push({ after: stateID, resolve: (s) => (clearTimeout(timer), resolve(s)) });
    });
  }

  /** Sends a move; resolves with the round-trip time once this seat sees the state it made. */
  async move(type: string, args: unknown[]): Promise<number> {
    const stateID = this.state!._stateID;
    const started = performance.now();
    const action = { type: 'MAKE_MOVE', payload: { type, args, playerID: this.playerID, credentials: this.credentials } };
    this.socket.emit('update', action, stateID, this.matchID, this.playerID);
    await this.newerThan(stateID);
    return performance.now() - started;
  }
}

async function openMatch<G>(url: string, game: string, numPlayers: number, setupData: unknown): Promise<Seat<G>[]> {
  const { matchID } = await post<{ matchID: string }>(`${url}/games/${game}/create`, { numPlayers, ...(setupData ? { setupData } : {}) });
  const seats: Seat<G>[] = [];
  for (let p = 0; p < numPlayers; p++) {
    const { playerCredentials } = await post<{ playerCredentials: string }>(`${url}/games/${game}/${matchID}/join`, { playerID: String(p), playerName: `bench${p}` });
    seats.push(new Seat<G>(await connect(`${url}/${game}`), matchID, String(p), playerCredentials));
  }
  // A Lobby match is held until its host presses Start (server/http/matchStart.ts).
  if (game === 'peninsula') await post(`${url}/api/matches/${matchID}/start`, { playerID: seats[0]!.playerID, credentials: seats[0]!.credentials });
  await Promise.all(seats.map((s) => s.sync(numPlayers)));
  return seats;
}

function closeMatch(seats: readonly { socket: Socket }[]): void {
  for (const s of seats) s.socket.close();
}

/** Plays moves in one match until the window closes; opens a fresh match when one ends. */
async function playWindow<G>(options: {
  open: (n: number) => Promise<Seat<G>[]>;
  first: Seat<G>[];
  deadline: number;
  next: (seats: Seat<G>[], turn: number) => { seat: Seat<G>; type: string; args: unknown[] } | null;
  rtts: number[];
  counters: { games: number; errors: number };
}): Promise<void> {
  let seats = options.first;
  let n = 0;
  let turn = 0;
  while (performance.now() < options.deadline) {
    const over = seats[0]!.state?.ctx.gameover !== undefined;
    const choice = over ? null : options.next(seats, turn++);
    if (!choice) {
      if (over) options.counters.games += 1;
      else options.counters.errors += 1;
      closeMatch(seats);
      seats = await options.open(++n);
      continue;
    }
    try {
      const rtt = await choice.seat.move(choice.type, choice.args);
      if (performance.now() <= options.deadline) options.rtts.push(rtt);
      // Everyone's view must catch up before the next seat decides on it.
      const target = choice.seat.state!._stateID;
      await Promise.all(seats.map((s) => s.newerThan(target - 1)));
    } catch {
      options.counters.errors += 1;
      closeMatch(seats);
      seats = await options.open(++n);
    }
  }
  closeMatch(seats);
}

/** K Peninsula matches, every seat a heuristic bot driven from the client side, against the real server. */
export async function peninsulaLoad(url: string, k: number, seconds: number): Promise<LoadResult> {
  const open = (slot: number) => (n: number) => openMatch<PeninsulaState>(url, 'peninsula', 5, { seed: `bench-${k}-${slot}-${n}` });
  const firsts: Seat<PeninsulaState>[][] = new Array(k);
  await inBatches([...Array(k).keys()], 20, async (i) => void (firsts[i] = await open(i)(0)));
  const rtts: number[] = [];
  const counters = { games: 0, errors: 0 };
  const deadline = performance.now() + seconds * 1000;
  const next = (seats: Seat<PeninsulaState>[], turn: number) => {
    for (let j = 0; j < seats.length; j++) {
      const seat = seats[(turn + j) % seats.length]!;
      const state = seat.state!;
      const personality = PERSONALITIES[Number(seat.playerID) % PERSONALITIES.length]!;
      const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: seat.playerID, personality });
      if (choice) return { seat, type: choice.move, args: choice.args };
    }
    return null;
  };
  await Promise.all(firsts.map((first, slot) => playWindow({ open: open(slot), first, deadline, next, rtts, counters })));
  return summarise(k, seconds, rtts, counters.games, counters.errors);
}

/** K tic-tac-toe matches on boardgame.io's Server: random bots, two sockets per match. */
export async function ticTacToeLoad(url: string, k: number, seconds: number): Promise<LoadResult> {
  const open = () => openMatch<TicTacToeState>(url, 'tictactoe', 2, undefined);
  const firsts: Seat<TicTacToeState>[][] = new Array(k);
  await inBatches([...Array(k).keys()], 20, async (i) => void (firsts[i] = await open()));
  const rtts: number[] = [];
  const counters = { games: 0, errors: 0 };
  const deadline = performance.now() + seconds * 1000;
  let rng = seedFromString(`ttt-${k}`);
  const random = () => {
    const [v, s] = nextRandom(rng);
    rng = s;
    return v;
  };
  const next = (seats: Seat<TicTacToeState>[]) => {
    const state = seats[0]!.state!;
    const seat = seats[Number(state.ctx.currentPlayer)]!;
    return { seat, type: 'clickCell', args: [ticTacToeMove(state.G, random)] };
  };
  await Promise.all(firsts.map((first) => playWindow({ open, first, deadline, next, rtts, counters })));
  return summarise(k, seconds, rtts, counters.games, counters.errors);
}

/** K rooms of five sockets on a bare socket.io echo server: the transport's own limit. */
export async function echoLoad(url: string, k: number, seconds: number, payloadBytes: number): Promise<LoadResult> {
  const payload = { type: 'MAKE_MOVE', body: 'x'.repeat(payloadBytes) };
  const rooms: Socket[][] = new Array(k);
  await inBatches([...Array(k).keys()], 20, async (i) => {
    const sockets = await Promise.all([0, 1, 2, 3, 4].map(() => connect(`${url}/echo`)));
    for (const s of sockets) s.emit('join', `room${i}`);
    rooms[i] = sockets;
  });
  await new Promise((r) => setTimeout(r, 200));
  const rtts: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  let errors = 0;
  await Promise.all(rooms.map(async (sockets, i) => {
    let turn = 0;
    while (performance.now() < deadline) {
      const sender = sockets[turn % sockets.length]!;
      const seq = turn++;
      const started = performance.now();
      try {
        await new Promise<void>((resolve, reject) => {
          // Every socket in the room hears every echo: wait for the one carrying this message's number.
          const onEcho = (echoed: { seq: number }) => {
            if (echoed.seq !== seq) return;
            clearTimeout(timer);
            sender.off('update', onEcho);
            resolve();
          };
          const timer = setTimeout(() => (sender.off('update', onEcho), reject(new Error('echo timeout'))), MOVE_TIMEOUT_MS);
          sender.on('update', onEcho);
          sender.emit('update', `room${i}`, { ...payload, seq });
        });
        if (performance.now() <= deadline) rtts.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  }));
  for (const sockets of rooms) for (const s of sockets) s.close();
  return summarise(k, seconds, rtts, 0, errors);
}

/** Opens `count` Peninsula matches with every seat connected, for the memory measurement; returns a closer. */
export async function openIdleMatches(url: string, count: number): Promise<() => void> {
  const all: Seat<PeninsulaState>[][] = [];
  await inBatches([...Array(count).keys()], 20, async (i) => void all.push(await openMatch<PeninsulaState>(url, 'peninsula', 5, { seed: `idle-${i}` })));
  return () => all.forEach((seats) => closeMatch(seats));
}
