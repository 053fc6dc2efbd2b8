import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { ACTION_IDS } from '../../shared/data/actions';
import { OUTCOME_IDS } from '../../shared/data/outcomes';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { ROLES } from '../../shared/roles';
import { wilson } from '../../tools/sim/stats';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'peninsula-simulate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run simulate', () => {
  test('plays 6 games in worker threads and writes a JSON report with the expected fields and a Markdown report', async () => {
    const out = join(dir, 'balance.json');
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/simulate.ts', '--games', '6', '--strength', '5', '--threads', '2', '--seed', 'suite', '--out', out],
      { cwd: process.cwd(), timeout: 120_000 },
    );
    expect(stderr).toContain('6/6');
    expect(stdout).toContain('6 games');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.threads).toBe(2);
    const b = report.balance;
    expect(b.games).toBe(6);
    // Games cycle through the scenarios (tools/sim/plan.ts): six games play the first six.
    expect(Object.keys(b.byScenario).sort()).toEqual(SCENARIO_IDS.slice(0, 6).sort());
    for (const role of ROLES) {
      const w = b.all.winRate[role];
      expect(w.n).toBe(6);
      expect(w.low).toBeLessThanOrEqual(w.rate);
      expect(w.high).toBeGreaterThanOrEqual(w.rate);
    }
    expect(Object.keys(b.all.outcomes).sort()).toEqual([...OUTCOME_IDS].sort());
    expect(Object.values(b.all.outcomes as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(6);
    expect(b.all.war.n).toBe(6);
    expect(typeof b.all.agreementsPerGame).toBe('number');
    expect(typeof b.all.breachesPerGame).toBe('number');
    expect(b.all.countersAgreed).toBeGreaterThanOrEqual(0);
    expect(b.all.countersAgreed).toBeLessThanOrEqual(1);
    expect(stdout).toMatch(/bargaining: .* counters \(.*% signed\)/);
    expect(Object.keys(b.all.actionUsage).sort()).toEqual([...ACTION_IDS].sort());
    expect(b.all.meanRounds).toBeGreaterThan(0);
    expect(b.checks.length).toBeGreaterThan(0);
    // Issue 15's figures: agendas, winners' agendas, ties and margins, objectives, track spreads, hawks.
    const f = b.all.fairness;
    expect(Object.values(f.agendas as Record<string, { drawn: number }>).reduce((x, a) => x + a.drawn, 0)).toBe(6 * ROLES.length);
    const peaceful = 6 - b.all.war.count;
    expect(Object.values(f.marginHistogram as Record<string, number>).reduce((x, y) => x + y, 0)).toBe(peaceful);
    expect(f.tie.n).toBe(peaceful);
    for (const role of ROLES) expect(f.objectiveMeans[role]).toHaveLength(4);
    expect(f.tracks.tension.p10).toBeLessThanOrEqual(f.tracks.tension.p90);
    expect(f.warByHawks.reduce((x: number, i: { n: number }) => x + i.n, 0)).toBe(6);
    expect(report.seedPrefix).toBe('suite');
    // One RandomBot run per heuristic seat: the default deal-maker, then any personality.
    expect(report.strength.map((s: { opponents: string; seat: string; games: number }) => [s.opponents, s.seat, s.games])).toEqual([
      ['RandomBot', 'dealmaker', 5],
      ['RandomBot', 'mixed', 5],
    ]);
    const markdown = readFileSync(join(dir, 'BALANCE.md'), 'utf8');
    expect(markdown).toContain('<svg');
    expect(markdown).toContain('Win rate per role');
    expect(markdown).toContain('Secret agendas (met and won');
    expect(markdown).toContain('Seeds: seeds `suite-0`');
  }, 150_000);
});

describe('Wilson intervals', () => {
  test('known values, and the edges', () => {
    const i = wilson(12, 40);
    expect(i.rate).toBeCloseTo(0.3, 6);
    expect(i.low).toBeCloseTo(0.1806, 3);
    expect(i.high).toBeCloseTo(0.4544, 3);
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBeCloseTo(1, 9);
    expect(wilson(0, 0)).toMatchObject({ low: 0, high: 1 });
  });
});
