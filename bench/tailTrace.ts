/**
 * Loaded into a bench server with `--import` (bench:profile --tail): records, per move, when each step of
 * its way through the server happened, so the slowest moves can be taken apart (bench/tailReport.ts).
 * Measures only; it changes no behaviour, it wraps methods on their prototypes:
 *   recv     — the `update` packet reached the socket's middleware (decoded, before the gate);
 *   start    — its match's queue started the job (after the match's previous move finished);
 *   store    — the reducer ran and the state was published; the storage was asked to store it;
 *   sent     — its group's statement left for the database (after the group commit's wait);
 *   landed   — that statement returned;
 *   stored   — CachedStorage has it; Peninsula then sends the held broadcast (tic-tac-toe sent it at `store`).
 * Also every statement (writes in it, start, end), VACUUM runs and the main thread's GC pauses. Times are
 * epoch ms (performance.timeOrigin + now), comparable with the clients' process. Written as JSON to
 * BENCH_TAIL_FILE when the process exits.
 */
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { SocketIO } from 'boardgame.io/server';
import type { Socket } from 'socket.io';
import { CachedStorage } from '../server/storage/cachedStorage';
import { Vacuum } from '../server/storage/vacuum';
import { WriteBatch } from '../server/storage/writeBatch';

export interface MoveTrace {
  m: string;
  /** The state id the move made (the one it was sent on + 1). */
  s: number;
  recv?: number;
  start?: number;
  store?: number;
  sent?: number;
  landed?: number;
  stored?: number;
}
export interface TailTrace {
  moves: MoveTrace[];
  statements: { n: number; from: number; to: number }[];
  vacuums: { from: number; to: number }[];
  gc: { from: number; to: number; kind: number }[];
}

const now = () => performance.timeOrigin + performance.now();
const trace: TailTrace = { moves: [], statements: [], vacuums: [], gc: [] };
/** The move of each match now on its way (the bench has one in flight per match). */
const current = new Map<string, MoveTrace>();
const moveOf = (matchID: string, stateID?: number) => {
  const move = current.get(matchID);
  return move && (stateID === undefined || move.s === stateID) ? move : undefined;
};

type Proto = Record<string, (...args: never[]) => unknown>;
function wrap<T>(target: T, name: string, around: (original: (...args: unknown[]) => unknown, self: unknown, args: unknown[]) => unknown): void {
  const proto = target as unknown as Proto;
  const original = proto[name] as unknown as (...args: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    return around(original, this, args);
  } as never;
}

wrap(SocketIO.prototype, 'init', (original, self, args) => {
  const result = original.apply(self, args);
  const [app, games] = args as [{ _io: { of(name: string): { on(e: string, f: (s: Socket) => void): void } } }, { name?: string }[]];
  for (const game of games)
    app._io.of(game.name ?? 'default').on('connection', (socket) =>
      socket.use((packet, next) => {
        const [event, , stateID, matchID] = packet as unknown[];
        if (event === 'update' && typeof matchID === 'string' && typeof stateID === 'number') {
          const move: MoveTrace = { m: matchID, s: stateID + 1, recv: now() };
          current.set(matchID, move);
          trace.moves.push(move);
        }
        next();
      }),
    );
  return result;
});

wrap(SocketIO.prototype, 'getMatchQueue', (original, self, args) => {
  const queue = original.apply(self, args) as { add(job: () => unknown): Promise<unknown> };
  const matchID = args[0] as string;
  const timed = Object.create(queue) as typeof queue;
  timed.add = (job) =>
    queue.add(() => {
      const move = moveOf(matchID);
      if (move && move.start === undefined) move.start = now();
      return job();
    });
  return timed;
});

wrap(CachedStorage.prototype, 'store', (original, self, args) => {
  const [matchID, state] = args as [string, { _stateID: number }];
  const move = moveOf(matchID, state._stateID);
  if (move) move.store = now();
  return (original.apply(self, args) as Promise<boolean>).finally(() => {
    if (move) move.stored = now();
  });
});

wrap(WriteBatch.prototype, 'statement', (original, self, args) => {
  const [batch] = args as [{ matchID: string; stateID: number }[]];
  const from = now();
  const moves = batch.map((w) => moveOf(w.matchID, w.stateID));
  for (const move of moves) if (move && move.sent === undefined) move.sent = from;
  return (original.apply(self, args) as Promise<unknown>).finally(() => {
    const to = now();
    trace.statements.push({ n: batch.length, from, to });
    for (const move of moves) if (move) move.landed = to;
  });
});

wrap(Vacuum.prototype, 'now', (original, self, args) => {
  const from = now();
  return (original.apply(self, args) as Promise<void>).finally(() => trace.vacuums.push({ from, to: now() }));
});

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const from = performance.timeOrigin + entry.startTime;
    trace.gc.push({ from, to: from + entry.duration, kind: (entry as { detail?: { kind?: number } }).detail?.kind ?? 0 });
  }
}).observe({ entryTypes: ['gc'] });

process.on('exit', () => {
  if (process.env.BENCH_TAIL_FILE) writeFileSync(process.env.BENCH_TAIL_FILE, JSON.stringify(trace));
});
