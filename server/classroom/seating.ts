import { ROLES, type Role } from '../../shared/roles';

export interface Seat {
  table: number;
  role: Role;
}

/** With the table count left to the class, tables open as students arrive, up to this many; then students share roles. */
export const MAX_TABLES = 20;

function studentsAt(taken: readonly Seat[], table: number, role?: Role): number {
  return taken.filter((s) => s.table === table && (role === undefined || s.role === role)).length;
}

/** The table's seat with the fewest students, in role order (an empty seat first). */
function seatAt(taken: readonly Seat[], table: number): Seat {
  let best: { role: Role; students: number } | null = null;
  for (const role of ROLES) {
    const students = studentsAt(taken, table, role);
    if (!best || students < best.students) best = { role, students };
  }
  return { table, role: best!.role };
}

/**
 * Where the next student sits. A fixed table count: the table with the fewest students, so
 * six students at two tables sit three and three. Tables left to the class (`tables` null):
 * tables fill seat by seat and a new one opens when every seat is taken (evened out at the
 * start by `balanceTables`). With every seat taken, students join the smallest team.
 */
export function assignSeat(taken: readonly Seat[], tables: number | null): Seat {
  if (tables !== null) {
    let table = 1;
    for (let t = 2; t <= tables; t++) if (studentsAt(taken, t) < studentsAt(taken, table)) table = t;
    return seatAt(taken, table);
  }
  const used = Math.max(0, ...taken.map((s) => s.table));
  const count = Math.min(MAX_TABLES, Math.max(1, used + (taken.length >= used * ROLES.length ? 1 : 0)));
  let best: { seat: Seat; students: number } | null = null;
  for (let table = 1; table <= count; table++) {
    const seat = seatAt(taken, table);
    const students = studentsAt(taken, table, seat.role);
    if (!best || students < best.students) best = { seat, students };
  }
  return best!.seat;
}

export interface SeatedStudent extends Seat {
  studentId: string;
}

/**
 * Evens out tables that filled seat by seat (six students: 5 + 1 becomes 3 + 3). Moves the
 * latest arrivals who sit alone on a seat, from the fullest table to the emptiest, until no two
 * tables differ by more than one student; teams the teacher made stay together. `students` in
 * the order they joined; returns the moves to make.
 */
export function balanceTables(students: readonly SeatedStudent[]): SeatedStudent[] {
  const seats = students.map((s) => ({ ...s }));
  const tables = [...new Set(seats.map((s) => s.table))];
  const moves = new Map<string, SeatedStudent>();
  for (let step = 0; step < students.length && tables.length > 1; step++) {
    const sizes = tables.map((t) => ({ table: t, n: studentsAt(seats, t) })).sort((a, b) => a.n - b.n || a.table - b.table);
    const small = sizes[0]!;
    const large = sizes[sizes.length - 1]!;
    if (large.n - small.n <= 1) break;
    const alone = seats.filter((s) => s.table === large.table && studentsAt(seats, s.table, s.role) === 1);
    const mover = alone[alone.length - 1];
    if (!mover) break;
    Object.assign(mover, seatAt(seats, small.table));
    moves.set(mover.studentId, { ...mover });
  }
  return [...moves.values()];
}

/**
 * A student who arrives after the start joins the team with the fewest students among the seats
 * students already play (a bot's seat stays a bot's: its credentials are the server's).
 */
export function lateSeat(students: readonly Seat[]): Seat | null {
  const teams = new Map<string, { table: number; role: Role; size: number }>();
  for (const s of students) {
    const key = `${s.table}:${s.role}`;
    const team = teams.get(key) ?? { table: s.table, role: s.role, size: 0 };
    team.size += 1;
    teams.set(key, team);
  }
  const smallest = [...teams.values()].sort((a, b) => a.size - b.size || a.table - b.table || ROLES.indexOf(a.role) - ROLES.indexOf(b.role))[0];
  return smallest ? { table: smallest.table, role: smallest.role } : null;
}
