/**
 * The slowest moves taken apart (bench:profile --tail): each move the clients timed, joined by match and
 * state id with what the server recorded of it (bench/tailTrace.ts), split into the steps of its
 * round-trip, averaged over the typical moves and over the slowest 5% and 1%; beside them what may have
 * held them (the main thread's GC, VACUUM, a long statement) and whether the clients' own loop was saturated.
 */
import type { MoveSent, WindowResult } from './load';
import { percentile } from './servers';
import type { MoveTrace, TailTrace } from './tailTrace';

const STEPS = ['in', 'queue', 'engine', 'batchWait', 'db', 'after', 'out'] as const;
type Step = (typeof STEPS)[number];

const EXPLAINED: Record<Step, string> = {
  in: 'client send → server socket middleware (socket, the server loop reading it)',
  queue: "match queue (the match's previous move still running)",
  engine: 'fetch, reducer, publish (tic-tac-toe: its broadcast too)',
  batchWait: 'group commit: waiting for the statement under way',
  db: 'the statement in PGlite (its thread: queue, run, commit)',
  after: 'statement answered → the store resolved (main thread)',
  out: 'broadcast → the mover has it (socket, the client loop)',
};

/** perf_hooks' GC kinds (NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<number, string> = { 1: 'scavenge (young generation)', 2: 'mark-compact (full)', 4: 'incremental marking', 8: 'weak callbacks' };

interface Joined {
  rtt: number;
  steps: Record<Step, number>;
  from: number;
  to: number;
}

/** Peninsula holds the broadcast until the state is stored; tic-tac-toe (boardgame.io's own transport) sends it first. */
function join(sent: MoveSent, move: MoveTrace, holdsBroadcast: boolean): Joined | null {
  const { recv, start, store, sent: left, landed, stored } = move;
  if (recv === undefined || start === undefined || store === undefined) return null;
  const received = sent.at + sent.rtt;
  const written = left !== undefined && landed !== undefined && stored !== undefined;
  if (holdsBroadcast && !written) return null;
  const steps: Record<Step, number> = {
    in: recv - sent.at,
    queue: start - recv,
    engine: store - start,
    batchWait: written ? left - store : 0,
    db: written ? landed - left : 0,
    after: written ? stored - landed : 0,
    out: received - (holdsBroadcast ? stored! : store),
  };
  return { rtt: sent.rtt, steps, from: sent.at, to: received };
}

const f1 = (x: number) => x.toFixed(1).padStart(7);

function overlaps(spans: readonly { from: number; to: number }[], move: Joined): boolean {
  return spans.some((s) => s.from < move.to && s.to > move.from);
}

export function tailReport(kind: string, window: WindowResult, trace: TailTrace): void {
  const holds = kind !== 'tictactoe';
  const byKey = new Map(trace.moves.map((m) => [`${m.m}:${m.s}`, m]));
  const joined = (window.traces ?? []).flatMap((sent) => {
    const move = byKey.get(`${sent.m}:${sent.s}`);
    const j = move && join(sent, move, holds);
    return j ? [j] : [];
  });
  joined.sort((a, b) => a.rtt - b.rtt);
  const n = joined.length;
  console.log(`\ntail of ${kind}: ${n} of ${window.traces?.length ?? 0} moves joined with the server's record`);
  if (n === 0) return;
  const rtts = joined.map((j) => j.rtt);
  console.log(
    `RTT p50 ${percentile(rtts, 50).toFixed(1)}  p95 ${percentile(rtts, 95).toFixed(1)}  p99 ${percentile(rtts, 99).toFixed(1)}  max ${rtts.at(-1)!.toFixed(1)} ms`,
  );
  const bands = [
    { name: 'p40-p60', moves: joined.slice(Math.floor(n * 0.4), Math.ceil(n * 0.6)) },
    { name: 'p95-p99', moves: joined.slice(Math.floor(n * 0.95), Math.floor(n * 0.99)) },
    { name: 'top 1%', moves: joined.slice(Math.floor(n * 0.99)) },
  ];
  console.log(`mean ms by step        ${bands.map((b) => b.name.padStart(7)).join(' ')}`);
  for (const step of STEPS) {
    const means = bands.map((b) => b.moves.reduce((a, j) => a + j.steps[step], 0) / Math.max(1, b.moves.length));
    const offPath = !holds && ['batchWait', 'db', 'after'].includes(step) ? ' (off the path: the next move queues behind it)' : '';
    console.log(`  ${step.padEnd(20)} ${means.map(f1).join(' ')}   ${EXPLAINED[step]}${offPath}`);
  }
  const longGc = trace.gc.filter((g) => g.to - g.from >= 10);
  const longStatements = trace.statements.filter((s) => s.to - s.from >= 50);
  for (const b of bands) {
    const share = (spans: readonly { from: number; to: number }[]) =>
      `${((100 * b.moves.filter((j) => overlaps(spans, j)).length) / Math.max(1, b.moves.length)).toFixed(0)}%`;
    console.log(
      `  ${b.name}: overlapping a main-thread GC ≥ 10 ms ${share(longGc)}, a VACUUM ${share(trace.vacuums)}, a statement ≥ 50 ms ${share(longStatements)}`,
    );
  }
  const first = joined.reduce((a, j) => Math.min(a, j.from), Infinity);
  const last = joined.reduce((a, j) => Math.max(a, j.to), 0);
  const inWindow = <T extends { from: number; to: number }>(spans: readonly T[]) => spans.filter((s) => s.from >= first && s.to <= last);
  const seconds = (last - first) / 1000;
  const statements = inWindow(trace.statements);
  const durations = statements.map((s) => s.to - s.from).sort((a, b) => a - b);
  const writes = statements.reduce((a, s) => a + s.n, 0);
  console.log(
    `statements: ${statements.length} (${(statements.length / seconds).toFixed(0)}/s), ${(writes / Math.max(1, statements.length)).toFixed(1)} writes each; ms p50 ${percentile(durations, 50).toFixed(1)} p95 ${percentile(durations, 95).toFixed(1)} p99 ${percentile(durations, 99).toFixed(1)} max ${(durations.at(-1) ?? 0).toFixed(1)}`,
  );
  const vacuums = inWindow(trace.vacuums).map((v) => v.to - v.from);
  console.log(
    `VACUUM: ${vacuums.length} runs, mean ${(vacuums.reduce((a, b) => a + b, 0) / Math.max(1, vacuums.length)).toFixed(1)} ms, max ${Math.max(0, ...vacuums).toFixed(1)} ms`,
  );
  const gc = inWindow(trace.gc).map((g) => g.to - g.from);
  console.log(
    `main-thread GC: ${gc.length} pauses, ${(gc.reduce((a, b) => a + b, 0) / seconds).toFixed(0)} ms/s, ≥ 10 ms: ${gc.filter((d) => d >= 10).length}, max ${Math.max(0, ...gc).toFixed(1)} ms`,
  );
  for (const kind of [...new Set(trace.gc.map((g) => g.kind))].sort()) {
    const d = inWindow(trace.gc.filter((g) => g.kind === kind)).map((g) => g.to - g.from);
    console.log(`  ${GC_KINDS[kind] ?? `kind ${kind}`}: ${d.length}, ${d.reduce((a, b) => a + b, 0).toFixed(0)} ms, max ${Math.max(0, ...d).toFixed(1)} ms`);
  }
  const c = window.clientLoop;
  if (c) console.log(`clients' loop: busy ${c.busy.toFixed(3)}, delay p99 ${c.delayP99Ms.toFixed(1)} ms, max ${c.delayMaxMs.toFixed(1)} ms`);
}
