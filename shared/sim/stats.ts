import { ACTION_IDS, ACTIONS, type ActionId } from '../data/actions';
import { OUTCOME_IDS, type OutcomeId } from '../data/outcomes';
import { SCENARIO_IDS, type ScenarioId } from '../data/scenarios';
import { ROLES, type Role } from '../roles';
import { TRACKS, type TrackId } from '../tracks';
import { summariseDecisions } from './decisionTime';
import type { GameSummary } from './match';

/** A rate with its 95% Wilson score interval: honest at small counts and near 0 or 1. */
export interface Interval {
  count: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

const Z95 = 1.959964;

export function wilson(count: number, n: number, z = Z95): Interval {
  if (n === 0) return { count, n, rate: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { count, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The balance targets of GAME.md, as numbers. */
export const TARGETS = {
  roleWinRate: { min: 0.12, max: 0.3 },
  warRate: { min: 0.05, max: 0.2 },
  /** "At least one agreement in most games." */
  gamesWithAgreement: { min: 0.5 },
  /** "No single action chosen in more than 60% of all orders": of its own role's orders. */
  actionShare: { max: 0.6 },
} as const;

export interface ActionUsage {
  count: number;
  /** Share of its role's orders (role-rounds) that included it. */
  share: number;
}

export interface GroupStats {
  games: number;
  winRate: Record<Role, Interval>;
  /** Games nobody won: wars. */
  outcomes: Record<OutcomeId, number>;
  war: Interval;
  gamesWithAgreement: Interval;
  agreementsPerGame: number;
  dealsPerGame: number;
  jointStatementsPerGame: number;
  proposalsPerGame: number;
  breachesPerGame: number;
  actionUsage: Record<ActionId, ActionUsage>;
  roundsHistogram: Record<number, number>;
  meanRounds: number;
  meanMoves: number;
  meanScore: Record<Role, number>;
  meanFinalTracks: Record<TrackId, number>;
}

export interface TargetCheck {
  scope: string;
  target: string;
  value: string;
  ok: boolean;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function groupStats(games: readonly GameSummary[]): GroupStats {
  const n = games.length;
  const winRate = Object.fromEntries(ROLES.map((r) => [r, wilson(games.filter((g) => g.winners.includes(r)).length, n)])) as Record<Role, Interval>;
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((o) => [o, games.filter((g) => g.outcome === o).length])) as Record<OutcomeId, number>;
  const ordersByRole = Object.fromEntries(ROLES.map((r) => [r, games.reduce((s, g) => s + g.ordersByRole[r], 0)])) as Record<Role, number>;
  const actionUsage = Object.fromEntries(ACTION_IDS.map((a) => {
    const count = games.reduce((s, g) => s + (g.actions[a] ?? 0), 0);
    const orders = ordersByRole[ACTIONS[a].role];
    return [a, { count, share: orders === 0 ? 0 : count / orders }];
  })) as Record<ActionId, ActionUsage>;
  const roundsHistogram: Record<number, number> = {};
  for (const g of games) roundsHistogram[g.roundsPlayed] = (roundsHistogram[g.roundsPlayed] ?? 0) + 1;
  return {
    games: n,
    winRate,
    outcomes,
    war: wilson(games.filter((g) => g.war).length, n),
    gamesWithAgreement: wilson(games.filter((g) => g.agreements > 0).length, n),
    agreementsPerGame: mean(games.map((g) => g.agreements)),
    dealsPerGame: mean(games.map((g) => g.deals)),
    jointStatementsPerGame: mean(games.map((g) => g.jointStatements)),
    proposalsPerGame: mean(games.map((g) => g.proposals)),
    breachesPerGame: mean(games.map((g) => g.breaches)),
    actionUsage,
    roundsHistogram,
    meanRounds: mean(games.map((g) => g.roundsPlayed)),
    meanMoves: mean(games.map((g) => g.moves)),
    meanScore: Object.fromEntries(ROLES.map((r) => [r, mean(games.map((g) => g.scores[r]))])) as Record<Role, number>,
    meanFinalTracks: Object.fromEntries(TRACKS.map((t) => [t, mean(games.map((g) => g.finalTracks[t]))])) as Record<TrackId, number>,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Checks one group (a scenario, or all games) against the targets. */
export function checkTargets(scope: string, s: GroupStats): TargetCheck[] {
  const checks: TargetCheck[] = ROLES.map((r) => ({
    scope, target: `${r} wins 12–30%`, value: pct(s.winRate[r].rate),
    ok: s.winRate[r].rate >= TARGETS.roleWinRate.min && s.winRate[r].rate <= TARGETS.roleWinRate.max,
  }));
  checks.push({ scope, target: 'war in 5–20%', value: pct(s.war.rate), ok: s.war.rate >= TARGETS.warRate.min && s.war.rate <= TARGETS.warRate.max });
  checks.push({ scope, target: 'an agreement in most games', value: pct(s.gamesWithAgreement.rate), ok: s.gamesWithAgreement.rate > TARGETS.gamesWithAgreement.min });
  const [top, usage] = (Object.entries(s.actionUsage) as [ActionId, ActionUsage][]).reduce((a, b) => (b[1].share > a[1].share ? b : a));
  checks.push({ scope, target: 'no action in > 60% of its role\'s orders', value: `${top} ${pct(usage.share)}`, ok: usage.share <= TARGETS.actionShare.max });
  return checks;
}

/** The heuristic seat's results against other kinds of bot: the strength test. */
export interface StrengthStats {
  opponents: string;
  /** The heuristic seat's personality, or "mixed" (drawn from each game's seed). */
  seat: string;
  games: number;
  /** Win rate of the heuristic seat, by the role it played. */
  winRate: Record<Role, Interval>;
  /** The same, counting only games that did not end in war (a war is a loss for every seat). */
  winRateWithoutWar: Record<Role, Interval>;
  war: Interval;
}

export function strengthStats(opponents: string, seat: string, games: readonly GameSummary[]): StrengthStats {
  const heuristicRole = (g: GameSummary): Role | undefined => ROLES.find((_, i) => g.seats[i] !== 'random' && !g.seats[i]!.startsWith('mcts'));
  const winRate = Object.fromEntries(ROLES.map((r) => {
    const mine = games.filter((g) => heuristicRole(g) === r);
    return [r, wilson(mine.filter((g) => g.winners.includes(r)).length, mine.length)];
  })) as Record<Role, Interval>;
  const winRateWithoutWar = Object.fromEntries(ROLES.map((r) => {
    const mine = games.filter((g) => heuristicRole(g) === r && !g.war);
    return [r, wilson(mine.filter((g) => g.winners.includes(r)).length, mine.length)];
  })) as Record<Role, Interval>;
  return { opponents, seat, games: games.length, winRate, winRateWithoutWar, war: wilson(games.filter((g) => g.war).length, games.length) };
}

export interface BalanceStats {
  games: number;
  personalities: string;
  all: GroupStats;
  byScenario: Partial<Record<ScenarioId, GroupStats>>;
  checks: TargetCheck[];
  /** p99DecisionMs: the histogram bound under which 99% of decisions fall (null: some took 100 ms or more). */
  timing: { meanGameMs: number; meanDecisionMs: number; p99DecisionMs: number | null; maxDecisionMs: number; gamesPerSecondPerThread: number };
}

export function balanceStats(games: readonly GameSummary[], personalities: string): BalanceStats {
  const byScenario: Partial<Record<ScenarioId, GroupStats>> = {};
  const checks: TargetCheck[] = [];
  for (const scenario of SCENARIO_IDS) {
    const mine = games.filter((g) => g.scenario === scenario);
    if (mine.length === 0) continue;
    byScenario[scenario] = groupStats(mine);
    checks.push(...checkTargets(scenario, byScenario[scenario]!));
  }
  const all = groupStats(games);
  const decisions = summariseDecisions(games.map((g) => g.decisions));
  const meanGameMs = mean(games.map((g) => g.ms));
  return {
    games: games.length,
    personalities,
    all,
    byScenario,
    checks: [...checkTargets('all', all), ...checks],
    timing: {
      meanGameMs,
      meanDecisionMs: decisions.meanMs,
      p99DecisionMs: decisions.p99Ms,
      maxDecisionMs: decisions.maxMs,
      gamesPerSecondPerThread: meanGameMs === 0 ? 0 : 1000 / meanGameMs,
    },
  };
}
