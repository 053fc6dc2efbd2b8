import type { Socket } from 'socket.io-client';
import { chooseBotMove } from '../shared/bots';
import { PERSONALITIES } from '../shared/options';
import { nextRandom, seedFromString } from '../shared/rng';
import type { PeninsulaState } from '../shared/state';
import { closeMatch, connect, inBatches, MOVE_TIMEOUT_MS, openMatch, type Seat } from './seat';
import { ticTacToeMove, type TicTacToeState } from './ticTacToe';

/**
 * Load drivers: K concurrent matches played by bots over real socket.io connections, one move in
 * flight per match. A move's round-trip is the time from sending it to the mover receiving the state
 * that contains it. A load is prepared once (matches opened, every seat synced) and then played in
 * windows, so that bench/run.ts can interleave the servers' windows (A B C A B C …).
 */
export type LoadKind = 'peninsula' | 'ungated' | 'baseline' | 'tictactoe' | 'echo';

export interface WindowResult {
  /** Moves completed inside the window (their round-trips are in `rtts`). */
  moves: number;
  /** Moves in flight at the deadline, completed after it: the server's CPU was spent on them too. */
  movesAfter: number;
  rtts: number[];
  /** Matches set up during the window (a game ended and no spare was left): each costs the server a match setup. */
  setups: number;
  /** Matches that ended and were replaced by a spare set up before the window (no setup in it). */
  replaced: number;
  games: number;
  errors: number;
  /** The clients' own event loop in the window (loadProcess.ts): busy share, and how long a turn of it was held. */
  clientLoop?: { busy: number; delayP99Ms: number; delayMaxMs: number };
  /** With tracing (bench:profile --tail): each move of the window, its match, the state id it made, when it left (epoch ms) and its round-trip. */
  traces?: MoveSent[];
}

export interface MoveSent {
  m: string;
  s: number;
  at: number;
  rtt: number;
}

export interface Load {
  window(seconds: number): Promise<WindowResult>;
  /**
   * Between two windows (unmeasured): closes the matches that ended in the last one and sets up spares for the next,
   * as many as `seconds` of play used at the fastest rate seen so far, with a margin.
   */
  between(seconds: number): Promise<void>;
  close(): void;
}

type Move<G> = { seat: Seat<G>; type: string; args: unknown[] };

/**
 * Spares beyond the expected need: twice, since a window with setups in it plays slower than one without (tic-tac-toe's
 * moves/s doubled), and the rate varies from window to window; a shortfall is set up in the window and counted.
 */
const SPARE_MARGIN = 2;
/** Spares before the first window, when nothing is known yet (at least one per match). */
const FIRST_SPARES = 100;

/**
 * K matches kept open between windows. A match that ends is replaced by a spare set up before the window, and closed
 * after it, so that a window's server CPU is spent on moves (a tic-tac-toe game lasts at most nine moves: in-window setups
 * were most of its CPU). Only when the spares run out is a match set up inside the window (counted in `setups`).
 */
async function matchLoad<G>(
  k: number,
  open: (slot: number, n: number) => Promise<Seat<G>[]>,
  next: (seats: Seat<G>[], turn: number) => Move<G> | null,
  trace: boolean,
): Promise<Load> {
  const slots: Seat<G>[][] = new Array(k);
  let opened = 0;
  const spares: Seat<G>[][] = [];
  const ended: Seat<G>[][] = [];
  let fastestPerSecond = 0;
  const openSpares = (count: number) => inBatches([...Array(Math.max(0, count)).keys()], 20, async () => void spares.push(await open(k, ++opened)));
  await inBatches([...Array(k).keys()], 20, async (i) => void (slots[i] = await open(i, ++opened)));
  let turn = 0;
  return {
    async between(seconds) {
      ended.splice(0).forEach((seats) => closeMatch(seats));
      const need = fastestPerSecond === 0 ? Math.max(k, FIRST_SPARES) : Math.ceil(fastestPerSecond * seconds * SPARE_MARGIN);
      await openSpares(need - spares.length);
    },
    async window(seconds) {
      const result: WindowResult = { moves: 0, movesAfter: 0, rtts: [], setups: 0, replaced: 0, games: 0, errors: 0, ...(trace ? { traces: [] } : {}) };
      const started = performance.now();
      const deadline = started + seconds * 1000;
      const replace = async (slot: number) => {
        ended.push(slots[slot]!);
        const spare = spares.pop();
        if (spare) {
          slots[slot] = spare;
          result.replaced += 1;
        } else {
          slots[slot] = await open(slot, ++opened);
          result.setups += 1;
        }
      };
      await Promise.all(
        slots.map(async (_, slot) => {
          while (performance.now() < deadline) {
            const seats = slots[slot]!;
            const over = seats[0]!.state?.ctx.gameover !== undefined;
            const choice = over ? null : next(seats, turn++);
            if (!choice) {
              if (over) result.games += 1;
              else result.errors += 1;
              await replace(slot);
              continue;
            }
            try {
              const made = choice.seat.state!._stateID + 1;
              const rtt = await choice.seat.move(choice.type, choice.args);
              if (performance.now() <= deadline) {
                result.moves += 1;
                result.rtts.push(rtt);
                result.traces?.push({ m: choice.seat.matchID, s: made, at: choice.seat.sentAt, rtt });
              } else result.movesAfter += 1;
              // Everyone's view must catch up before the next seat decides on it.
              const target = choice.seat.state!._stateID;
              await Promise.all(seats.map((s) => s.newerThan(target - 1)));
            } catch {
              result.errors += 1;
              await replace(slot);
            }
          }
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      fastestPerSecond = Math.max(fastestPerSecond, (result.replaced + result.setups) / elapsed);
      return result;
    },
    close: () => [...slots, ...spares, ...ended].forEach((seats) => closeMatch(seats)),
  };
}

export type ChooseBotMove = typeof chooseBotMove;

/** Every seat a heuristic bot, thinking in this (the client's) process; `choose` is the bot of the code the server runs. */
export function peninsulaLoad(url: string, k: number, choose: ChooseBotMove = chooseBotMove, trace = false): Promise<Load> {
  return matchLoad<PeninsulaState>(
    k,
    (slot, n) => openMatch(url, 'peninsula', 5, { seed: `bench-${k}-${slot}-${n}` }),
    (seats, turn) => {
      for (let j = 0; j < seats.length; j++) {
        const seat = seats[(turn + j) % seats.length]!;
        const state = seat.state!;
        const personality = PERSONALITIES[Number(seat.playerID) % PERSONALITIES.length]!;
        const choice = choose({ G: state.G, ctx: state.ctx, playerID: seat.playerID, personality });
        if (choice) return { seat, type: choice.move, args: choice.args };
      }
      return null;
    },
    trace,
  );
}

/** Random tic-tac-toe players, two sockets per match. */
export function ticTacToeLoad(url: string, k: number, trace = false): Promise<Load> {
  let rng = seedFromString(`ttt-${k}`);
  const random = () => {
    const [v, s] = nextRandom(rng);
    rng = s;
    return v;
  };
  return matchLoad<TicTacToeState>(
    k,
    () => openMatch(url, 'tictactoe', 2, undefined),
    (seats) => {
      const state = seats[0]!.state!;
      return { seat: seats[Number(state.ctx.currentPlayer)]!, type: 'clickCell', args: [ticTacToeMove(state.G, random)] };
    },
    trace,
  );
}

/** K rooms of five sockets on a bare socket.io echo server; every message of `bytes` goes to all five, as an update does. */
export async function echoLoad(url: string, k: number, bytes: number): Promise<Load> {
  const payload = { type: 'update', body: 'x'.repeat(bytes) };
  const rooms: Socket[][] = new Array(k);
  await inBatches([...Array(k).keys()], 20, async (i) => {
    const sockets = await Promise.all([0, 1, 2, 3, 4].map(() => connect(`${url}/echo`)));
    for (const s of sockets) s.emit('join', `room${i}`);
    rooms[i] = sockets;
  });
  await new Promise((r) => setTimeout(r, 200));
  let seq = 0;
  return {
    between: async () => {},
    async window(seconds) {
      const result: WindowResult = { moves: 0, movesAfter: 0, rtts: [], setups: 0, replaced: 0, games: 0, errors: 0 };
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        rooms.map(async (sockets, i) => {
          for (let turn = 0; performance.now() < deadline; turn++) {
            const sender = sockets[turn % sockets.length]!;
            const mine = seq++;
            const started = performance.now();
            try {
              await new Promise<void>((resolve, reject) => {
                // Every socket in the room hears every echo: wait for the one carrying this message's number.
                const onEcho = (echoed: { seq: number }) => {
                  if (echoed.seq !== mine) return;
                  clearTimeout(timer);
                  sender.off('update', onEcho);
                  resolve();
                };
                const timer = setTimeout(() => (sender.off('update', onEcho), reject(new Error('echo timeout'))), MOVE_TIMEOUT_MS);
                sender.on('update', onEcho);
                sender.emit('update', `room${i}`, { ...payload, seq: mine });
              });
              if (performance.now() <= deadline) {
                result.moves += 1;
                result.rtts.push(performance.now() - started);
              } else result.movesAfter += 1;
            } catch {
              result.errors += 1;
            }
          }
        }),
      );
      return result;
    },
    close: () => rooms.forEach((sockets) => sockets.forEach((s) => s.close())),
  };
}

/** Opens `count` matches with every seat connected and synced, then closes them: what a match setup costs the server. */
export async function openAndClose(kind: LoadKind, url: string, count: number): Promise<() => void> {
  const game = kind === 'tictactoe' ? 'tictactoe' : 'peninsula';
  const all: Seat<unknown>[][] = [];
  await inBatches(
    [...Array(count).keys()],
    10,
    async (i) => void all.push(await openMatch(url, game, game === 'peninsula' ? 5 : 2, game === 'peninsula' ? { seed: `setup-${i}` } : undefined)),
  );
  return () => all.forEach((seats) => closeMatch(seats));
}
