import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';

/*
 * What every test file used to make for itself, made once per run and shared: the client build (seconds of
 * Vite) and an initialised PGlite data folder (its initdb takes seconds). Test files run in separate worker
 * processes, so the first one to ask makes it in the run's folder (test/globalSetup.ts) and the others wait
 * for its "ready" marker.
 */

/** Longer than a build or an initdb takes on a loaded two-core machine; shorter than the hooks that wait. */
const WAIT_MS = 180_000;
const made = new Map<string, Promise<string>>();

function sharedOnce(name: string, make: (dir: string) => Promise<void>): Promise<string> {
  let pending = made.get(name);
  if (!pending) {
    pending = claimOrWait(join(inject('testRunDir'), name), make);
    made.set(name, pending);
  }
  return pending;
}

async function claimOrWait(dir: string, make: (dir: string) => Promise<void>): Promise<string> {
  try {
    await mkdir(dir); // atomic: exactly one process makes it
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return madeElsewhere(dir);
  }
  try {
    await make(dir);
  } catch (error) {
    await writeFile(`${dir}.failed`, String((error as Error).stack ?? error));
    throw error;
  }
  await writeFile(`${dir}.ready`, '');
  return dir;
}

async function madeElsewhere(dir: string): Promise<string> {
  for (const until = Date.now() + WAIT_MS; ; await new Promise((r) => setTimeout(r, 50))) {
    if (existsSync(`${dir}.ready`)) return dir;
    if (existsSync(`${dir}.failed`)) throw new Error(`${dir} could not be made in another test file:\n${await readFile(`${dir}.failed`, 'utf8')}`);
    if (Date.now() > until) throw new Error(`${dir} was not ready within ${WAIT_MS / 1000} s`);
  }
}

/** The production client build (vite.config.ts), once per run. Read-only: nobody writes into it. */
export function sharedClientBuild(): Promise<string> {
  return sharedOnce('client', async (outDir) => {
    const { build } = await import('vite'); // imported here: most test files never build
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  });
}

/**
 * A new data folder holding an initialised, empty PGlite cluster: a copy of one initdb'd once per run, so a
 * test server opens it in a fraction of a second. The server still runs its migrations on it, as on any
 * empty database. The fresh-machine path (an empty folder: initdb at the first open) stays covered by the
 * test that starts from one (`emptyDataDir` in test/server/restart.test.ts).
 */
export async function initialisedDataDir(prefix = 'peninsula-data-'): Promise<string> {
  const template = await sharedOnce('pglite', async (dir) => {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(dir);
    await db.close();
  });
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  await cp(template, dataDir, { recursive: true });
  return dataDir;
}
