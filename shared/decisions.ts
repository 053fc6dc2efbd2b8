import { ACTIONS, type ActionId } from './data/actions';
import { CONCESSIONS } from './data/concessions';
import { VENUES } from './data/venues';
import { isFillMark, type Filler } from './fills';
import { asPhase, type Phase } from './phases';
import { roleOfPlayer, type Role } from './roles';

/*
 * A table's moves as decisions a teacher can grade: who made each (the students, the timer, the
 * teacher or a bot), in words, with the memo that went with the orders; and the same as CSV.
 */

/** Who made a move: the seat's students, the phase timer, the teacher ("End phase now"), or a bot. */
export type MoveAuthor = 'student' | Filler | 'bot';

/** One decision from a table's move log, for grading. */
export interface Decision {
  table: number;
  round: number;
  phase: string;
  role: Role;
  /** The seat's students ("bot" for a bot's seat), whoever made this move. */
  students: string;
  by: MoveAuthor;
  /** The students' names for their own moves; otherwise "timer", "teacher" or "bot". */
  madeBy: string;
  move: string;
  detail: string;
  /** The team's decision memo, for orders that carried one. */
  memo: string;
  args: unknown;
}

export interface LogMove {
  phase: string;
  playerID: string;
  move: string;
  args: unknown[];
}

function describeMove(move: string, args: unknown[]): string {
  const a = (args[0] ?? {}) as Record<string, unknown>;
  switch (move) {
    case 'submitOrders': {
      const actions = ((a.actions as ActionId[] | undefined) ?? []).map((id) => ACTIONS[id]?.label ?? id);
      const choices = Object.values((a.commitments as Record<string, string> | undefined) ?? {});
      const breaches = choices.filter((c) => c === 'breach').length;
      return `${actions.join(' + ')}${choices.length ? `; commitments: ${choices.length - breaches} kept, ${breaches} breached` : ''}`;
    }
    case 'propose':
    case 'counter': {
      const offers = ((a.offers as string[] | undefined) ?? []).map((id) => CONCESSIONS[id as keyof typeof CONCESSIONS]?.label ?? id);
      const asks = ((a.asks as string[] | undefined) ?? []).map((id) => CONCESSIONS[id as keyof typeof CONCESSIONS]?.label ?? id);
      const venue = VENUES[a.venue as keyof typeof VENUES]?.label ?? String(a.venue ?? '');
      return `${move === 'counter' ? 'Counter-proposal' : 'Summit proposal'} to ${((a.to as string[] | undefined) ?? []).join(', ')} at ${venue}: offers ${offers.join(', ') || 'nothing'}; asks ${asks.join(', ') || 'nothing'}`;
    }
    case 'respond':
      return `Answered ${String(a.proposalId)}: ${String(a.answer)}`;
    case 'walkOut':
      return `Walked out of ${String(a.proposalId)}`;
    case 'done':
      return 'Left the diplomacy table';
    case 'chooseCrisisOption':
      return `Crisis choice: ${String(a.option)}`;
    default:
      return move;
  }
}

function memoOf(entry: LogMove): string {
  const memo = entry.move === 'submitOrders' ? (entry.args[0] as { memo?: unknown } | undefined)?.memo : undefined;
  return typeof memo === 'string' ? memo.trim() : '';
}

/**
 * Every move a table made, in order, with the round it belongs to: a round ends when the
 * orders phase does, so the round counter moves on at the first move after an orders move
 * that is not itself an orders move.
 */
export function decisionsOf(table: number, seats: Partial<Record<Role, string[]>>, log: readonly LogMove[]): Decision[] {
  let round = 1;
  let previous: Phase | null = null;
  const out: Decision[] = [];
  for (const entry of log) {
    const phase = asPhase(entry.phase);
    if (previous === 'orders' && phase !== 'orders') round += 1;
    previous = phase;
    const role = roleOfPlayer(entry.playerID);
    if (!role) continue;
    const students = (seats[role] ?? []).join('; ');
    // The server marks the moves it makes for a seat (shared/fills.ts): those are the timer's or the teacher's, not the seat's.
    const by: MoveAuthor = entry.args.find(isFillMark)?.filledBy ?? (students ? 'student' : 'bot');
    out.push({
      table,
      round,
      phase: entry.phase,
      role,
      students: students || 'bot',
      by,
      madeBy: by === 'student' ? students : by,
      move: entry.move,
      detail: describeMove(entry.move, entry.args),
      memo: memoOf(entry),
      args: entry.args[0] ?? null,
    });
  }
  return out;
}

function csvCell(value: unknown): string {
  // No value (a "done" has no argument) is an empty cell, not a quoted empty string.
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function decisionsCsv(decisions: readonly Decision[]): string {
  const header = ['table', 'round', 'phase', 'role', 'made_by', 'by', 'seat_students', 'move', 'detail', 'memo', 'args'];
  const rows = decisions.map((d) =>
    [d.table, d.round, d.phase, d.role, d.madeBy, d.by, d.students, d.move, d.detail, d.memo, d.args]
      .map((v) => csvCell(typeof v === 'number' ? String(v) : v))
      .join(','),
  );
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
