import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPeninsulaServer } from './app';
import { installCrashGuard } from './crashGuard';
import { createLogger } from './logger';
import { buildClientIfStale } from './clientBuild';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

// A .env in the project root, as deployers expect; variables already in the environment win.
const envFile = join(root, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);
const clientDir = process.env.CLIENT_DIR ? resolve(process.env.CLIENT_DIR) : join(root, 'dist', 'client');

async function main(): Promise<void> {
  installCrashGuard(createLogger(process.env.LOG_LEVEL ?? 'info'));
  const warning = process.env.CLIENT_DIR ? null : await buildClientIfStale(root, clientDir);
  if (warning) console.warn(warning);
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
