import type { LogEntry, State } from 'boardgame.io';
import type { ConsoleData, DebriefData, ProjectorData } from '../../shared/api/classroom';
import { isRefusal, type Refusal } from '../../shared/api/errors';
import { classDebrief, tableDebrief, type TableDebrief, type TableInput } from '../../shared/debrief';
import { decisionsOf, type LogMove } from '../../shared/decisions';
import type { PeninsulaState } from '../../shared/state';
import type { ClassSession } from './classStore';
import type { JoinBase } from './joinUrl';
import { PublicView } from './liveTables';
import { StudentService } from './students';
import { seatNames, TableMatches, type ClassroomDeps } from './tableMatches';
import { TeacherService } from './teacher';

export { alertsOf } from './liveTables';
export { checkName, checkSettings, MAX_EXTEND_SECONDS, MAX_STUDENTS } from './checks';
export { lateSeat } from './seating';
export { hashSecret } from './secrets';
export type { ClassroomDeps } from './tableMatches';

/**
 * Classroom mode: sessions a teacher runs with a secret key, students who join with a code
 * and a name, one boardgame.io match per table. Students share their seat's credentials (a
 * team plays one role); the server hands them out only to the seat's students. The work is
 * split by who asks: `teacher`, `students`, and `view` (the live tables, console and projector).
 */
export class Classroom {
  readonly tables: TableMatches;
  readonly view: PublicView;
  readonly teacher: TeacherService;
  readonly students: StudentService;

  /** Push to the class's open pages (the routes open streams and report changes). */
  readonly events: ClassroomDeps['events'];

  constructor(
    private readonly d: ClassroomDeps,
    joinBase: () => JoinBase,
  ) {
    this.events = d.events;
    this.tables = new TableMatches(d);
    this.view = new PublicView(d, joinBase);
    this.teacher = new TeacherService(d, this.tables);
    this.students = new StudentService(d, this.tables, this.view);
  }

  async console(session: ClassSession): Promise<ConsoleData> {
    const students = await this.d.classes.students(session.sessionId);
    return {
      session: this.view.session(session),
      students: students.map((s) => ({ studentId: s.studentId, name: s.name, table: s.table, role: s.role })),
      tables: await this.view.tables(session, students, 'teacher'),
      messages: await this.d.classes.messages(session.sessionId),
    };
  }

  /** Every table's debrief and every decision, each row saying who made it (students, timer, teacher, bot). */
  async debrief(session: ClassSession): Promise<DebriefData> {
    const students = await this.d.classes.students(session.sessionId);
    const inputs: TableInput[] = [];
    const decisions: DebriefData['decisions'] = [];
    const matches = await this.tables.of(session.sessionId);
    for (const t of matches) {
      const { state, log } = await this.d.store.fetch(t.matchID, { state: true, log: true });
      if (!state) continue;
      const seats = seatNames(students.filter((s) => s.table === t.table));
      inputs.push({ table: t.table, seats, G: (state as State<PeninsulaState>).G, over: state.ctx.gameover !== undefined });
      decisions.push(...decisionsOf(t.table, seats, movesOf(log ?? [])));
    }
    // Match ids let the teacher's page fetch each table's private press (server/press, same teacher key).
    return { debrief: classDebrief(inputs), decisions, matches };
  }

  /** The projector, by join code; at the end, the results board (outcomes, scores, agendas; no names). */
  async projector(address: string, code: string): Promise<ProjectorData | Refusal> {
    const session = await this.students.byCode(address, code);
    if (isRefusal(session)) return session;
    return this.view.projector(session, () => this.results(session));
  }

  private async results(session: ClassSession): Promise<TableDebrief[]> {
    const out: TableDebrief[] = [];
    for (const t of await this.tables.of(session.sessionId)) {
      const { state } = await this.d.store.fetch(t.matchID, { state: true });
      if (state) out.push(tableDebrief({ table: t.table, seats: {}, G: (state as State<PeninsulaState>).G, over: state.ctx.gameover !== undefined }));
    }
    return out;
  }
}

/** The moves of a match's log; those the server made for a seat carry their fill mark in the arguments. */
function movesOf(log: readonly LogEntry[]): LogMove[] {
  return log
    .filter((e) => e.action.type === 'MAKE_MOVE')
    .map((e) => ({
      phase: e.phase,
      playerID: String(e.action.payload.playerID),
      move: e.action.payload.type,
      args: (e.action.payload.args ?? []) as unknown[],
    }));
}
