/**
 * What the socket gate (server/socket/) costs per move, two ways:
 *   micro  — messageGate's checks on the messages of real bot games, beside boardgame.io's reducer
 *            applying the same moves (the work a move costs anyway), on one thread;
 *   server — the same load (K Peninsula matches, every seat a bot over its own socket) against the
 *            real server with the gate and without it (bench/serverProcess.ts peninsula-ungated),
 *            both running, windows alternated so drift on a shared machine falls on both alike.
 * `npm run bench -- --only gate` runs just this section.
 */
import { randomUUID } from 'node:crypto';
import { gateRulesOf } from '../server/socket/gatedSocketIO';
import { gateMove } from '../server/socket/messageGate';
import { Peninsula } from '../shared/game';
import type { Personality } from '../shared/options';
import { ROLES, type Role } from '../shared/roles';
import { nextBotMove } from '../shared/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../shared/sim/headless';
import { peninsulaLoad, type LoadResult } from './load';
import { startServer } from './serverHandle';

export interface GateConfig {
  moves: number;
  k: number;
  windowSeconds: number;
  /** Windows per server, alternated. */
  rounds: number;
}

interface Step {
  before: MatchState;
  playerID: string;
  move: string;
  args: unknown[];
}

const DEALMAKERS = Object.fromEntries(ROLES.map((r) => [r, 'dealmaker'])) as Record<Role, Personality>;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The moves of bot games played back to back, each with the state it was made on. */
function steps(count: number): Step[] {
  const out: Step[] = [];
  for (let game = 0; out.length < count; game++) {
    let state = startMatch({ seed: `bench-gate-${game}` });
    while (state.ctx.gameover === undefined && out.length < count) {
      const next = nextBotMove(state, DEALMAKERS);
      if (!next) break;
      out.push({ before: state, playerID: next.playerID, move: next.choice.move, args: next.choice.args });
      state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
    }
  }
  return out;
}

/** Microseconds per item of `run` over `items`, repeated for at least 300 ms. */
function microsPerItem<T>(items: readonly T[], run: (item: T) => unknown): number {
  let reps = 0;
  const started = performance.now();
  do {
    for (const item of items) run(item);
    reps += 1;
  } while (performance.now() - started < 300);
  return ((performance.now() - started) * 1000) / (reps * items.length);
}

export function micro(count: number) {
  const moves = steps(count);
  const rules = gateRulesOf(Peninsula);
  const credentials = randomUUID();
  const messages = moves.map((s) => [{ type: 'MAKE_MOVE', payload: { type: s.move, args: s.args, playerID: s.playerID, credentials } }, s.before._stateID, 'benchMatch0123456789a', s.playerID]);
  for (const m of messages) if (!gateMove(m, rules).ok) throw new Error(`the gate refused a legal move: ${JSON.stringify(m[0])}`);
  const gate = microsPerItem(messages, (m) => gateMove(m, rules));
  const reducer = microsPerItem(moves, (s) => applyMove(s.before, s.playerID, s.move, s.args));
  return { moves: moves.length, gateMicrosPerMove: round(gate, 2), reducerMicrosPerMove: round(reducer, 1), gateShareOfReducer: round(gate / reducer, 4) };
}

async function server(config: GateConfig) {
  const ungated = await startServer('peninsula-ungated');
  const gated = await startServer('peninsula');
  const runs: Record<'gated' | 'ungated', LoadResult[]> = { gated: [], ungated: [] };
  try {
    for (let r = 0; r < config.rounds; r++) {
      const order = r % 2 === 0 ? (['ungated', 'gated'] as const) : (['gated', 'ungated'] as const);
      for (const kind of order) runs[kind].push(await peninsulaLoad((kind === 'gated' ? gated : ungated).url, config.k, config.windowSeconds));
    }
  } finally {
    await Promise.all([ungated.stop(), gated.stop()]);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const summary = (results: LoadResult[]) => ({
    movesPerSecond: round(mean(results.map((x) => x.movesPerSecond)), 1),
    rttP50Ms: round(mean(results.map((x) => x.rttMs.p50))),
    rttP95Ms: round(mean(results.map((x) => x.rttMs.p95))),
    errors: results.reduce((a, x) => a + x.errors, 0),
  });
  const g = summary(runs.gated);
  const u = summary(runs.ungated);
  return { k: config.k, windowSeconds: config.windowSeconds, rounds: config.rounds, gated: g, ungated: u, movesPerSecondRatio: round(g.movesPerSecond / u.movesPerSecond, 3), p50Ratio: round(g.rttP50Ms / u.rttP50Ms, 3) };
}

export async function gateBench(config: GateConfig) {
  return { micro: micro(config.moves), server: await server(config) };
}

export function gateMarkdown(result: Awaited<ReturnType<typeof gateBench>>): string {
  const { micro: m, server: s } = result;
  return `## 5. Socket gate (server/socket/)

Checks on the messages of ${m.moves} moves of real bot games (one thread): **${m.gateMicrosPerMove} µs per move**, beside ${m.reducerMicrosPerMove} µs for boardgame.io's reducer to apply the same move (the gate is ${round(m.gateShareOfReducer * 100, 2)}% of it).

The same load, K = ${s.k} Peninsula matches (every seat a bot over its own socket), against the server with and without the gate, ${s.rounds} alternated windows of ${s.windowSeconds} s each:

| Server | Moves/s | RTT p50 (ms) | p95 | Errors |
|---|---|---|---|---|
| with the gate | ${s.gated.movesPerSecond} | ${s.gated.rttP50Ms} | ${s.gated.rttP95Ms} | ${s.gated.errors} |
| without (boardgame.io's transport as it comes) | ${s.ungated.movesPerSecond} | ${s.ungated.rttP50Ms} | ${s.ungated.rttP95Ms} | ${s.ungated.errors} |

Ratio with ÷ without: moves/s **${s.movesPerSecondRatio}×**, p50 round-trip **${s.p50Ratio}×**.
`;
}
