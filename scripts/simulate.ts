/**
 * npm run simulate -- --games N [--scenario S|all] [--personalities mixed|P|P,P,P,P,P]
 *                     [--strength N] [--strength-seat P,mixed] [--mcts N] [--mcts-iterations I] [--mcts-depth D] [--compare P,P]
 *                     [--threads T] [--seed PREFIX] [--rounds R] [--out FILE] [--report FILE]
 *
 * Plays N full games with heuristic bots in every seat, in worker threads, and reports balance:
 * a summary on stdout, JSON in --out (default docs/balance.json), Markdown with inline SVG charts
 * in --report (default docs/BALANCE.md, or BALANCE.md beside --out when --out is given).
 * --strength N adds N games of one heuristic seat against four RandomBots; --mcts N against MCTSBots.
 * --strength-seat names the heuristic seat's personality in those games, one run each (default
 * "dealmaker,mixed": the server's default bot, then a seat drawing any personality from the seed).
 * --render FILE re-renders the Markdown from an earlier JSON report, playing no games.
 * --compare adds runs with every seat one personality (--compare-games N each, default the same N), for the report's comparison table.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isPersonality, PERSONALITIES } from '../shared/options';
import { ROLES } from '../shared/roles';
import type { GameSummary } from '../tools/sim/match';
import { DEFAULT_PLAN, parsePersonalities, parseScenario, planGames, type PlanOptions } from '../tools/sim/plan';
import { BALANCE_HISTORY } from '../tools/sim/balanceHistory';
import { decisionTimeText, renderBalanceMarkdown, type SimulationReport } from '../tools/sim/report';
import { balanceStats, strengthStats, type BalanceStats, type StrengthStats } from '../tools/sim/stats';
import { playInWorkers, progressBar } from './workerPool';

const { values } = parseArgs({
  options: {
    games: { type: 'string', default: '400' },
    scenario: { type: 'string', default: 'all' },
    personalities: { type: 'string', default: 'mixed' },
    strength: { type: 'string', default: '0' },
    'strength-seat': { type: 'string', default: 'dealmaker,mixed' },
    mcts: { type: 'string', default: '0' },
    'mcts-iterations': { type: 'string', default: String(DEFAULT_PLAN.mctsIterations) },
    'mcts-depth': { type: 'string', default: String(DEFAULT_PLAN.mctsPlayoutDepth) },
    compare: { type: 'string', default: '' },
    'compare-games': { type: 'string' },
    threads: { type: 'string', default: String(availableParallelism()) },
    seed: { type: 'string', default: DEFAULT_PLAN.seedPrefix },
    rounds: { type: 'string' },
    out: { type: 'string' },
    report: { type: 'string' },
    render: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});

function count(name: string, text: string | undefined, min = 0): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return n;
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(readUsage());
    return;
  }
  if (values.render) {
    // Re-renders the Markdown from a JSON report without playing any game (e.g. after changing the charts).
    const report = JSON.parse(readFileSync(resolve(values.render), 'utf8')) as SimulationReport;
    report.history = BALANCE_HISTORY;
    const reportPath = resolve(values.report ?? join(dirname(resolve(values.render)), 'BALANCE.md'));
    writeFileSync(reportPath, renderBalanceMarkdown(report));
    console.log(`Report: ${reportPath}`);
    return;
  }
  const started = Date.now();
  const cpuAtStart = process.cpuUsage();
  const games = count('games', values.games, 1);
  const threads = count('threads', values.threads, 1);
  const base: PlanOptions = {
    ...DEFAULT_PLAN,
    games,
    scenario: parseScenario(values.scenario ?? 'all'),
    personalities: parsePersonalities(values.personalities ?? 'mixed'),
    seedPrefix: values.seed ?? DEFAULT_PLAN.seedPrefix,
    mctsIterations: count('mcts-iterations', values['mcts-iterations'], 1),
    mctsPlayoutDepth: count('mcts-depth', values['mcts-depth'], 1),
    ...(values.rounds ? { rounds: count('rounds', values.rounds, 1) } : {}),
  };
  const personalitiesLabel = typeof base.personalities === 'string' ? base.personalities : base.personalities.join(',');
  const run = async (label: string, plan: PlanOptions): Promise<GameSummary[]> =>
    playInWorkers(planGames(plan), { threads, onGame: progressBar(plan.games, label.padEnd(18)) });

  const balance = balanceStats(await run(`balance ${personalitiesLabel}`, base), personalitiesLabel);
  const comparisons: BalanceStats[] = [];
  for (const p of (values.compare ?? '').split(',').filter(Boolean)) {
    if (!isPersonality(p)) throw new Error(`--compare takes personalities (${PERSONALITIES.join(', ')}), not "${p}"`);
    const compareGames = values['compare-games'] ? count('compare-games', values['compare-games'], 1) : base.games;
    comparisons.push(balanceStats(await run(`compare ${p}`, { ...base, games: compareGames, personalities: p, seedPrefix: `${base.seedPrefix}-${p}` }), p));
  }
  const strength: StrengthStats[] = [];
  const vsRandom = count('strength', values.strength);
  const strengthSeats = (values['strength-seat'] ?? '')
    .split(',')
    .filter(Boolean)
    .map((p) => {
      if (p !== 'mixed' && !isPersonality(p)) throw new Error(`--strength-seat takes "mixed" or personalities (${PERSONALITIES.join(', ')}), not "${p}"`);
      return p;
    });
  const vsMcts = count('mcts', values.mcts);
  for (const seat of strengthSeats) {
    const seated = { ...base, personalities: seat } satisfies PlanOptions;
    if (vsRandom > 0)
      strength.push(
        strengthStats(
          'RandomBot',
          seat,
          await run(`vs RandomBot ${seat}`, { ...seated, games: vsRandom, opponents: 'random', seedPrefix: `${base.seedPrefix}-random` }),
        ),
      );
    if (vsMcts > 0)
      strength.push(
        strengthStats(
          `MCTSBot (${base.mctsIterations} iterations, playout depth ${base.mctsPlayoutDepth})`,
          seat,
          await run(`vs MCTSBot ${seat}`, { ...seated, games: vsMcts, opponents: 'mcts', seedPrefix: `${base.seedPrefix}-mcts` }),
        ),
      );
  }

  const report: SimulationReport = {
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: `npm run simulate -- ${process.argv.slice(2).join(' ')}`.trim(),
    threads,
    wallSeconds: (Date.now() - started) / 1000,
    cpuSeconds: cpuSecondsSince(cpuAtStart),
    seedPrefix: base.seedPrefix,
    balance,
    comparisons,
    strength,
    history: BALANCE_HISTORY,
  };
  const out = resolve(values.out ?? 'docs/balance.json');
  const reportPath = resolve(values.report ?? (values.out ? join(dirname(out), 'BALANCE.md') : 'docs/BALANCE.md'));
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(reportPath, renderBalanceMarkdown(report));
  printSummary(report);
  console.log(`\nJSON: ${out}\nReport: ${reportPath}`);
}

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1e4) / 100;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function printSummary(r: SimulationReport): void {
  const b = r.balance;
  console.log(
    `\n${b.games} games (${b.personalities}) in ${r.wallSeconds.toFixed(1)} s on ${r.threads} threads (${r.cpuSeconds?.toFixed(1) ?? '?'} CPU-s, all threads); ${b.timing.gamesPerSecondPerThread.toFixed(1)} games/s per thread; a decision takes ${decisionTimeText(b.timing)}`,
  );
  console.log(`${'scope'.padEnd(20)} ${ROLES.map((role) => role.padStart(6)).join(' ')}    war  agreed  breaches`);
  const scopes: [string, typeof b.all][] = [...Object.entries(b.byScenario), ['all', b.all]] as [string, typeof b.all][];
  for (const [name, s] of scopes) {
    console.log(
      `${name.padEnd(20)} ${ROLES.map((role) => pct(s.winRate[role].rate)).join(' ')} ${pct(s.war.rate)} ${pct(s.gamesWithAgreement.rate)}  ${s.breachesPerGame.toFixed(2).padStart(6)}`,
    );
  }
  const f = b.all.fairness;
  console.log(
    `bargaining: ${b.all.proposalsPerGame.toFixed(1)} proposals, ${b.all.countersPerGame.toFixed(2)} counters (${pct(b.all.countersAgreed).trim()} signed) and ${b.all.walkOutsPerGame.toFixed(2)} walk-outs per game`,
  );
  console.log(
    `outcomes: ${Object.entries(b.all.outcomes)
      .map(([o, n]) => `${o} ${pct(n / b.games)}`)
      .join(' ')}`,
  );
  console.log(
    `winners met agenda ${pct(f.winnersMetAgenda.rate)}; ties ${pct(f.tie.rate)}; median margin ${f.medianMargin}; war by hawks ${f.warByHawks.map((i) => `${pct(i.rate)}/${i.n}`).join(' ')}`,
  );
  console.log(
    `agendas met: ${Object.entries(f.agendas)
      .map(([id, a]) => `${id} ${pct(a.met.rate)}`)
      .join(' ')}`,
  );
  const failed = b.checks.filter((c) => !c.ok);
  console.log(
    failed.length === 0
      ? `All ${b.checks.length} target checks hold.`
      : `Targets missed (${failed.length}/${b.checks.length}):\n${failed.map((c) => `  ${c.scope}: ${c.target} — ${c.value}`).join('\n')}`,
  );
  for (const c of r.comparisons)
    console.log(
      `compare ${c.personalities}: ${ROLES.map((role) => `${role} ${pct(c.all.winRate[role].rate)}`).join(' ')}  war ${pct(c.all.war.rate)}  checks ${c.checks.filter((x) => x.ok).length}/${c.checks.length}`,
    );
  for (const s of r.strength) {
    console.log(
      `heuristic seat (${s.seat}) vs ${s.opponents}: ${ROLES.map((role) => `${role} ${pct(s.winRate[role].rate)}`).join(' ')}  war ${pct(s.war.rate)}`,
    );
    console.log(`  …in games without war: ${ROLES.map((role) => `${role} ${pct(s.winRateWithoutWar[role].rate)}`).join(' ')}`);
  }
}

function readUsage(): string {
  return 'npm run simulate -- --games N [--scenario S|all] [--personalities mixed|P|P,P,P,P,P] [--strength N] [--mcts N] [--mcts-iterations I] [--mcts-depth D] [--compare P,P] [--compare-games N] [--threads T] [--seed PREFIX] [--rounds R] [--out FILE] [--report FILE] | --render FILE.json [--report FILE]';
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
