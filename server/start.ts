import './productionMode';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPeninsulaServer } from './app';
import { installCrashGuard } from './crashGuard';
import { routeEngineLog } from './engineLog';
import { createLogger } from './logger';
import { buildClientIfStale } from './clientBuild';
import { holdDataDir } from './writer/dataDirLock';
import { serveStandby } from './writer/standby';
import { acquireWriterLock, type WriterLock } from './writer/writerLock';
import { parseShardLayout } from '../shared/shard';
import { shardOwnership } from './shard/ownership';
import { startShardLocks, type ShardLocks } from './shard/shardLocks';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// A .env in the project root, as deployers expect; variables already in the environment win.
const envFile = join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
const clientDir = process.env.CLIENT_DIR ? resolve(process.env.CLIENT_DIR) : join(root, 'dist', 'client');

async function main(): Promise<void> {
  const log = createLogger(process.env.LOG_LEVEL ?? 'info');
  installCrashGuard(log);
  routeEngineLog(log);
  const warning = process.env.CLIENT_DIR ? null : await buildClientIfStale(root, clientDir);
  if (warning) console.warn(warning);
  const port = Number(process.env.PORT ?? 8000);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = process.env.DATA_DIR ?? join(root, 'data');
  // Partitioned (SHARDS, SHARD_ID): one lock per shard instead of the database's writer lock (docs/DEPLOY.md).
  const layout = parseShardLayout(process.env.SHARDS, process.env.SHARD_ID);
  if (typeof layout === 'string') throw new Error(layout);
  if (layout.shards > 0 && !databaseUrl) throw new Error('SHARDS needs DATABASE_URL: partitioned processes share one PostgreSQL database.');
  shardOwnership.configure(layout);
  const lock = databaseUrl && layout.shards === 0 ? await takeWriterLock(databaseUrl, port, log) : null;
  const folder = databaseUrl ? null : await holdDataDir(dataDir);
  if (folder?.warning) log.warn(folder.warning);
  const server = await startPeninsulaServer({
    port,
    host: process.env.HOST || undefined,
    publicUrl: process.env.PUBLIC_URL || undefined,
    dataDir,
    databaseUrl,
    clientDir,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    botDelayMs: Number(process.env.BOT_DELAY_MS ?? 400),
    metricsToken: process.env.METRICS_TOKEN || undefined,
    ...(lock ? { ready: () => lock.holding() } : {}),
    ...(layout.shards > 0 ? { ready: () => shardOwnership.ownedShards().length > 0 } : {}),
  });
  const shards: ShardLocks | null =
    layout.shards > 0 && databaseUrl
      ? await startShardLocks(databaseUrl, layout, {
          log,
          onGain: async (shard) => {
            const started = Date.now();
            shardOwnership.gained(shard);
            const restored = await server.adopt(shard);
            const line = { shard, ...restored, ms: Date.now() - started };
            if (shard === layout.home) log.info(line, 'shard restored');
            else log.warn(line, 'shard restored');
          },
          onRelease: async (shard) => {
            shardOwnership.lost(shard);
            await server.release(shard);
          },
        })
      : null;
  // Another process may take the lock the moment it is gone: stop at once, write nothing more.
  // The supervisor (systemd, Docker, Kubernetes) starts this process again, as the standby.
  for (const lost of [lock?.lost, shards?.lost])
    void lost?.then((error) => {
      log.fatal({ reason: error.message }, 'writer lock lost: stopping so that one process writes');
      process.exit(1);
    });
  console.log(`Peninsula is ready at http://localhost:${process.env.PORT ?? 8000}`);
  if (server.joinBase.reachable) console.log(`Students join a class at ${server.joinBase.base}/join (phones on the same network).`);
  else
    console.log(
      `Only this computer can reach the server (HOST=${process.env.HOST ?? ''}): no phone can open the class join address. Start with HOST=0.0.0.0 (or set PUBLIC_URL) to open a class to phones on the same network.`,
    );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the database and stopping.`);
    await server.stop();
    await lock?.release();
    await shards?.release();
    await folder?.release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/** On Postgres: the database's writer lock, answering probes on the port as a hot standby while another process holds it. */
async function takeWriterLock(databaseUrl: string, port: number, log: ReturnType<typeof createLogger>): Promise<WriterLock> {
  const waiting: { standby?: ReturnType<typeof serveStandby> } = {};
  const lock = await acquireWriterLock(databaseUrl, { log, onStandby: () => (waiting.standby = serveStandby(port)) });
  if (waiting.standby) await (await waiting.standby).close();
  return lock;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
