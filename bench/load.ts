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
  /** Matches opened during the window (a game ended): each costs the server a match setup. */
  setups: number;
  games: number;
  errors: number;
}

export interface Load {
  window(seconds: number): Promise<WindowResult>;
  close(): void;
}

type Move<G> = { seat: Seat<G>; type: string; args: unknown[] };

/** K matches kept open between windows; a match that ends is replaced by a fresh one. */
async function matchLoad<G>(
  k: number,
  open: (slot: number, n: number) => Promise<Seat<G>[]>,
  next: (seats: Seat<G>[], turn: number) => Move<G> | null,
): Promise<Load> {
  const slots: Seat<G>[][] = new Array(k);
  const opened = new Array<number>(k).fill(0);
  await inBatches([...Array(k).keys()], 20, async (i) => void (slots[i] = await open(i, 0)));
  let turn = 0;
  return {
    async window(seconds) {
      const result: WindowResult = { moves: 0, movesAfter: 0, rtts: [], setups: 0, games: 0, errors: 0 };
      const deadline = performance.now() + seconds * 1000;
      const replace = async (slot: number) => {
        closeMatch(slots[slot]!);
        slots[slot] = await open(slot, ++opened[slot]!);
        result.setups += 1;
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
              const rtt = await choice.seat.move(choice.type, choice.args);
              if (performance.now() <= deadline) {
                result.moves += 1;
                result.rtts.push(rtt);
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
      return result;
    },
    close: () => slots.forEach((seats) => closeMatch(seats)),
  };
}

export type ChooseBotMove = typeof chooseBotMove;

/** Every seat a heuristic bot, thinking in this (the client's) process; `choose` is the bot of the code the server runs. */
export function peninsulaLoad(url: string, k: number, choose: ChooseBotMove = chooseBotMove): Promise<Load> {
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
  );
}

/** Random tic-tac-toe players, two sockets per match. */
export function ticTacToeLoad(url: string, k: number): Promise<Load> {
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
    async window(seconds) {
      const result: WindowResult = { moves: 0, movesAfter: 0, rtts: [], setups: 0, games: 0, errors: 0 };
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
