/**
 * What the socket gate (server/socket/) costs per move, two ways:
 *   micro  — messageGate's checks on the messages of real bot games, beside boardgame.io's reducer
 *            applying the same moves (the work a move costs anyway), on one thread;
 *   server — the `ungated` row of the servers section (bench/servers.ts): the same Peninsula server
 *            without the gate, in the same interleaved windows as the others.
 * `npm run bench -- --only gate` runs just the micro part.
 */
import { randomUUID } from 'node:crypto';
import { gateRulesOf } from '../server/socket/messageGate';
import { gateMove } from '../server/socket/messageGate';
import { Peninsula } from '../shared/game';
import type { Personality } from '../shared/options';
import { ROLES, type Role } from '../shared/roles';
import { nextBotMove } from '../tools/sim/botGame';
import { applyMove, startMatch, type MatchState } from '../tools/sim/headless';
import type { RowResult } from './servers';

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
  const messages = moves.map((s) => [
    { type: 'MAKE_MOVE', payload: { type: s.move, args: s.args, playerID: s.playerID, credentials } },
    s.before._stateID,
    'benchMatch0123456789a',
    s.playerID,
  ]);
  for (const m of messages) if (!gateMove(m, rules).ok) throw new Error(`the gate refused a legal move: ${JSON.stringify(m[0])}`);
  const gate = microsPerItem(messages, (m) => gateMove(m, rules));
  const reducer = microsPerItem(moves, (s) => applyMove(s.before, s.playerID, s.move, s.args));
  return { moves: moves.length, gateMicrosPerMove: round(gate, 2), reducerMicrosPerMove: round(reducer, 1), gateShareOfReducer: round(gate / reducer, 4) };
}

export function gateMarkdown(m: ReturnType<typeof micro> | null, rows: readonly RowResult[]): string {
  const pairs = [...new Set(rows.map((r) => r.k))].flatMap((k) => {
    const gated = rows.find((r) => r.k === k && r.kind === 'peninsula');
    const ungated = rows.find((r) => r.k === k && r.kind === 'ungated');
    return gated && ungated ? [{ k, gated, ungated }] : [];
  });
  const ratio = (a: number, b: number) => (b > 0 ? `${round(a / b, 3)}×` : '—');
  return `## 7. Socket gate (server/socket/)

${m ? `Checks on the messages of ${m.moves} moves of real bot games (one thread): **${m.gateMicrosPerMove} µs per move**, beside ${m.reducerMicrosPerMove} µs for boardgame.io's reducer to apply the same move (the gate is ${round(m.gateShareOfReducer * 100, 2)}% of it).` : ''}

${
  pairs.length
    ? `The servers section's Peninsula row with the gate against the same server without it (\`ungated\`), interleaved windows:

| K | moves/s with ÷ without | net CPU/move with ÷ without | RTT p50 with ÷ without |
|---|---|---|---|
${pairs.map(({ k, gated, ungated }) => `| ${k} | ${ratio(gated.movesPerSecond, ungated.movesPerSecond)} | ${ratio(gated.netCpuMsPerMove, ungated.netCpuMsPerMove)} | ${ratio(gated.rttMs.p50, ungated.rttMs.p50)} |`).join('\n')}`
    : ''
}
`;
}
