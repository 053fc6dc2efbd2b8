/**
 * The partitioned set-up the bench measures (docs/DEPLOY.md, "Partitioned across processes"): a
 * fresh Postgres database, N Peninsula processes (`npm start` with SHARDS=N, SHARD_ID=k) on
 * loopback ports, and nginx in front with deploy/nginxConf.ts's configuration. Everything on
 * 127.0.0.1; every wait bounded.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { nginxConf } from '../../deploy/nginxConf';
import { freePort } from '../../test/server/support/serverProcess';
import { SERVER_NODE_FLAGS } from '../processes';

const root = join(import.meta.dirname, '..', '..');

/** Why the section cannot run here (a sentence for the report), or null when nginx and Postgres answer. */
export async function missing(databaseUrl: string | undefined): Promise<string | null> {
  if (spawnSync('nginx', ['-v']).error) return 'nginx is not installed (apt-get install -y nginx)';
  if (!databaseUrl) return 'no PostgreSQL: set BENCH_DATABASE_URL or DATABASE_URL to a server where the bench may create a database';
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL at DATABASE_URL does not answer (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function until(what: string, probe: () => Promise<boolean>, seconds = 90): Promise<void> {
  for (let i = 0; i < seconds * 10; i++) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface Cluster {
  /** The proxy: where the players connect. */
  url: string;
  database: pg.Client;
  /** `output`: the last 20 KB a process wrote (for an error message); `log`: all of it, from its file. */
  servers: { port: number; process: ChildProcess; output: () => string; log: () => string }[];
  /** kill -9 of process k. */
  kill(k: number): void;
  stop(): Promise<void>;
}

/** A fresh database, `n` processes each ready on its home shard, nginx before them. */
export async function startCluster(databaseUrl: string, n: number, botDelayMs: number): Promise<Cluster> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const name = `peninsula_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(databaseUrl);
  target.pathname = `/${name}`;
  const database = new pg.Client({ connectionString: target.toString() });
  await database.connect();
  const clientDir = mkdtempSync(join(tmpdir(), 'peninsula-bench-client-'));
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  // Each process's whole output goes to a file: the take-over and restore lines must survive a busy log.
  const logDir = mkdtempSync(join(tmpdir(), 'peninsula-bench-logs-'));
  const servers = ports.map((port, k) => {
    // As `npm start` runs it (its Node flags), the node process itself: the kill -9 hits the server, no wrapper between.
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server/start.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: target.toString(),
        SHARDS: String(n),
        SHARD_ID: String(k),
        CLIENT_DIR: clientDir,
        LOG_LEVEL: 'warn',
        BOT_DELAY_MS: String(botDelayMs),
        MATCH_CREATE_LIMIT: '0',
        TRUST_PROXY: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const file = join(logDir, `process-${k}.log`);
    const whole = createWriteStream(file);
    const keep = (chunk: Buffer) => {
      whole.write(chunk);
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    return { port, process: child, output: () => output, log: () => readFileSync(file, 'utf8') };
  });
  const prefix = mkdtempSync(join(tmpdir(), 'peninsula-bench-nginx-'));
  // nginx's workers run as nobody when started by root: they need to reach their temporary folders.
  chmodSync(prefix, 0o755);
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const proxyPort = await freePort();
  writeFileSync(join(prefix, 'nginx.conf'), nginxConf({ ports, listen: `127.0.0.1:${proxyPort}`, prefix }));
  let nginx: ChildProcess | null = null;
  const stop = async () => {
    nginx?.kill('SIGTERM');
    for (const s of servers) if (s.process.exitCode === null && s.process.signalCode === null) s.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1_500));
    for (const s of servers) if (s.process.exitCode === null && s.process.signalCode === null) s.process.kill('SIGKILL');
    await database.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    rmSync(prefix, { recursive: true, force: true });
    rmSync(clientDir, { recursive: true, force: true });
    rmSync(logDir, { recursive: true, force: true });
  };
  try {
    for (const s of servers)
      await until(`process on ${s.port} to own its shard`, async () => (await fetch(`http://127.0.0.1:${s.port}/readyz`)).status === 200);
    nginx = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
    await until('nginx', async () => (await fetch(`http://127.0.0.1:${proxyPort}/livez`)).ok, 20);
  } catch (error) {
    const outputs = servers.map((s) => s.output().slice(-2_000)).join('\n---\n');
    await stop();
    throw new Error(`${(error as Error).message}\n${outputs}`);
  }
  return {
    url: `http://127.0.0.1:${proxyPort}`,
    database,
    servers,
    kill: (k) => servers[k]?.process.kill('SIGKILL'),
    stop,
  };
}
