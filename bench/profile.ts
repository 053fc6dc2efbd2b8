/**
 * npm run bench:profile [-- --k 200 --seconds 15 --kind peninsula --threads-only --tail --node-flags=--single-threaded-gc]
 *
 * One server under the servers section's load, run with `--cpu-prof`, then its profile summed by where
 * the time went (self time by area; inclusive time of the functions named in INCLUSIVE), and the CPU
 * each of its threads used per move (the main thread, PGlite's worker, V8's and libuv's helpers).
 * With --tail, no profiler: each move is traced through the server (bench/tailTrace.ts) and the slowest
 * taken apart step by step (bench/tailReport.ts).
 * Measures only.
 * The profile (.cpuprofile, open it in Chrome's DevTools) stays in the folder it prints.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadKind } from './load';
import { SERVER_NODE_FLAGS, startLoad } from './processes';
import { threadTimes, type ThreadTimes } from './threadTimes';
import { tailReport } from './tailReport';
import type { TailTrace } from './tailTrace';

const { values } = parseArgs({
  options: {
    k: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '15' },
    kind: { type: 'string', default: 'peninsula' },
    // Only the CPU by thread, without the profiler (which costs ~10% and a thread of its own).
    'threads-only': { type: 'boolean', default: false },
    // The slowest moves taken apart: each move's steps through the server (implies no profiler).
    tail: { type: 'boolean', default: false },
    // Node or V8 flags for the server besides SERVER_NODE_FLAGS (`--node-flags=--single-threaded-gc`, several in one quoted value): its stdout is shown then.
    'node-flags': { type: 'string', default: '' },
  },
});
const kind = values.kind as LoadKind;
const nodeFlags = values['node-flags'].split(' ').filter((flag) => flag !== '');
const dir = mkdtempSync(join(tmpdir(), 'peninsula-profile-'));
const tail = values.tail;
const tailFile = join(dir, 'tail.json');
const profiled = !values['threads-only'] && !tail;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's own time goes, by its file. */
function areaOf(url: string, name: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)' || name === '(program)' || name === '(root)') return name;
  if (url.startsWith('wasm://')) return 'PGlite: WebAssembly';
  if (url.includes('pglite')) return 'PGlite: its JS glue';
  if (url.includes('socket.io') || url.includes('engine.io') || url.includes('/ws/')) return 'socket.io / engine.io / ws';
  if (url.includes('immer')) return 'immer';
  if (url.includes('boardgame.io')) return 'boardgame.io';
  if (url.includes('/shared/')) return 'rules (shared/)';
  if (url.includes('/server/')) return 'server/';
  if (url.includes('/node_modules/')) return `other package: ${url.split('/node_modules/').at(-1)!.split('/')[0]}`;
  if (url.startsWith('node:')) return 'Node internals';
  return url === '' ? `native: ${name}` : 'other';
}

/** Functions whose inclusive time is worth knowing (a frame counts once however deep it recurses). */
const INCLUSIVE = [
  'wireView',
  'playerView',
  'stringify',
  'parse',
  'writeState',
  'fetch',
  'onUpdate',
  'processMove',
  'encode',
  'check',
  'chooseBotMove',
  'redactLog',
];

/** Only the samples taken inside the measured window (the clocks are the same monotonic clock, in µs). */
function summarise(profile: Profile, from: number, to: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from && at <= to) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const areas = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    if (area !== '(idle)') total += us;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = frame.functionName;
      if (INCLUSIVE.includes(name) && !seen.has(name)) {
        seen.add(name);
        const key = `${name} (${frame.url.split('/').slice(-2).join('/')})`;
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  console.log(`busy in the window: ${(total / 1000).toFixed(0)} ms of ${((to - from) / 1000).toFixed(0)} ms`);
  for (const [area, us] of [...areas].sort((a, b) => b[1] - a[1]).filter(([a]) => a !== '(idle)')) console.log(`self  ${pct(us).padStart(6)}  ${area}`);
  for (const [name, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`incl  ${pct(us).padStart(6)}  ${name}`);
}

/**
 * The server's CPU in the window by thread, per move: the samples below are wall-clock (a thread taken off
 * the core, e.g. right after waking PGlite's thread with postMessage, counts as time in the frame it stopped
 * in), this is what each thread really ran (the kernel's count, 10 ms ticks). Node 20 names no thread: the
 * busiest after the main one is PGlite's worker, the others V8's helpers (parallel GC, compilers) and libuv's.
 */
function printThreads(before: ThreadTimes, after: ThreadTimes, moves: number): void {
  const used = [...after].map(([tid, { name, ms }]) => ({ tid, name, ms: ms - (before.get(tid)?.ms ?? 0) })).sort((a, b) => b.ms - a.ms);
  const total = used.reduce((sum, t) => sum + t.ms, 0);
  const perMove = (ms: number) => `${((1000 * ms) / Math.max(1, moves)).toFixed(0).padStart(5)} µs/move`;
  console.log(`server CPU in the window: ${total} ms, ${perMove(total).trim()}, by thread:`);
  for (const t of used.filter((t) => t.ms > 0)) console.log(`  ${perMove(t.ms)}  ${t.name} ${t.tid}`);
}

const server = fork(new URL('./serverProcess.ts', import.meta.url), [kind], {
  env: { ...process.env, NODE_ENV: 'production', ...(tail ? { BENCH_TAIL_FILE: tailFile } : {}) },
  execArgv: ['--import', 'tsx', ...SERVER_NODE_FLAGS, ...nodeFlags, ...(profiled ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [])],
  stdio: ['ignore', nodeFlags.length > 0 ? 'inherit' : 'ignore', 'inherit', 'ipc'],
});
const url = await new Promise<string>((resolve) => server.on('message', (m: { type: string; url?: string }) => m.type === 'ready' && resolve(m.url!)));
const load = await startLoad({ kind, url, k: Number(values.k), bytes: 6587, trace: tail });
await load.between(Number(values.seconds));
const now = () => Number(process.hrtime.bigint() / 1000n);
const from = now();
const threadsBefore = threadTimes(server.pid!);
const result = await load.window(Number(values.seconds));
const threadsAfter = threadTimes(server.pid!);
const to = now();
console.log(`window ${from} ${to}`);
console.log(`${kind} K=${values.k}: ${result.moves} moves in ${values.seconds} s (+${result.movesAfter} after), ${result.errors} errors`);
printThreads(threadsBefore, threadsAfter, result.moves);
await load.close();
const exited = new Promise((resolve) => server.once('exit', resolve));
server.send({ type: 'stop' });
await exited;
if (tail && existsSync(tailFile)) tailReport(kind, result, JSON.parse(readFileSync(tailFile, 'utf8')) as TailTrace);
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  console.log(`\n${join(dir, file)}`);
  summarise(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile, from, to);
}
