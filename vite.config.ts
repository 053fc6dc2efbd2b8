/// <reference types="vitest/config" />
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import LongestFirst from './test/longestFirst.ts';

/**
 * boardgame.io's client imports its Svelte debug panel statically; with `debug: false` it never
 * mounts, but the code would still ship. In a build, the panel's module is replaced by nothing.
 */
function withoutBoardgameDebugPanel(): Plugin {
  const stub = '\0boardgame.io-debug-panel-stub';
  return {
    name: 'peninsula:without-boardgame-debug-panel',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/^\.\/Debug-[0-9a-f]+\.js$/.test(source) && importer?.includes('boardgame.io/dist/esm/')) return stub;
      return null;
    },
    load(id) {
      return id === stub ? 'export const D = undefined;' : null;
    },
  };
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Text that compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
/** Quality 10, not the maximum 11: 1.7% larger for the entry script, and three times faster to build (4 s, not 12 s, on a loaded two-core machine). */
const BROTLI_QUALITY = 10;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

/**
 * Writes `file.br` (brotli) and `file.gz` (gzip, best) beside every text file of the build,
 * once, so the server sends them without compressing per request (server/http/staticClient.ts).
 * node:zlib only: no native dependency. A copy that is not smaller is not written.
 */
function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'peninsula:precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const raw = await readFile(path);
          if (raw.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gzipped(raw, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < raw.length) await writeFile(`${path}.br`, br);
          if (gz.length < raw.length) await writeFile(`${path}.gz`, gz);
        }),
      );
    },
  };
}

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const devServer = `http://localhost:${process.env.PORT ?? 8000}`;

// The client lives in client/ and builds to dist/client, which the server serves.
// Tests live in test/ and run from the project root: node by default, jsdom for
// component tests (they say so with a `@vitest-environment jsdom` comment).
export default defineConfig({
  root: 'client',
  plugins: [react(), withoutBoardgameDebugPanel(), precompressed()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
  },
  // `npm run dev`: Vite serves the client with hot reload and passes the rest to the server on PORT.
  server: {
    proxy: {
      '/games': devServer,
      '/health': devServer,
      '/api': devServer,
      '/socket.io': { target: devServer, ws: true },
    },
  },
  test: {
    dir: projectRoot,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // The run's shared folder: the client build and an initialised database, made once for every file (test/support/runShared.ts).
    globalSetup: [join(projectRoot, 'test', 'globalSetup.ts')],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
    // Vitest's default is one worker per core less one: a single worker on the two-core CI machines, and the
    // suite ran file after file. Most of its time is spent waiting on servers, sockets and Chromium, so two
    // workers take it from about 450 s to about 300 s there. Never fewer than two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
