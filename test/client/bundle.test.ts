import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { firstLoadGzip } from '../../scripts/bundleSize';

const root = join(import.meta.dirname, '..', '..');
let outDir = '';

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'peninsula-bundle-'));
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the production client build', () => {
  test('the first load is at most 200 KB of gzipped JavaScript', () => {
    expect(firstLoadGzip(outDir)).toBeLessThanOrEqual(200 * 1024);
  });

  test('ships no boardgame.io debug panel (its Svelte components), and nothing from the server', () => {
    const scripts = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const file of scripts) {
      const code = readFileSync(join(outDir, 'assets', file), 'utf8');
      expect(code, file).not.toMatch(/svelte-[a-z0-9]{5,}/);
      expect(code, file).not.toContain('@electric-sql/pglite');
      expect(code, file).not.toContain('pg_advisory_xact_lock');
    }
  });
});
