/**
 * npm run bench [-- --quick] [-- --only gate]
 *
 * Measures, and only measures (no assertion anywhere):
 *   1. engine  — full heuristic-bot games per second and moves per second on one thread;
 *   2. server  — K = 10, 50, 200 concurrent matches played by bots over real socket.io clients
 *                against the real server, beside a bare socket.io echo server (the limit) and
 *                boardgame.io's tic-tac-toe on the same Server and storage stack (the peer);
 *   3. storage — per-move write time at move 10 and at move 500 with PGlite (the log is appended);
 *   4. memory  — server heap per open match;
 *   5. gate    — the socket gate's cost per move, alone and with vs without it on the server (bench/gate.ts).
 * Writes bench/report.json and bench/REPORT.md. Each server runs in its own child process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LogEntry, State } from 'boardgame.io';
import { openDriver } from '../server/storage/driver';
import { migrate } from '../server/storage/migrations';
import { SqlStorage } from '../server/storage/sqlStorage';
import { SCENARIO_IDS } from '../shared/data/scenarios';
import { PERSONALITIES, type Personality } from '../shared/options';
import { ROLES, type Role } from '../shared/roles';
import { playGame } from '../shared/sim/match';
import { nextBotMove } from '../shared/sim/botGame';
import { boundText, summariseDecisions, type DecisionTiming } from '../shared/sim/decisionTime';
import { applyMove, startMatch, type MatchState } from '../shared/sim/headless';
import { gateBench, gateMarkdown } from './gate';
import { startServer, type ServerHandle } from './serverHandle';
import { echoLoad, openIdleMatches, peninsulaLoad, percentile, ticTacToeLoad, type LoadResult } from './load';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const quick = values.quick ?? false;
const CONFIG = quick
  ? { engineGames: 8, ks: [10, 50], windowSeconds: 4, storageMoves: 520, idleMatches: 20, echoPayloadBytes: 200 }
  : { engineGames: 30, ks: [10, 50, 200], windowSeconds: 10, storageMoves: 520, idleMatches: 50, echoPayloadBytes: 200 };
const GATE = quick ? { moves: 400, k: 10, windowSeconds: 3, rounds: 2 } : { moves: 1000, k: 10, windowSeconds: 5, rounds: 2 };

const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

// 1. Engine ------------------------------------------------------------------------------------

async function engine() {
  const started = performance.now();
  let moves = 0;
  const timings: DecisionTiming[] = [];
  for (let i = 0; i < CONFIG.engineGames; i++) {
    const personality = PERSONALITIES[i % PERSONALITIES.length]!;
    const summary = await playGame({ seed: `bench-engine-${i}`, scenario: SCENARIO_IDS[i % SCENARIO_IDS.length]!, seats: [0, 1, 2, 3, 4].map(() => ({ kind: 'heuristic' as const, personality })) });
    moves += summary.moves;
    timings.push(summary.decisions);
  }
  const seconds = (performance.now() - started) / 1000;
  const decisions = summariseDecisions(timings);
  return {
    games: CONFIG.engineGames, seconds: round(seconds), gamesPerSecond: round(CONFIG.engineGames / seconds), movesPerSecond: round(moves / seconds, 1),
    movesPerGame: round(moves / CONFIG.engineGames, 1), meanDecisionMs: round(decisions.meanMs, 3), p99DecisionMs: decisions.p99Ms, maxDecisionMs: round(decisions.maxMs),
  };
}

// 3. Storage -----------------------------------------------------------------------------------

const DEALMAKERS = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker'])) as Record<Role, Personality>;

/** A long chain of real states: bot games played back to back, renumbered as one match of `count` moves. */
function stateChain(count: number): { state: State; deltalog: LogEntry[] }[] {
  const out: { state: State; deltalog: LogEntry[] }[] = [];
  let game = 0;
  while (out.length < count) {
    let state: MatchState = startMatch({ seed: `bench-storage-${game++}` });
    while (state.ctx.gameover === undefined && out.length < count) {
      const next = nextBotMove(state, DEALMAKERS);
      if (!next) break;
      state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
      out.push({ state: { ...state, _stateID: out.length + 1 } as State, deltalog: (state.deltalog ?? []) as LogEntry[] });
    }
  }
  return out;
}

async function storage() {
  const dataDir = mkdtempSync(join(tmpdir(), 'peninsula-bench-storage-'));
  const driver = await openDriver({ dataDir });
  try {
    await migrate(driver);
    const db = new SqlStorage(driver);
    const chain = stateChain(CONFIG.storageMoves);
    const initial = startMatch({ seed: 'bench-storage-0' }) as State;
    await db.createMatch('bench', { initialState: initial, metadata: { gameName: 'peninsula', players: {}, createdAt: Date.now(), updatedAt: Date.now() } });
    // Warm up (JIT, PGlite's caches) on another match, so move 10 is not measuring start-up.
    await db.createMatch('warmup', { initialState: initial, metadata: { gameName: 'peninsula', players: {}, createdAt: Date.now(), updatedAt: Date.now() } });
    for (const { state, deltalog } of chain.slice(0, 30)) await db.setState('warmup', state, deltalog);
    const times: number[] = [];
    for (const { state, deltalog } of chain) {
      const started = performance.now();
      await db.setState('bench', state, deltalog);
      times.push(performance.now() - started);
    }
    const around = (move: number) => {
      const window = times.slice(Math.max(0, move - 6), move + 5).sort((a, b) => a - b);
      return { medianMs: round(percentile(window, 50), 3), meanMs: round(window.reduce((a, b) => a + b, 0) / window.length, 3) };
    };
    const stateBytes = (i: number) => JSON.stringify(chain[i]!.state).length;
    return { driver: 'pglite', moves: times.length, atMove10: around(10), atMove500: around(500), stateBytesAtMove10: stateBytes(9), stateBytesAtMove500: stateBytes(499) };
  } finally {
    await driver.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// 2 + 4. Servers -------------------------------------------------------------------------------

/** Each server starts once (PGlite's first open runs initdb) and serves every K in turn; memory is measured last on the Peninsula one. */
async function servers() {
  const byKind: Record<'echo' | 'tictactoe' | 'peninsula', LoadResult[]> = { echo: [], tictactoe: [], peninsula: [] };
  let memoryResult: Awaited<ReturnType<typeof memory>> | null = null;
  for (const kind of ['echo', 'tictactoe', 'peninsula'] as const) {
    const server = await startServer(kind);
    try {
      for (const k of CONFIG.ks) {
        log(`server: ${kind}, K = ${k}, ${CONFIG.windowSeconds} s`);
        if (kind === 'echo') byKind.echo.push(await echoLoad(server.url, k, CONFIG.windowSeconds, CONFIG.echoPayloadBytes));
        if (kind === 'tictactoe') byKind.tictactoe.push(await ticTacToeLoad(server.url, k, CONFIG.windowSeconds));
        if (kind === 'peninsula') byKind.peninsula.push(await peninsulaLoad(server.url, k, CONFIG.windowSeconds));
      }
    } finally {
      await server.stop();
    }
  }
  // Memory on a fresh server: after the load runs, freed garbage would hide what an open match costs.
  const fresh = await startServer('peninsula');
  try {
    memoryResult = await memory(fresh);
  } finally {
    await fresh.stop();
  }
  const rows = CONFIG.ks.map((k, i) => ({ k, peninsula: byKind.peninsula[i]!, tictactoe: byKind.tictactoe[i]!, echo: byKind.echo[i]! }));
  return { rows, memory: memoryResult! };
}

/** Heap of the Peninsula server before and after opening idle matches (all seats connected), after a GC each time. */
async function memory(server: ServerHandle) {
  log(`memory: ${CONFIG.idleMatches} open Peninsula matches, five seats connected`);
  // One match first, closed again, so that code paths and caches are warm before the baseline.
  (await openIdleMatches(server.url, 1))();
  await new Promise((r) => setTimeout(r, 500));
  const before = await server.memory();
  const close = await openIdleMatches(server.url, CONFIG.idleMatches);
  const after = await server.memory();
  close();
  return {
    openMatches: CONFIG.idleMatches,
    heapBeforeMB: round(before.heapUsed / 2 ** 20),
    heapAfterMB: round(after.heapUsed / 2 ** 20),
    heapPerMatchKB: round((after.heapUsed - before.heapUsed) / CONFIG.idleMatches / 1024, 1),
    rssPerMatchKB: round((after.rss - before.rss) / CONFIG.idleMatches / 1024, 1),
  };
}

// Report ---------------------------------------------------------------------------------------

function markdown(report: Awaited<ReturnType<typeof collect>>): string {
  const e = report.engine;
  const s = report.storage;
  const m = report.memory;
  const serverRows = report.servers.flatMap((r) => [
    [`${r.k}`, 'Peninsula', String(r.peninsula.movesPerSecond), String(r.peninsula.rttMs.p50), String(r.peninsula.rttMs.p95), String(r.peninsula.rttMs.p99), String(r.peninsula.gamesFinished), String(r.peninsula.errors)],
    [`${r.k}`, 'tic-tac-toe (peer)', String(r.tictactoe.movesPerSecond), String(r.tictactoe.rttMs.p50), String(r.tictactoe.rttMs.p95), String(r.tictactoe.rttMs.p99), String(r.tictactoe.gamesFinished), String(r.tictactoe.errors)],
    [`${r.k}`, 'socket.io echo (limit)', String(r.echo.movesPerSecond), String(r.echo.rttMs.p50), String(r.echo.rttMs.p95), String(r.echo.rttMs.p99), '—', String(r.echo.errors)],
  ]);
  const ratioRows = report.servers.map((r) => [
    `${r.k}`,
    `${round(r.peninsula.movesPerSecond / r.tictactoe.movesPerSecond)}×`, `${round(r.peninsula.rttMs.p50 / r.tictactoe.rttMs.p50)}×`,
    `${round(r.peninsula.movesPerSecond / r.echo.movesPerSecond, 3)}×`, `${round(r.peninsula.rttMs.p50 / r.echo.rttMs.p50)}×`,
  ]);
  const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return `# Peninsula — benchmark report

<!-- Generated by \`npm run bench${report.quick ? ' -- --quick' : ''}\` (bench/run.ts). Measurements only: no test asserts a timing. -->

Run ${report.generatedAt} on ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}${report.quick ? ' (quick mode: shorter windows, K ≤ 50)' : ''}, in ${report.seconds} s (${Object.entries(report.sectionSeconds).map(([k, v]) => `${k} ${v} s`).join(', ')}). The machine is shared with other work: its load average was ${report.machine.loadAverageAtStart} at the start and ${report.machine.loadAverageAtEnd} at the end, on ${report.machine.cpus} cores. Treat absolute numbers as indicative; the ratios are measured side by side in the same run.

## 1. Engine (one thread)

${e.games} full games, five heuristic bots each, through boardgame.io's own reducer (no network, no storage).

| Games/s | Moves/s | Moves per game | Bot decision, mean | 99% of decisions under | Bot decision, max |
|---|---|---|---|---|---|
| ${e.gamesPerSecond} | ${e.movesPerSecond} | ${e.movesPerGame} | ${e.meanDecisionMs} ms | ${boundText(e.p99DecisionMs)} | ${e.maxDecisionMs} ms |

## 2. Server under load

K concurrent matches; every seat is a bot with its own socket.io connection over loopback (five per Peninsula match, two per tic-tac-toe match); one move in flight per match. Round-trip = from sending a move to the mover receiving the state that contains it. Each server runs in its own process; the clients (and the Peninsula bots' thinking) run in the bench process. Window ${CONFIG.windowSeconds} s per row. The echo server sends each ${CONFIG.echoPayloadBytes}-byte message back to the five sockets of its room: the cost of socket.io alone. Tic-tac-toe runs on boardgame.io's Server with the same SQL storage (PGlite): the cost of the framework.

${table(['K', 'Server', 'Moves/s', 'RTT p50 (ms)', 'p95', 'p99', 'Games finished', 'Errors'], serverRows)}

Ratios (Peninsula ÷ other, same K):

${table(['K', 'moves/s vs peer', 'p50 vs peer', 'moves/s vs echo', 'p50 vs echo'], ratioRows)}

## 3. Storage (PGlite, server/storage)

One match of ${s.moves} real moves written with \`setState\` (state row updated, log entries appended).

| | median write | mean write | state size |
|---|---|---|---|
| around move 10 | ${s.atMove10.medianMs} ms | ${s.atMove10.meanMs} ms | ${s.stateBytesAtMove10} B |
| around move 500 | ${s.atMove500.medianMs} ms | ${s.atMove500.meanMs} ms | ${s.stateBytesAtMove500} B |

The log is appended, not rewritten, so the write time stays flat as a match grows (what grows is only the state row itself).

## 4. Server memory per open match

${m.openMatches} matches opened with all five seats joined and connected (synced, idle): heap ${m.heapBeforeMB} MB → ${m.heapAfterMB} MB after GC, **${m.heapPerMatchKB} KB of heap per open match** (RSS ${m.rssPerMatchKB} KB per match, which includes the sockets' buffers).

${gateMarkdown(report.gate)}`;
}

async function timed<T>(name: string, sections: Record<string, number>, run: () => Promise<T>): Promise<T> {
  log(name);
  const started = performance.now();
  const result = await run();
  sections[name] = round((performance.now() - started) / 1000, 1);
  return result;
}

async function collect() {
  const started = performance.now();
  const loadBefore = loadavg()[0]!;
  const sections: Record<string, number> = {};
  const engineResult = await timed('engine', sections, engine);
  const storageResult = await timed('storage', sections, storage);
  const serverResults = await timed('servers', sections, servers);
  const gateResult = await timed('gate', sections, () => gateBench(GATE));
  return {
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    quick,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverageAtStart: round(loadBefore), loadAverageAtEnd: round(loadavg()[0]!) },
    seconds: round((performance.now() - started) / 1000, 0),
    sectionSeconds: sections,
    config: CONFIG,
    engine: engineResult,
    storage: storageResult,
    servers: serverResults.rows,
    memory: serverResults.memory,
    gate: gateResult,
  };
}

// `--only gate`: the socket gate's section alone, printed, the report files left as they are.
if (values.only === 'gate') {
  const result = await gateBench(GATE);
  console.log(JSON.stringify(result, null, 1));
  console.log(gateMarkdown(result));
  process.exit(0);
}

const report = await collect();
writeFileSync(new URL('./report.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(new URL('./REPORT.md', import.meta.url), markdown(report));
log(`done in ${report.seconds} s: bench/report.json, bench/REPORT.md`);
console.log(JSON.stringify({ engine: report.engine, storage: report.storage, servers: report.servers.map((r) => ({ k: r.k, peninsula: r.peninsula.movesPerSecond, p50: r.peninsula.rttMs.p50, peer: r.tictactoe.movesPerSecond, echo: r.echo.movesPerSecond })), memory: report.memory }, null, 1));
process.exit(0);
