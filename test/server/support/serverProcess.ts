import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initialisedDataDir } from '../../support/runShared';

const root = join(import.meta.dirname, '..', '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed: its structured log. */
  output(): string;
  /** kill -9: no shutdown hooks run. */
  crash(): Promise<void>;
  /** SIGTERM: the graceful path. Resolves with the exit code. */
  terminate(): Promise<number | null>;
  /** Starts a new server process on the same port and data folder. */
  restart(): Promise<ServerProcess>;
  /** Stops the process and removes the data folder. */
  dispose(): Promise<void>;
}

interface StartOptions {
  port?: number;
  dataDir?: string;
  /** Start from an empty data folder, as on a fresh machine: PGlite's first open runs initdb. By default a copy of one initialised once per run. */
  emptyDataDir?: boolean;
  env?: Record<string, string>;
  /** What to wait for before resolving: /health (serving, the default), /livez (answering, e.g. a hot standby) or /readyz (owning a shard, partitioned). */
  waitPath?: '/health' | '/livez' | '/readyz';
}

/**
 * The real server as a child process (`node --import tsx server/start.ts`), on a free port,
 * with a temporary data folder and no client build: what `npm start` runs, minus the build.
 */
export async function startServerProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? (options.emptyDataDir ? mkdtempSync(join(tmpdir(), 'peninsula-test-')) : await initialisedDataDir('peninsula-test-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      SKIP_CLIENT_BUILD: '1',
      BOT_DELAY_MS: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const health = await fetch(`${url}${options.waitPath ?? '/health'}`);
      if (health.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer ${options.waitPath ?? '/health'} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const handle: ServerProcess = {
    url,
    port,
    dataDir,
    output: () => output,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async terminate() {
      child.kill('SIGTERM');
      return exited;
    },
    restart: () => startServerProcess({ ...options, port, dataDir }),
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
