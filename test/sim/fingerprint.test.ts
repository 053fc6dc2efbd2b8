import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { fingerprint } from '../../tools/sim/fingerprint';
import { DEFAULT_PLAN, planGames } from '../../tools/sim/plan';

const run = promisify(execFile);
const plan = (seedPrefix: string) => planGames({ ...DEFAULT_PLAN, games: 3, seedPrefix });
const strengthPlan = planGames({ ...DEFAULT_PLAN, games: 1, personalities: 'dealmaker', opponents: 'random', seedPrefix: 'fingerprint-random' });

/** The hash a `fingerprint.ts` run printed for the run whose line starts with `label`. */
function printedHash(stdout: string, label: string): string | undefined {
  return stdout
    .split('\n')
    .find((line) => line.startsWith(label))
    ?.match(/fingerprint ([0-9a-f]{16})/)?.[1];
}

describe('the fingerprint of same-seed games (every move, outcome and score)', () => {
  test('is the same each time the same seeds are played, and differs for other seeds', async () => {
    const first = await fingerprint(plan('fingerprint'));
    expect(first.moves).toBeGreaterThan(3 * 20);
    expect(await fingerprint(plan('fingerprint'))).toEqual(first);
    // Positive control: the hash does see the games.
    expect((await fingerprint(plan('fingerprint-other'))).hash).not.toBe(first.hash);
  }, 120_000);

  test('production mode (how simulation workers run) plays the same games as development mode (how tests run)', async () => {
    expect(process.env.NODE_ENV).not.toBe('production');
    const here = await fingerprint(plan('fingerprint'));
    const random = await fingerprint(strengthPlan);
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'tools/sim/fingerprint.ts', '--games', '3', '--strength', '1', '--seed', 'fingerprint'],
      {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'production' },
        timeout: 120_000,
      },
    );
    expect(printedHash(stdout, 'balance (mixed)')).toBe(here.hash);
    expect(printedHash(stdout, 'dealmaker vs RandomBot')).toBe(random.hash);
  }, 150_000);
});
