import { ROLES, type Role } from '../../shared/roles';

export interface Seat {
  table: number;
  role: Role;
}

/** With the table count left to the class, tables open as students arrive, up to this many; then students share roles. */
export const MAX_TABLES = 20;

/**
 * Where the next student sits: the first empty seat, table by table in role order, so tables
 * fill up rather than spreading students thin among bots. With no empty seat left (a fixed
 * table count, or the cap), the student joins the seat with the fewest students as a team.
 * `tables` null means "from the students who join": a new table opens when all seats are taken.
 */
export function assignSeat(taken: readonly Seat[], tables: number | null): Seat {
  const used = Math.max(0, ...taken.map((s) => s.table));
  const count = tables ?? Math.min(MAX_TABLES, Math.max(1, used + (taken.length >= used * ROLES.length ? 1 : 0)));
  let best: { seat: Seat; students: number } | null = null;
  for (let table = 1; table <= count; table++) {
    for (const role of ROLES) {
      const students = taken.filter((s) => s.table === table && s.role === role).length;
      if (!best || students < best.students) best = { seat: { table, role }, students };
    }
  }
  return best!.seat;
}
