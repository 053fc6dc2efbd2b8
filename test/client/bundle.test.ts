import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { firstLoadGzip } from '../../scripts/bundleSize';
import { sharedClientBuild } from '../support/runShared';

let outDir = '';

beforeAll(async () => {
  outDir = await sharedClientBuild();
}, 240_000);

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
