import type { LoadKind, WindowResult } from './load';
import { startLoad, startServer, type LoadHandle, type ServerHandle, type Usage } from './processes';

/**
 * The servers under load, measured honestly: every server is started first and stays up; for each K
 * every row's clients connect (each row's clients in their own process), then the rows take turns
 * (A B C A B C …, the order rotated each repetition) so that a change in the machine's load hits every
 * row alike. Each window reads the server process's own CPU time and event-loop utilisation.
 */
export interface ServerConfig {
  ks: number[];
  windowSeconds: number;
  repetitions: number;
  setupMatches: number;
  /** The echo's message: the size of a real Peninsula update for one seat (see wire.ts). */
  echoBytes: number;
  baselineRoot?: string | undefined;
}

export interface RowResult {
  kind: LoadKind;
  k: number;
  windows: number;
  moves: number;
  movesPerSecond: number;
  rttMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  /** Server CPU per move (or per echoed message), all of it. */
  cpuMsPerMove: number;
  /** The same without the matches set up during the windows (a tic-tac-toe game is short: half its CPU was setup). */
  netCpuMsPerMove: number;
  /** Server CPU of one match set up and torn down, measured beside this row's windows. */
  setupCpuMs: number;
  /** Share of the window the server's event loop was busy. */
  eventLoopUtilisation: number;
  /** Share of the window the clients' own event loop was busy (mean over the windows; near 1: the clients, not the server, set the pace). */
  clientLoopBusy?: number;
  /** The event loop's delay in the windows (how long one turn held it): the worst window's 99th percentile, and the longest. */
  stallMs: { p99: number; max: number };
  setups: number;
  /** Matches that ended in the windows and were replaced by spares set up before them (bench/load.ts). */
  replaced: number;
  gamesFinished: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function summarise(
  kind: LoadKind,
  k: number,
  seconds: number,
  windows: { w: WindowResult; cpuMs: number; active: number; idle: number; stallP99Ms: number; stallMaxMs: number }[],
  setupCpuMs: number,
): RowResult {
  const rtts = windows.flatMap((x) => x.w.rtts).sort((a, b) => a - b);
  const moves = windows.reduce((a, x) => a + x.w.moves, 0);
  const served = windows.reduce((a, x) => a + x.w.moves + x.w.movesAfter, 0);
  const cpuMs = windows.reduce((a, x) => a + x.cpuMs, 0);
  const setups = windows.reduce((a, x) => a + x.w.setups, 0);
  const active = windows.reduce((a, x) => a + x.active, 0);
  const idle = windows.reduce((a, x) => a + x.idle, 0);
  return {
    kind,
    k,
    windows: windows.length,
    moves,
    movesPerSecond: r2(moves / (seconds * windows.length)),
    rttMs: {
      p50: r2(percentile(rtts, 50)),
      p95: r2(percentile(rtts, 95)),
      p99: r2(percentile(rtts, 99)),
      mean: r2(rtts.reduce((a, b) => a + b, 0) / Math.max(1, rtts.length)),
      max: r2(rtts.at(-1) ?? 0),
    },
    cpuMsPerMove: r3(cpuMs / Math.max(1, served)),
    netCpuMsPerMove: r3((cpuMs - setups * setupCpuMs) / Math.max(1, served)),
    setupCpuMs: r3(setupCpuMs),
    eventLoopUtilisation: r3(active / Math.max(1e-9, active + idle)),
    clientLoopBusy: r3(windows.reduce((a, x) => a + (x.w.clientLoop?.busy ?? 0), 0) / Math.max(1, windows.length)),
    stallMs: { p99: r2(Math.max(0, ...windows.map((x) => x.stallP99Ms))), max: r2(Math.max(0, ...windows.map((x) => x.stallMaxMs))) },
    setups,
    replaced: windows.reduce((a, x) => a + x.w.replaced, 0),
    gamesFinished: windows.reduce((a, x) => a + x.w.games, 0),
    errors: windows.reduce((a, x) => a + x.w.errors, 0),
  };
}

async function measured<T>(
  server: ServerHandle,
  run: () => Promise<T>,
): Promise<{ value: T; cpuMs: number; active: number; idle: number; stallP99Ms: number; stallMaxMs: number }> {
  const before: Usage = await server.usage();
  const value = await run();
  const after = await server.usage();
  return {
    value,
    cpuMs: after.cpuMs - before.cpuMs,
    active: after.active - before.active,
    idle: after.idle - before.idle,
    stallP99Ms: after.stallP99Ms,
    stallMaxMs: after.stallMaxMs,
  };
}

const WARM_UP_WINDOWS = 2;
const WARM_UP_SECONDS = 2;

/** Measures what setting up and tearing down matches costs a server, in the same turns as its windows. */
async function setupMeter(server: ServerHandle, count: number): Promise<{ measure(): Promise<void>; perMatchMs(): number; close(): Promise<void> }> {
  if (server.kind === 'echo') return { measure: async () => {}, perMatchMs: () => 0, close: async () => {} };
  const load = await startLoad({ kind: server.kind, url: server.url, k: 0, bytes: 0 });
  await load.setup(server.kind, server.url, 2); // warm-up
  let cpuMs = 0;
  let matches = 0;
  return {
    async measure() {
      cpuMs += (await measured(server, () => load.setup(server.kind, server.url, count))).cpuMs;
      matches += count;
    },
    perMatchMs: () => cpuMs / Math.max(1, matches),
    close: () => load.close(),
  };
}

export async function serverSection(config: ServerConfig, log: (text: string) => void) {
  const kinds: LoadKind[] = ['echo', 'tictactoe', 'peninsula', 'ungated', ...(config.baselineRoot ? (['baseline'] as const) : [])];
  const servers: ServerHandle[] = [];
  try {
    for (const kind of kinds) servers.push(await startServer(kind, config.baselineRoot));
    // Match setup is measured beside each window, on the same machine load (CPU time per operation grows with contention).
    const meters: Awaited<ReturnType<typeof setupMeter>>[] = [];
    for (const server of servers) meters.push(await setupMeter(server, config.setupMatches));
    const rows: RowResult[] = [];
    for (const k of config.ks) {
      log(`servers: K = ${k}, connecting ${kinds.join(', ')}`);
      const loads: LoadHandle[] = [];
      for (const server of servers) loads.push(await startLoad({ kind: server.kind, url: server.url, k, bytes: config.echoBytes, root: config.baselineRoot }));
      const windows = servers.map(() => [] as { w: WindowResult; cpuMs: number; active: number; idle: number; stallP99Ms: number; stallMaxMs: number }[]);
      try {
        // Unmeasured warm-up windows: the engines compile, and each load learns how many spares a window uses.
        for (let warm = 0; warm < WARM_UP_WINDOWS; warm++)
          for (const load of loads) {
            await load.between(WARM_UP_SECONDS);
            await load.window(WARM_UP_SECONDS);
          }
        for (let rep = 0; rep < config.repetitions; rep++) {
          for (let j = 0; j < servers.length; j++) {
            const i = (j + rep) % servers.length;
            log(`servers: K = ${k}, repetition ${rep + 1}/${config.repetitions}, ${servers[i]!.kind}`);
            await loads[i]!.between(config.windowSeconds);
            const { value, ...usage } = await measured(servers[i]!, () => loads[i]!.window(config.windowSeconds));
            windows[i]!.push({ w: value, ...usage });
            await meters[i]!.measure();
          }
        }
      } finally {
        for (const load of loads) await load.close();
      }
      servers.forEach((server, i) => rows.push(summarise(server.kind, k, config.windowSeconds, windows[i]!, meters[i]!.perMatchMs())));
    }
    for (const meter of meters) await meter.close();
    const setupCpuMs = Object.fromEntries(servers.map((server, i) => [server.kind, r3(meters[i]!.perMatchMs())]));
    return { rows, setupCpuMs, echoBytes: config.echoBytes };
  } finally {
    for (const server of servers) await server.stop();
  }
}
