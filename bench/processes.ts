import { fork, type ChildProcess } from 'node:child_process';
import type { LoadKind, WindowResult } from './load';

/** The bench's child processes: each server under test, and each row's clients, in a process of its own. */

function replies(child: ChildProcess) {
  return (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const on = (m: Record<string, unknown>) => {
        if (m.type !== type) return;
        child.off('message', on);
        child.off('exit', onExit);
        resolve(m);
      };
      const onExit = (code: number | null) => reject(new Error(`child exited (${code}) while waiting for ${type}`));
      child.on('message', on);
      child.once('exit', onExit);
    });
}

async function stopChild(child: ChildProcess, message: Record<string, unknown>): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send(message);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) child.kill();
}

export interface Usage {
  cpuMs: number;
  /** Event-loop time, busy and idle, since the process started (performance.eventLoopUtilization). */
  active: number;
  idle: number;
  /** The event loop's delay since the previous reading (monitorEventLoopDelay): its 99th percentile and longest, ms. */
  stallP99Ms: number;
  stallMaxMs: number;
}

export interface ServerHandle {
  kind: LoadKind;
  url: string;
  usage(): Promise<Usage>;
  memory(): Promise<{ heapUsed: number; rss: number }>;
  stop(): Promise<void>;
}

/**
 * Node's flags of `npm start` (package.json) and the Docker image: a larger young generation (docs/ARCHITECTURE.md,
 * "The memory model"). Every server of the bench runs with them, the peer and the echo too (the same stack); the
 * baseline as it ran.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32'];

/** Servers run as `npm start` runs them (NODE_ENV=production, SERVER_NODE_FLAGS); the baseline as it ran before (no NODE_ENV). */
export async function startServer(kind: LoadKind, baselineRoot?: string, dataDir?: string): Promise<ServerHandle> {
  const env = { ...process.env, NODE_ENV: kind === 'baseline' ? '' : 'production', ...(dataDir ? { BENCH_DATA_DIR: dataDir } : {}) };
  const child = fork(new URL('./serverProcess.ts', import.meta.url), [kind, ...(baselineRoot ? [baselineRoot] : [])], {
    env,
    execArgv: ['--import', 'tsx', '--expose-gc', ...(kind === 'baseline' ? [] : SERVER_NODE_FLAGS)],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = replies(child);
  const ready = await next('ready');
  const ask = (type: string) => {
    const reply = next(type);
    child.send({ type });
    return reply;
  };
  return {
    kind,
    url: String(ready.url),
    usage: async () => {
      const m = await ask('usage');
      return { cpuMs: Number(m.cpuMs), active: Number(m.active), idle: Number(m.idle), stallP99Ms: Number(m.stallP99Ms), stallMaxMs: Number(m.stallMaxMs) };
    },
    memory: async () => {
      const m = await ask('memory');
      return { heapUsed: Number(m.heapUsed), rss: Number(m.rss) };
    },
    stop: () => stopChild(child, { type: 'stop' }),
  };
}

export interface LoadHandle {
  window(seconds: number): Promise<WindowResult>;
  /** Unmeasured, before a window of `seconds`: closes the matches that ended, sets up spares (bench/load.ts). */
  between(seconds: number): Promise<void>;
  /** Opens and closes `count` matches (nothing else runs meanwhile): the server's cost of a match setup. */
  setup(kind: LoadKind, url: string, count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startLoad(options: { kind: LoadKind; url: string; k: number; bytes: number; root?: string; trace?: boolean }): Promise<LoadHandle> {
  const child = fork(new URL('./loadProcess.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const next = replies(child);
  await next('ready');
  const prepared = next('prepared');
  child.send({ type: 'prepare', ...options });
  await prepared;
  return {
    async window(seconds) {
      const reply = next('result');
      child.send({ type: 'window', seconds });
      return (await reply).result as WindowResult;
    },
    async between(seconds) {
      const reply = next('betweenDone');
      child.send({ type: 'between', seconds });
      await reply;
    },
    async setup(kind, url, count) {
      const reply = next('setupDone');
      child.send({ type: 'setup', kind, url, count });
      await reply;
    },
    close: () => stopChild(child, { type: 'close' }),
  };
}
