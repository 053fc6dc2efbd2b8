import { describe, expect, test } from 'vitest';
import { emptyDecisionTiming } from '../../tools/sim/decisionTime';
import { fairnessStats } from '../../tools/sim/fairness';
import type { GameSummary } from '../../tools/sim/match';
import { checkFairness, groupStats } from '../../tools/sim/stats';
import { ROLES, type Role } from '../../shared/roles';
import { SCENARIOS } from '../../shared/data/scenarios';

const perRole = <T>(value: T) => Object.fromEntries(ROLES.map((r) => [r, value])) as Record<Role, T>;

/** A finished game in short notation: who won, by how much, which agendas were met, how many hawks sat. */
function game(winners: Role[], margin: number | null, met: Role[], hawks = 0): GameSummary {
  return {
    seed: 's',
    scenario: 'singapore2018',
    seats: ROLES.map((_, i) => (i < hawks ? 'hawk' : 'dove')),
    outcome: margin === null ? 'war' : 'managedDetente',
    winners,
    war: margin === null,
    roundsPlayed: 6,
    agreements: 1,
    deals: 1,
    jointStatements: 0,
    proposals: 2,
    counters: 2,
    countersAgreed: winners.length,
    walkOuts: 0,
    breaches: 0,
    actions: {},
    ordersByRole: perRole(6),
    scores: perRole(10),
    agendas: { US: 'usTwoSummits', DPRK: 'dprkSanctionsBelowFour', ROK: 'rokPanmunjomSummit', PRC: 'prcBeijingSummit', JPN: 'jpnAbductionsAddressed' },
    agendaMet: Object.fromEntries(ROLES.map((r) => [r, met.includes(r)])) as Record<Role, boolean>,
    objectivePoints: perRole([10, 0, 5, 5]),
    margin,
    finalTracks: { ...SCENARIOS.singapore2018.tracks },
    moves: 10,
    ms: 1,
    decisions: emptyDecisionTiming(),
  };
}

describe('the fairness figures of the balance report', () => {
  const games = [game(['US'], 3, ['US']), game(['DPRK'], 1, ['US']), game(['ROK', 'PRC'], 0, ['ROK']), game([], null, ['JPN'], 3)];

  test('an agenda counts as met and won only in the games that drew it', () => {
    const f = fairnessStats(games);
    expect(f.agendas.usTwoSummits).toMatchObject({ drawn: 4, met: { count: 2, n: 4 }, wins: { count: 1, n: 4 } });
    expect(f.agendas.usInspectorsOnSite.drawn).toBe(0);
    expect(f.agendas.jpnAbductionsAddressed.met.count).toBe(1);
  });

  test('winners who met their agenda, ties and margins count the games without war only', () => {
    const f = fairnessStats(games);
    // Winners: US (met), DPRK (not), ROK (met), PRC (not).
    expect(f.winnersMetAgenda).toMatchObject({ count: 2, n: 4 });
    expect(f.tie).toMatchObject({ count: 1, n: 3 });
    expect(f.pointsTie).toMatchObject({ count: 1, n: 3 });
    expect(f.marginHistogram).toEqual({ '0': 1, '1': 1, '2': 0, '3–4': 1, '5–9': 0, '10+': 0 });
    expect(f.medianMargin).toBe(1);
  });

  test('war is broken down by the hawks at the table, and objectives by their term', () => {
    const f = fairnessStats(games);
    expect(f.warByHawks[3]).toMatchObject({ count: 1, n: 1 });
    expect(f.warByHawks[0]).toMatchObject({ count: 0, n: 3 });
    expect(f.objectiveMeans.US).toEqual([10, 0, 5, 5]);
  });

  test('counters are counted per game with the share of them signed', () => {
    const s = groupStats(games);
    // Two counters a game; as many signed as the game had winners: 1 + 1 + 2 + 0 of 8.
    expect(s.countersPerGame).toBe(2);
    expect(s.countersAgreed).toBe(4 / 8);
    expect(s.walkOutsPerGame).toBe(0);
  });

  test('the checks name each missed target: a saturated objective, an empty one, ties, the hawks', () => {
    const failed = checkFairness('all', groupStats(games))
      .filter((c) => !c.ok)
      .map((c) => c.target);
    expect(failed).toContain('US objective Low DPRK capability mean 1.5–8.5');
    expect(failed).toContain('US objective Credibility in Asia mean 1.5–8.5');
    expect(failed).toContain('ties ≤ 5%');
    expect(failed).toContain('war ≤ 50% with 3+ hawks');
    expect(failed).not.toContain('winners who met their agenda ≤ 80%');
  });
});
