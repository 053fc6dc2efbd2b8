import { ACTION_IDS, ACTIONS, type ActionId } from '../../shared/data/actions';
import { OBJECTIVES } from '../../shared/data/objectives';
import { OUTCOME_IDS, type OutcomeId } from '../../shared/data/outcomes';
import { SCENARIO_IDS, type ScenarioId } from '../../shared/data/scenarios';
import { ROLES, type Role } from '../../shared/roles';
import { TRACKS, type TrackId } from '../../shared/tracks';
import { summariseDecisions } from './decisionTime';
import { fairnessStats, type FairnessStats } from './fairness';
import { wilson, type Interval } from './interval';
import type { GameSummary } from './match';

export { wilson, type Interval } from './interval';

/** The balance targets of GAME.md and issue 15, as numbers. */
export const TARGETS = {
  roleWinRate: { min: 0.15, max: 0.25 },
  warRate: { min: 0.05, max: 0.15 },
  /** With three or more hawks at the table: war must not be set by one personality alone. */
  warWithHawks: { hawks: 3, max: 0.5 },
  /** No outcome in more than this share of games; the four named ones each in at least `min`. */
  outcomeShare: { max: 0.4, min: 0.05, each: ['peaceRegime', 'managedDetente', 'nuclearNormalisation', 'armsRace'] as const },
  /** "At least one agreement in most games." */
  gamesWithAgreement: { min: 0.5 },
  /** Every order between these shares of its own role's orders. */
  actionShare: { min: 0.03, max: 0.6 },
  agendaMet: { min: 0.25, max: 0.75 },
  winnersMetAgenda: { max: 0.8 },
  ties: { max: 0.05 },
  objectiveMean: { min: 1.5, max: 8.5 },
  trackMean: { min: 1, max: 9 },
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
  countersPerGame: number;
  /** Share of counter-proposals that were signed. */
  countersAgreed: number;
  walkOutsPerGame: number;
  breachesPerGame: number;
  actionUsage: Record<ActionId, ActionUsage>;
  roundsHistogram: Record<number, number>;
  meanRounds: number;
  meanMoves: number;
  meanScore: Record<Role, number>;
  meanFinalTracks: Record<TrackId, number>;
  fairness: FairnessStats;
}

export interface TargetCheck {
  scope: string;
  target: string;
  value: string;
  ok: boolean;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => (xs.length === 0 ? 0 : sum(xs) / xs.length);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function groupStats(games: readonly GameSummary[]): GroupStats {
  const n = games.length;
  const winRate = Object.fromEntries(ROLES.map((r) => [r, wilson(games.filter((g) => g.winners.includes(r)).length, n)])) as Record<Role, Interval>;
  const outcomes = Object.fromEntries(OUTCOME_IDS.map((o) => [o, games.filter((g) => g.outcome === o).length])) as Record<OutcomeId, number>;
  const ordersByRole = Object.fromEntries(ROLES.map((r) => [r, games.reduce((s, g) => s + g.ordersByRole[r], 0)])) as Record<Role, number>;
  const actionUsage = Object.fromEntries(
    ACTION_IDS.map((a) => {
      const count = games.reduce((s, g) => s + (g.actions[a] ?? 0), 0);
      const orders = ordersByRole[ACTIONS[a].role];
      return [a, { count, share: orders === 0 ? 0 : count / orders }];
    }),
  ) as Record<ActionId, ActionUsage>;
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
    countersPerGame: mean(games.map((g) => g.counters)),
    countersAgreed: share(sum(games.map((g) => g.countersAgreed)), sum(games.map((g) => g.counters))),
    walkOutsPerGame: mean(games.map((g) => g.walkOuts)),
    breachesPerGame: mean(games.map((g) => g.breaches)),
    actionUsage,
    roundsHistogram,
    meanRounds: mean(games.map((g) => g.roundsPlayed)),
    meanMoves: mean(games.map((g) => g.moves)),
    meanScore: Object.fromEntries(ROLES.map((r) => [r, mean(games.map((g) => g.scores[r]))])) as Record<Role, number>,
    meanFinalTracks: Object.fromEntries(TRACKS.map((t) => [t, mean(games.map((g) => g.finalTracks[t]))])) as Record<TrackId, number>,
    fairness: fairnessStats(games),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const within = (x: number, range: { min?: number; max?: number }) => x >= (range.min ?? -Infinity) && x <= (range.max ?? Infinity);

/** Checks one group against the targets that every scenario must meet: wins, war, outcomes, agreements. */
export function checkTargets(scope: string, s: GroupStats): TargetCheck[] {
  const checks: TargetCheck[] = ROLES.map((r) => ({
    scope,
    target: `${r} wins 15–25%`,
    value: pct(s.winRate[r].rate),
    ok: within(s.winRate[r].rate, TARGETS.roleWinRate),
  }));
  checks.push({ scope, target: 'war in 5–15%', value: pct(s.war.rate), ok: within(s.war.rate, TARGETS.warRate) });
  const share = (o: OutcomeId) => s.outcomes[o] / Math.max(1, s.games);
  const top = OUTCOME_IDS.reduce((a, b) => (share(b) > share(a) ? b : a));
  checks.push({ scope, target: 'no outcome above 40%', value: `${top} ${pct(share(top))}`, ok: share(top) <= TARGETS.outcomeShare.max });
  for (const o of TARGETS.outcomeShare.each) checks.push({ scope, target: `${o} at least 5%`, value: pct(share(o)), ok: share(o) >= TARGETS.outcomeShare.min });
  checks.push({
    scope,
    target: 'an agreement in most games',
    value: pct(s.gamesWithAgreement.rate),
    ok: s.gamesWithAgreement.rate > TARGETS.gamesWithAgreement.min,
  });
  return checks;
}

/** The targets judged on all games together: agendas, margins, orders, objectives, tracks, hawks. */
export function checkFairness(scope: string, s: GroupStats): TargetCheck[] {
  const f = s.fairness;
  const checks: TargetCheck[] = [];
  for (const [id, a] of Object.entries(f.agendas))
    checks.push({ scope, target: `agenda ${id} met 25–75% of draws`, value: `${pct(a.met.rate)} of ${a.drawn}`, ok: within(a.met.rate, TARGETS.agendaMet) });
  checks.push({
    scope,
    target: 'winners who met their agenda ≤ 80%',
    value: pct(f.winnersMetAgenda.rate),
    ok: within(f.winnersMetAgenda.rate, TARGETS.winnersMetAgenda),
  });
  checks.push({ scope, target: 'ties ≤ 5%', value: pct(f.tie.rate), ok: within(f.tie.rate, TARGETS.ties) });
  const hawkish = f.warByHawks.slice(TARGETS.warWithHawks.hawks).reduce((acc, i) => ({ count: acc.count + i.count, n: acc.n + i.n }), { count: 0, n: 0 });
  const hawkWar = hawkish.n === 0 ? 0 : hawkish.count / hawkish.n;
  checks.push({ scope, target: 'war ≤ 50% with 3+ hawks', value: `${pct(hawkWar)} of ${hawkish.n}`, ok: hawkWar <= TARGETS.warWithHawks.max });
  for (const a of ACTION_IDS) {
    const u = s.actionUsage[a];
    if (!within(u.share, TARGETS.actionShare)) checks.push({ scope, target: `${a} in 3–60% of ${ACTIONS[a].role} orders`, value: pct(u.share), ok: false });
  }
  checks.push({
    scope,
    target: "every order in 3–60% of its role's orders",
    value: `${ACTION_IDS.filter((a) => within(s.actionUsage[a].share, TARGETS.actionShare)).length}/${ACTION_IDS.length}`,
    ok: ACTION_IDS.every((a) => within(s.actionUsage[a].share, TARGETS.actionShare)),
  });
  for (const r of ROLES) {
    f.objectiveMeans[r].forEach((m, i) => {
      if (!within(m, TARGETS.objectiveMean))
        checks.push({ scope, target: `${r} objective ${OBJECTIVES[r][i]!.label} mean 1.5–8.5`, value: m.toFixed(1), ok: false });
    });
  }
  const objectivesOk = ROLES.every((r) => f.objectiveMeans[r].every((m) => within(m, TARGETS.objectiveMean)));
  checks.push({ scope, target: 'every objective mean 1.5–8.5', value: objectivesOk ? 'all' : 'see above', ok: objectivesOk });
  for (const t of TRACKS)
    if (!within(f.tracks[t].mean, TARGETS.trackMean))
      checks.push({ scope, target: `track ${t} final mean 1–9`, value: f.tracks[t].mean.toFixed(1), ok: false });
  const tracksOk = TRACKS.every((t) => within(f.tracks[t].mean, TARGETS.trackMean));
  checks.push({ scope, target: 'every track final mean 1–9', value: tracksOk ? 'all' : 'see above', ok: tracksOk });
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
  const winRate = Object.fromEntries(
    ROLES.map((r) => {
      const mine = games.filter((g) => heuristicRole(g) === r);
      return [r, wilson(mine.filter((g) => g.winners.includes(r)).length, mine.length)];
    }),
  ) as Record<Role, Interval>;
  const winRateWithoutWar = Object.fromEntries(
    ROLES.map((r) => {
      const mine = games.filter((g) => heuristicRole(g) === r && !g.war);
      return [r, wilson(mine.filter((g) => g.winners.includes(r)).length, mine.length)];
    }),
  ) as Record<Role, Interval>;
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
    checks: [...checkTargets('all', all), ...checkFairness('all', all), ...checks],
    timing: {
      meanGameMs,
      meanDecisionMs: decisions.meanMs,
      p99DecisionMs: decisions.p99Ms,
      maxDecisionMs: decisions.maxMs,
      gamesPerSecondPerThread: meanGameMs === 0 ? 0 : 1000 / meanGameMs,
    },
  };
}
