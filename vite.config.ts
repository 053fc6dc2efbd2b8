/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

// The client lives in client/ and builds to dist/client, which the server serves.
// Tests live in test/ and run from the project root: node by default, jsdom for
// component tests (they say so with a `@vitest-environment jsdom` comment).
export default defineConfig({
  root: 'client',
  plugins: [react(), withoutBoardgameDebugPanel()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      '/games': 'http://localhost:8000',
      '/health': 'http://localhost:8000',
      '/api': 'http://localhost:8000',
      '/socket.io': { target: 'http://localhost:8000', ws: true },
    },
  },
  test: {
    dir: projectRoot,
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker per core less one: a single worker on the two-core CI machines, and the
    // suite ran file after file. Most of its time is spent waiting on servers, sockets and Chromium, so two
    // workers take it from about 450 s to about 300 s there. Never fewer than two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
