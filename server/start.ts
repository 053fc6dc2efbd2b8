import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPeninsulaServer } from './app';
import { installCrashGuard } from './crashGuard';
import { createLogger } from './logger';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const clientDir = join(root, 'dist', 'client');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    return Math.max(latest, mtime);
  }, 0);
}

/** `npm start` builds the client when it is missing or older than its sources, so a fresh clone just works. */
async function buildClientIfStale(): Promise<void> {
  if (process.env.SKIP_CLIENT_BUILD === '1') return;
  if (!existsSync(join(root, 'client', 'index.html'))) return;
  const built = join(clientDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'shared')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the client…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  installCrashGuard(createLogger(process.env.LOG_LEVEL ?? 'info'));
  await buildClientIfStale();
  const server = await startPeninsulaServer({
    port: Number(process.env.PORT ?? 8000),
    dataDir: process.env.DATA_DIR ?? join(root, 'data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    clientDir,
    logLevel: process.env.LOG_LEVEL ?? 'info',
    botDelayMs: Number(process.env.BOT_DELAY_MS ?? 400),
  });
  console.log(`Peninsula is ready at http://localhost:${process.env.PORT ?? 8000}`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the database and stopping.`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
