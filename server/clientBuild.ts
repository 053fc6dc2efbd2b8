import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    return Math.max(latest, mtime);
  }, 0);
}

/** What a production install (`npm ci --omit=dev`) is told: vite is a dev dependency, so the client is built before. */
export const HOW_TO_BUILD =
  'Build the client where the dev dependencies are installed (`npm ci && npm run build`), then `npm prune --omit=dev` or copy dist/client next to the production install (docs/DEPLOY.md).';

async function loadVite(): Promise<typeof import('vite') | null> {
  try {
    return await import('vite');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

/**
 * `npm start` builds the client when it is missing or older than its sources, so a fresh clone
 * with `npm install && npm start` just works. A production install has no vite: it serves the
 * dist/client it was given and says so when there is none or it is older than the sources.
 * Resolves to a warning for the log, or null.
 */
export async function buildClientIfStale(root: string, clientDir: string): Promise<string | null> {
  if (process.env.SKIP_CLIENT_BUILD === '1') return null;
  if (!existsSync(join(root, 'client', 'index.html'))) return null;
  const built = join(clientDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'client')), newestMtime(join(root, 'shared')));
  const fresh = existsSync(built) && statSync(built).mtimeMs >= sources;
  if (fresh) return null;
  const vite = await loadVite();
  if (!vite) {
    return existsSync(built)
      ? `dist/client is older than client/ or shared/, and vite is not installed (production install): serving the older build. ${HOW_TO_BUILD}`
      : `The client is not built and vite is not installed (production install): the server answers, but pages show how to build. ${HOW_TO_BUILD}`;
  }
  console.log('Building the client…');
  await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return null;
}
