import { ACTION_IDS, ACTIONS } from '../../shared/data/actions';
import { BALANCE_NOTES, BALANCE_TARGETS_TEXT } from './balanceNotes';
import { OUTCOME_IDS, OUTCOMES } from '../../shared/data/outcomes';
import { SCENARIO_IDS, SCENARIOS, type ScenarioId } from '../../shared/data/scenarios';
import { ROLES } from '../../shared/roles';
import { TRACK_INFO, TRACKS } from '../../shared/tracks';
import type { BalanceStats, GroupStats, Interval, StrengthStats } from './stats';
import { fairnessSection } from './fairnessReport';
import { seedSetOf } from './plan';
import { groupedBars, horizontalBars, stackedRows } from './svg';

/** Everything one `npm run simulate` produced: the JSON file holds exactly this. */
export interface SimulationReport {
  generatedAt: string;
  command: string;
  threads: number;
  wallSeconds: number;
  /** CPU time of the whole run, every worker thread included (process.cpuUsage). */
  cpuSeconds?: number;
  /** The seed prefix of the balance games (see plan.ts: tuning or validation set). */
  seedPrefix?: string;
  balance: BalanceStats;
  /** The same targets with every seat one personality, for comparison. */
  comparisons: BalanceStats[];
  strength: StrengthStats[];
  /** Optional text placed before the tuning log (e.g. numbers before a tuning pass). */
  history?: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ci = (i: Interval) => `${pct(i.rate)} (${pct(i.low)}–${pct(i.high)})`;
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function scopes(b: BalanceStats): [string, GroupStats][] {
  return [...SCENARIO_IDS.filter((s) => b.byScenario[s]).map((s): [string, GroupStats] => [SCENARIOS[s].label, b.byScenario[s]!]), ['All scenarios', b.all]];
}

function winRateChart(b: BalanceStats): string {
  const sc = scopes(b);
  return groupedBars({
    title: 'Win rate per role, with 95% Wilson intervals',
    groups: ROLES,
    series: sc.map(([label]) => label),
    values: ROLES.map((r) => sc.map(([, s]) => ({ value: s.winRate[r].rate, low: s.winRate[r].low, high: s.winRate[r].high }))),
    max: 0.6,
    percent: true,
    band: { low: 0.12, high: 0.3, label: 'target 12–30%' },
  });
}

function outcomeChart(b: BalanceStats): string {
  const sc = scopes(b);
  return stackedRows({
    title: 'Outcome of the peninsula',
    rows: sc.map(([label]) => label),
    parts: OUTCOME_IDS.map((o) => OUTCOMES[o].label),
    values: sc.map(([, s]) => OUTCOME_IDS.map((o) => s.outcomes[o])),
  });
}

function perGameChart(b: BalanceStats): string {
  const sc = scopes(b);
  return groupedBars({
    title: 'Per game: agreements, deals, breaches; share of games at war',
    groups: sc.map(([label]) => label.replace(/ \(.*\)/, '')),
    series: ['agreements', 'deals', 'joint statements', 'breaches', 'war rate ×10'],
    values: sc.map(([, s]) => [
      { value: s.agreementsPerGame },
      { value: s.dealsPerGame },
      { value: s.jointStatementsPerGame },
      { value: s.breachesPerGame },
      { value: s.war.rate * 10, low: s.war.low * 10, high: s.war.high * 10 },
    ]),
    // A multiple of 4, so the four grid lines fall on whole numbers.
    max: Math.max(4, Math.ceil(Math.max(...sc.flatMap(([, s]) => [s.agreementsPerGame, s.breachesPerGame, s.war.high * 10])) / 4) * 4),
  });
}

function actionChart(s: GroupStats): string {
  return horizontalBars({
    title: "Action usage: share of its role's orders",
    rows: ACTION_IDS.map((a) => ({ label: `${ACTIONS[a].role} · ${ACTIONS[a].label}`, value: s.actionUsage[a].share, colour: ROLES.indexOf(ACTIONS[a].role) })),
    max: 1,
    percent: true,
    limit: { value: 0.6, label: '60% ceiling' },
  });
}

function lengthChart(b: BalanceStats): string {
  const sc = scopes(b);
  const rounds = [...new Set(sc.flatMap(([, s]) => Object.keys(s.roundsHistogram).map(Number)))].sort((x, y) => x - y);
  return groupedBars({
    title: 'Game length: share of games ending after each round',
    groups: rounds.map((r) => `round ${r}`),
    series: sc.map(([label]) => label),
    values: rounds.map((r) => sc.map(([, s]) => ({ value: (s.roundsHistogram[r] ?? 0) / Math.max(1, s.games) }))),
    max: 1,
    percent: true,
  });
}

function balanceTables(b: BalanceStats): string {
  const sc = scopes(b);
  const winRows = sc.map(([label, s]) => [label, String(s.games), ...ROLES.map((r) => ci(s.winRate[r])), ci(s.war)]);
  const outcomeRows = sc.map(([label, s]) => [label, ...OUTCOME_IDS.map((o) => pct(s.outcomes[o] / Math.max(1, s.games)))]);
  const perGameRows = sc.map(([label, s]) => [
    label,
    pct(s.gamesWithAgreement.rate),
    s.agreementsPerGame.toFixed(2),
    s.dealsPerGame.toFixed(2),
    s.jointStatementsPerGame.toFixed(2),
    s.proposalsPerGame.toFixed(1),
    s.countersPerGame.toFixed(2),
    pct(s.countersAgreed),
    s.walkOutsPerGame.toFixed(2),
    s.breachesPerGame.toFixed(2),
    s.meanRounds.toFixed(2),
    s.meanMoves.toFixed(0),
  ]);
  const scoreRows = sc.map(([label, s]) => [label, ...ROLES.map((r) => s.meanScore[r].toFixed(1))]);
  return [
    '#### Win rate per role (95% Wilson interval) and war rate',
    table(['Scope', 'Games', ...ROLES, 'War'], winRows),
    '#### Outcome distribution',
    table(['Scope', ...OUTCOME_IDS.map((o) => OUTCOMES[o].label)], outcomeRows),
    '#### Agreements, breaches and game length (means per game)',
    table(
      [
        'Scope',
        'Games with an agreement',
        'Agreements',
        'Deals',
        'Joint statements',
        'Proposals',
        'Counters',
        'Counters signed',
        'Walk-outs',
        'Breaches',
        'Rounds',
        'Moves',
      ],
      perGameRows,
    ),
    '#### Mean final score',
    table(['Scope', ...ROLES], scoreRows),
    '#### Mean board at the end',
    table(
      ['Scope', ...TRACKS.map((t) => TRACK_INFO[t].label)],
      sc.map(([label, s]) => [label, ...TRACKS.map((t) => s.meanFinalTracks[t].toFixed(1))]),
    ),
  ].join('\n\n');
}

function checksTable(b: BalanceStats): string {
  const failed = b.checks.filter((c) => !c.ok);
  const summary =
    failed.length === 0
      ? `**All ${b.checks.length} target checks hold.**`
      : `**${b.checks.length - failed.length} of ${b.checks.length} target checks hold.** Missed: ${failed.map((c) => `${c.scope} — ${c.target} (${c.value})`).join('; ')}.`;
  return `${summary}\n\n${table(
    ['Scope', 'Target', 'Value', ''],
    b.checks.map((c) => [c.scope, c.target, c.value, c.ok ? '✓' : '✗']),
  )}`;
}

function actionTable(s: GroupStats): string {
  return table(
    ['Role', 'Action', 'Times ordered', "Share of role's orders"],
    ACTION_IDS.map((a) => [ACTIONS[a].role, ACTIONS[a].label, String(s.actionUsage[a].count), pct(s.actionUsage[a].share)]),
  );
}

function seatLabel(s: StrengthStats): string {
  return s.seat === 'mixed' ? 'any personality' : s.seat;
}

function strengthSection(list: readonly StrengthStats[]): string {
  if (list.length === 0) return '';
  const rows = list.map((s) => [s.opponents, seatLabel(s), String(s.games), ...ROLES.map((r) => `${ci(s.winRate[r])} of ${s.winRate[r].n}`), ci(s.war)]);
  const peaceRows = list.map((s) => [s.opponents, seatLabel(s), ...ROLES.map((r) => `${ci(s.winRateWithoutWar[r])} of ${s.winRateWithoutWar[r].n}`)]);
  const chart = groupedBars({
    title: 'Heuristic seat vs four bots: win rate',
    groups: ROLES,
    series: list.map((s) => `${seatLabel(s)} vs ${s.opponents.split(' (')[0]}`),
    values: ROLES.map((r) => list.map((s) => ({ value: s.winRate[r].rate, low: s.winRate[r].low, high: s.winRate[r].high }))),
    max: 1,
    percent: true,
    band: { low: 0.6, high: 1, label: 'goal ≥ 60% vs RandomBot' },
  });
  return `## Strength: one heuristic seat against four other bots

Each game seats one heuristic bot (the seat cycles through the roles) against four of boardgame.io's bots: \`RandomBot\` (uniform over \`ai.enumerate\`) or \`MCTSBot\` (which reads the full state, hidden cards included, and is scored by the first winner). The heuristic seat is the deal-maker (the bot the server seats unless a match names another) or, in the "any personality" rows, a personality drawn from each game's seed: hawks and opportunists gamble at the brink by design, so they lose more games to war. The goal is a win rate of at least 60% in every role against RandomBot; MCTS is reported only. A war counts as a loss for every seat.

${table(['Opponents', 'Heuristic seat', 'Games', ...ROLES, 'War'], rows)}

The heuristic seat's win rate in the games that did not end in war:

${table(['Opponents', 'Heuristic seat', ...ROLES], peaceRows)}

${chart}`;
}

function comparisonsSection(list: readonly BalanceStats[]): string {
  if (list.length === 0) return '';
  const rows = list.map((b) => [
    b.personalities,
    String(b.games),
    ...ROLES.map((r) => pct(b.all.winRate[r].rate)),
    pct(b.all.war.rate),
    pct(b.all.gamesWithAgreement.rate),
    `${b.checks.filter((c) => c.ok).length}/${b.checks.length}`,
  ]);
  return `## The same targets with one personality in every seat\n\nFor comparison (all scenarios together; the targets are judged on the mixed table above).\n\n${table(['Personalities', 'Games', ...ROLES, 'War', 'Games with an agreement', 'Checks held'], rows)}`;
}

function tuningLog(): string {
  const passes = [...new Set(BALANCE_NOTES.map((n) => n.pass))];
  return `## Tuning log\n\nEvery change to the tables, and why. docs/RULES.md, for players, gives the numbers as they stand; the reasons live here.\n\n${passes
    .map(
      (p) =>
        `### Pass ${p}\n\n${BALANCE_NOTES.filter((n) => n.pass === p)
          .map((n) => `- ${n.change}${n.reason ? ` *Why:* ${n.reason}` : ''}`)
          .join('\n')}`,
    )
    .join('\n\n')}`;
}

/** Mean, the 99th percentile (from the histogram; reports written before it existed have none) and the slowest. */
export function decisionTimeText(t: BalanceStats['timing']): string {
  const p99 = t.p99DecisionMs == null ? '' : `, 99% take under ${t.p99DecisionMs} ms`;
  return `${t.meanDecisionMs.toFixed(2)} ms on average${p99}, the slowest ${t.maxDecisionMs.toFixed(1)} ms`;
}

export function renderBalanceMarkdown(r: SimulationReport): string {
  const b = r.balance;
  const scenarioLine = (Object.keys(b.byScenario) as ScenarioId[]).map((s) => `${SCENARIOS[s].label} (${b.byScenario[s]!.games})`).join(', ');
  return `# Peninsula — balance report

<!-- Generated by \`npm run simulate\` (scripts/simulate.ts). Do not edit by hand: run it again. -->

Generated ${r.generatedAt} by \`${r.command}\` on ${r.threads} worker thread${r.threads === 1 ? '' : 's'} in ${r.wallSeconds.toFixed(0)} s.

${BALANCE_TARGETS_TEXT} Win rates count a shared win for each winner; a war has no winner. "Orders" are role-rounds: an action's share is the share of its own role's orders that included it.

## Balance: heuristic bots in every seat (${b.personalities})

${b.games} games: ${scenarioLine}. Seeds: ${r.seedPrefix ? seedSetOf(r.seedPrefix) : 'not recorded'}. Bot personalities: ${b.personalities === 'mixed' ? 'each seat draws hawk, dove, deal-maker or opportunist from the game seed' : b.personalities}. Engine speed on one thread: ${b.timing.gamesPerSecondPerThread.toFixed(1)} games/s (mean ${b.timing.meanGameMs.toFixed(0)} ms a game); a bot decision takes ${decisionTimeText(b.timing)}.

### Targets

${checksTable(b)}

${fairnessSection(b.all)}

### Charts

${winRateChart(b)}

${outcomeChart(b)}

${perGameChart(b)}

${lengthChart(b)}

${actionChart(b.all)}

### Tables

${balanceTables(b)}

#### Action usage (all scenarios)

${actionTable(b.all)}

${comparisonsSection(r.comparisons)}

${strengthSection(r.strength)}

${r.history ? `${r.history}\n\n` : ''}${tuningLog()}
`.replace(/\n{3,}/g, '\n\n');
}
