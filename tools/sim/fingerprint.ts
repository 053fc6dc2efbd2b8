/**
 * npx tsx tools/sim/fingerprint.ts [--games N] [--strength N] [--seed PREFIX]
 *
 * A hash of every move of a set of same-seed games, their outcomes and scores: a change meant to make
 * the bots cheaper (not different) must leave it unchanged. Games are planned as `npm run simulate`
 * plans them (mixed personalities, every scenario; --strength adds one deal-maker against RandomBots).
 * Prints the hash per run and the CPU time the games took on this one thread.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DEFAULT_PLAN, planGames, type PlanOptions } from './plan';
import { playGame, type GameSpec } from './match';

/** The games' moves, outcomes and scores as one hash (timings left out: they are not decisions). */
export async function fingerprint(specs: readonly GameSpec[]): Promise<{ hash: string; moves: number }> {
  const hash = createHash('sha256');
  let moves = 0;
  for (const spec of specs) {
    hash.update(`game ${spec.seed} ${spec.scenario}\n`);
    const summary = await playGame(spec, (playerID, choice) => {
      moves += 1;
      hash.update(`${playerID} ${choice.move} ${JSON.stringify(choice.args)}\n`);
    });
    const { ms: _ms, decisions, ...decided } = summary;
    hash.update(`${JSON.stringify(decided)} ${decisions.count}\n`);
  }
  return { hash: hash.digest('hex').slice(0, 16), moves };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { games: { type: 'string', default: '40' }, strength: { type: 'string', default: '10' }, seed: { type: 'string', default: 'fp' } },
  });
  const base: PlanOptions = { ...DEFAULT_PLAN, games: Number(values.games), seedPrefix: values.seed ?? 'fp' };
  const runs: [string, PlanOptions][] = [
    ['balance (mixed)', base],
    [
      'dealmaker vs RandomBot',
      { ...base, games: Number(values.strength), personalities: 'dealmaker', opponents: 'random', seedPrefix: `${base.seedPrefix}-random` },
    ],
  ];
  for (const [label, plan] of runs) {
    if (plan.games <= 0) continue;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { hash, moves } = await fingerprint(planGames(plan));
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `${label.padEnd(24)} ${plan.games} games ${moves} moves  fingerprint ${hash}  ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} CPU-s, ${(plan.games / cpuSeconds).toFixed(2)} games per CPU-s`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
