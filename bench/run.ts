/**
 * npm run bench [-- --quick] [-- --baseline <checkout>] [-- --sections engine,wire,storage,restart,servers,memory,gate,sim] (--only: the same)
 *   [-- --ks 200] (the servers section's K values, comma-separated; a short run on a shared machine)
 *
 * Measures, and only measures (no assertion anywhere):
 *   engine  — full heuristic-bot games per second on one thread;
 *   wire    — bytes of an update per seat along a game: the whole view and what the server sends;
 *   storage — a move's write time at move 10 and 500, and the database's size as finished games pile up;
 *   restart — time to ready with 1,000 stored matches against an empty database;
 *   servers — K concurrent matches over real sockets against Peninsula, boardgame.io's tic-tac-toe on the
 *             same stack (the peer), a socket.io echo sized and fanned out like an update (the limit) and,
 *             with --baseline, the Peninsula server of another checkout; rows interleaved, clients in
 *             their own processes, server CPU and event-loop utilisation per row;
 *   memory  — server heap per open match;
 *   gate    — the socket gate's checks per move beside the reducer (bench/gate.ts; the ungated server is a row of servers);
 *   loop    — the main thread's event loop during a burst of state writes, PGlite in its worker against on the main thread;
 *   sim     — 1,000 simulated games on two workers, wall and CPU, and a fifth as many on one (bench/simulation.ts);
 *   partition — 1, 2, 3 processes behind nginx on one Postgres, and a kill -9 under load (bench/partition/; skipped
 *             without nginx or Postgres: BENCH_DATABASE_URL or DATABASE_URL).
 * With --sections, the sections not run are carried over from the last bench/report.json, and the report says from when
 * (without one, a partition-only run replaces just its own section of REPORT.md).
 * Writes bench/report.json and bench/REPORT.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIO_IDS } from '../shared/data/scenarios';
import { PERSONALITIES } from '../shared/options';
import { playGame } from '../tools/sim/match';
import { summariseDecisions, type DecisionTiming } from '../tools/sim/decisionTime';
import { micro as gateMicro } from './gate';
import { openAndClose } from './load';
import { startServer } from './processes';
import { markdown } from './report';
import { partitionMarkdown, spliceInto } from './partition/report';
import { partitionSection } from './partition/section';
import { restart } from './restart';
import { serverSection } from './servers';
import { simulation } from './simulation';
import { loopDuringWrites } from './loopStall';
import { botGame, growth, writeTime } from './storage';
import { wireSizes } from './wire';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    sections: { type: 'string' },
    only: { type: 'string' },
    ks: { type: 'string' },
  },
});
const quick = values.quick ?? false;
const chosen = values.sections ?? values.only;
const sections = new Set((chosen ?? 'engine,wire,storage,restart,servers,memory,gate,sim,partition,loop').split(','));
const ks = values.ks?.split(',').map(Number);
export const CONFIG = quick
  ? {
      engineGames: 8,
      ks: [10, 50],
      windowSeconds: 4,
      repetitions: 2,
      setupMatches: 10,
      storageMoves: 520,
      growthCheckpoints: [10, 20, 40],
      restartMatches: 200,
      restartRepetitions: 2,
      idleMatches: 20,
      simGames: 100,
      partition: { processCounts: [1, 2, 3], matches: 60, windowSeconds: 8, failoverSeconds: 16, failoverMaxSeconds: 60, botDelayMs: 100 },
    }
  : {
      engineGames: 30,
      ks: [10, 50, 200],
      windowSeconds: 8,
      repetitions: 2,
      setupMatches: 10,
      storageMoves: 520,
      growthCheckpoints: [20, 50, 100],
      restartMatches: 1000,
      restartRepetitions: 3,
      idleMatches: 50,
      simGames: 1000,
      partition: {
        // BENCH_PARTITION_PROCESSES=3: only the three-process row and its kill -9 (a check of the failover alone).
        processCounts: (process.env.BENCH_PARTITION_PROCESSES ?? '1,2,3').split(',').map(Number),
        matches: Number(process.env.BENCH_PARTITION_MATCHES ?? 600),
        windowSeconds: 20,
        failoverSeconds: 30,
        failoverMaxSeconds: 90,
        botDelayMs: 100,
      },
    };

const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const load = () => round(loadavg()[0]!);

async function engine() {
  const started = performance.now();
  let moves = 0;
  const timings: DecisionTiming[] = [];
  for (let i = 0; i < CONFIG.engineGames; i++) {
    const personality = PERSONALITIES[i % PERSONALITIES.length]!;
    const summary = await playGame({
      seed: `bench-engine-${i}`,
      scenario: SCENARIO_IDS[i % SCENARIO_IDS.length]!,
      seats: [0, 1, 2, 3, 4].map(() => ({ kind: 'heuristic' as const, personality })),
    });
    moves += summary.moves;
    timings.push(summary.decisions);
  }
  const seconds = (performance.now() - started) / 1000;
  const decisions = summariseDecisions(timings);
  return {
    games: CONFIG.engineGames,
    seconds: round(seconds),
    gamesPerSecond: round(CONFIG.engineGames / seconds),
    movesPerSecond: round(moves / seconds, 1),
    movesPerGame: round(moves / CONFIG.engineGames, 1),
    meanDecisionMs: round(decisions.meanMs, 3),
    p99DecisionMs: decisions.p99Ms,
    maxDecisionMs: round(decisions.maxMs),
  };
}

/** Heap of a fresh Peninsula server before and after opening idle matches (all seats connected), after a GC each time. */
async function memory() {
  const server = await startServer('peninsula');
  try {
    (await openAndClose('peninsula', server.url, 1))();
    await new Promise((r) => setTimeout(r, 500));
    const before = await server.memory();
    const close = await openAndClose('peninsula', server.url, CONFIG.idleMatches);
    const after = await server.memory();
    close();
    return {
      openMatches: CONFIG.idleMatches,
      heapBeforeMB: round(before.heapUsed / 2 ** 20),
      heapAfterMB: round(after.heapUsed / 2 ** 20),
      heapPerMatchKB: round((after.heapUsed - before.heapUsed) / CONFIG.idleMatches / 1024, 1),
      rssPerMatchKB: round((after.rss - before.rss) / CONFIG.idleMatches / 1024, 1),
    };
  } finally {
    await server.stop();
  }
}

async function section<T>(name: string, timings: Record<string, number>, loads: Record<string, [number, number]>, run: () => Promise<T>): Promise<T | null> {
  if (!sections.has(name)) return null;
  log(name);
  const started = performance.now();
  const before = load();
  const result = await run();
  timings[name] = round((performance.now() - started) / 1000, 1);
  loads[name] = [before, load()];
  return result;
}

async function collect() {
  const started = performance.now();
  const loadBefore = load();
  const timings: Record<string, number> = {};
  const loads: Record<string, [number, number]> = {};
  const needGames = ['wire', 'storage', 'restart', 'servers', 'loop'].some((name) => sections.has(name));
  if (needGames) log('playing the bot games the storage and wire sections store and send');
  const games = needGames ? Array.from({ length: 10 }, (_, i) => botGame(`bench-storage-${i}`)) : [];
  const wire = needGames ? wireSizes(games) : null;
  const engineResult = await section('engine', timings, loads, engine);
  const wireResult = await section('wire', timings, loads, async () => wire);
  const storageResult = await section('storage', timings, loads, async () => ({
    write: await writeTime(games, CONFIG.storageMoves),
    growth: await growth(games, CONFIG.growthCheckpoints),
  }));
  const restartResult = await section('restart', timings, loads, () => restart(games, CONFIG.restartMatches, CONFIG.restartRepetitions));
  const serverResult = await section('servers', timings, loads, () =>
    serverSection(
      {
        ks: ks ?? CONFIG.ks,
        windowSeconds: CONFIG.windowSeconds,
        repetitions: CONFIG.repetitions,
        setupMatches: CONFIG.setupMatches,
        echoBytes: wire?.sent.mean ?? 0,
        baselineRoot: values.baseline ? resolve(values.baseline) : undefined,
      },
      log,
    ),
  );
  const memoryResult = await section('memory', timings, loads, memory);
  const gateResult = await section('gate', timings, loads, async () => gateMicro(quick ? 400 : 1000));
  const loopResult = await section('loop', timings, loads, () => loopDuringWrites(games.flatMap((g) => g.steps)));
  const simResult = await section('sim', timings, loads, () => simulation(CONFIG.simGames));
  const partitionResult = await section('partition', timings, loads, () => partitionSection(CONFIG.partition, log));
  return {
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    quick,
    baseline: values.baseline ?? null,
    sections: chosen ?? null,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      loadAverageAtStart: loadBefore,
      loadAverageAtEnd: load(),
      loadBySection: loads,
    },
    seconds: round((performance.now() - started) / 1000, 0),
    sectionSeconds: timings,
    config: CONFIG,
    engine: engineResult,
    wire: wireResult,
    storage: storageResult,
    restart: restartResult,
    servers: serverResult,
    memory: memoryResult,
    gate: gateResult,
    sim: simResult,
    loop: loopResult,
    /** Sections not run this time, taken from an earlier run (see carryOver): section → that run's date. */
    carriedOver: {} as Record<string, string>,
    partition: partitionResult,
  };
}

export type BenchReport = Awaited<ReturnType<typeof collect>>;

const REPORT_JSON = new URL('./report.json', import.meta.url);
const SECTIONS = ['engine', 'wire', 'storage', 'restart', 'servers', 'memory', 'gate', 'sim', 'partition', 'loop'] as const;

/** With --sections, what was not run now comes from the last report (if any), so one section can be re-measured alone. */
function carryOver(report: BenchReport): BenchReport {
  if (!chosen || !existsSync(REPORT_JSON)) return report;
  const previous = JSON.parse(readFileSync(REPORT_JSON, 'utf8')) as Partial<BenchReport>;
  const merged: BenchReport = { ...report, carriedOver: {} };
  for (const name of SECTIONS) {
    if (sections.has(name) || !previous[name]) continue;
    // The servers section's baseline row came from the run that measured it.
    if (name === 'servers') merged.baseline = previous.baseline ?? null;
    // Its echo was sized by that run's wire section (reports before it noted the size in the servers section).
    if (name === 'servers' && previous.servers && previous.servers.echoBytes === undefined) previous.servers.echoBytes = previous.wire?.sent.mean ?? 0;
    Object.assign(merged, { [name]: previous[name] });
    merged.carriedOver[name] = previous.carriedOver?.[name] ?? previous.generatedAt ?? 'an earlier run';
    merged.sectionSeconds[name] ??= previous.sectionSeconds?.[name] ?? 0;
    const load = previous.machine?.loadBySection?.[name];
    if (load) merged.machine.loadBySection[name] ??= load;
  }
  return merged;
}

const report = carryOver(await collect());
const reportFile = new URL('./REPORT.md', import.meta.url);
if (existsSync(REPORT_JSON) || [...sections].some((s) => s !== 'partition')) {
  writeFileSync(REPORT_JSON, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(reportFile, markdown(report));
}
// Its own block at the end of the report (bench/partition/report.ts), replaced in place.
if (report.partition)
  writeFileSync(
    reportFile,
    spliceInto(readFileSync(reportFile, 'utf8'), partitionMarkdown(report.partition, report.carriedOver.partition ?? report.generatedAt, report.machine.cpus)),
  );
log(`done in ${report.seconds} s: bench/report.json, bench/REPORT.md`);
process.exit(0);
