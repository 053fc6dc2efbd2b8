import { randomUUID } from 'node:crypto';
import type { State } from 'boardgame.io';
import type { Joined, MeData, SeatAccess } from '../../shared/api/classroom';
import { isRefusal, refuse, type Refusal } from '../../shared/api/errors';
import { tableDebrief, type TableDebrief } from '../../shared/debrief';
import { ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { checkName, MAX_STUDENTS, nameKey } from './checks';
import type { ClassSession, Student } from './classStore';
import { isWellFormedJoinCode, normaliseJoinCode } from './joinCode';
import type { PublicView } from './liveTables';
import { JoinCodeGate, type JoinGate } from './rateLimit';
import { assignSeat, lateSeat } from './seating';
import { hashSecret, newSecret } from './secrets';
import { seatNames, type ClassroomDeps, type TableMatches } from './tableMatches';

/** Students (a join code and a name, no account) and everything found by join code. */
export class StudentService {
  readonly gate: JoinGate;

  constructor(
    private readonly d: ClassroomDeps,
    private readonly tables: TableMatches,
    private readonly view: PublicView,
  ) {
    this.gate = d.joinGate ?? new JoinCodeGate(10, 60_000);
  }

  /**
   * The session a join code names. Wrong codes count against the address; past the limit a code
   * is answered only where its class was already seen (see JoinCodeGate), so a class's own
   * network is never refused its right code and an outsider learns nothing from guessing.
   */
  async byCode(address: string, typed: unknown): Promise<ClassSession | Refusal> {
    const code = normaliseJoinCode(typeof typed === 'string' ? typed : '');
    const session = isWellFormedJoinCode(code) ? await this.d.classes.sessionByCode(code) : undefined;
    const wait = await this.gate.retryAfter(address, session?.sessionId);
    if (wait > 0) {
      return refuse('TOO_MANY_GUESSES', `Too many wrong join codes from this network. Wait ${wait} seconds, then check the code on the board.`, wait);
    }
    if (!session) {
      await this.gate.fail(address);
      return refuse('NOT_FOUND', 'No class with that code. Check the code on the board (6 letters and digits).');
    }
    await this.gate.seen(address, session.sessionId);
    return session;
  }

  /**
   * A new student, or (`rejoin: true`) a student back in a fresh browser: the same name in the
   * same class is the same seat, never another role's. A second student with a taken name is
   * refused with NAME_TAKEN so they can pick another (or say it is them).
   */
  async join(address: string, body: Record<string, unknown>): Promise<Joined | Refusal> {
    const session = await this.byCode(address, body.code);
    if (isRefusal(session)) return session;
    const name = checkName(body.name);
    if (isRefusal(name)) return name;
    if (session.status === 'ended') return refuse('CLASS_ENDED', 'This class session has ended.');
    const students = await this.d.classes.students(session.sessionId);
    const same = students.find((s) => nameKey(s.name) === nameKey(name));
    const token = newSecret();
    if (same) {
      if (body.rejoin !== true) {
        return refuse(
          'NAME_TAKEN',
          `Someone called “${same.name}” has already joined this class. If that is you on another device, choose “That is me: rejoin”. Otherwise add an initial (for example “${name} K.”).`,
        );
      }
      await this.d.classes.setStudentToken(same.studentId, hashSecret(token));
      this.d.log.info({ sessionId: session.sessionId, studentId: same.studentId }, 'student rejoined from another browser');
      return { studentId: same.studentId, token, sessionId: session.sessionId, table: same.table, role: same.role, rejoined: true };
    }
    if (students.length >= MAX_STUDENTS) return refuse('CLASS_FULL', `This class is full (${MAX_STUDENTS} students).`);
    const seat = session.status === 'lobby' ? assignSeat(students, session.settings.tables) : lateSeat(students);
    if (!seat) return refuse('NO_LATE_SEAT', 'This class has started and has no seat played by students to join; ask your teacher.');
    const student: Student = { studentId: randomUUID(), sessionId: session.sessionId, name, table: seat.table, role: seat.role, joinedAt: Date.now() };
    await this.d.classes.addStudent(student, hashSecret(token));
    if (session.status === 'running') await this.tables.rename(session.sessionId, seat.table, seat.role);
    return { studentId: student.studentId, token, sessionId: session.sessionId, table: seat.table, role: seat.role, rejoined: false };
  }

  async student(token: unknown): Promise<Student | Refusal> {
    const student = typeof token === 'string' && token.length > 0 ? await this.d.classes.studentByToken(hashSecret(token)) : undefined;
    if (!student)
      return refuse(
        'STUDENT_TOKEN',
        'This browser is no longer in the class: you (or someone with your name) joined from another device, or the class was deleted. Join again with the code.',
      );
    return student;
  }

  /** A student's view of the class: where they sit, with whom, and (once started) the seat's credentials. */
  async me(student: Student): Promise<MeData | Refusal> {
    const session = await this.d.classes.session(student.sessionId);
    if (!session) return refuse('NOT_FOUND', 'This class session was deleted.');
    const students = await this.d.classes.students(student.sessionId);
    const teammates = students.filter((s) => s.table === student.table && s.role === student.role && s.studentId !== student.studentId).map((s) => s.name);
    let seat: SeatAccess | null = null;
    const matchID = await this.tables.tableOf(session.sessionId, student.table);
    let over = false;
    if (matchID) {
      const { metadata } = await this.d.store.fetch(matchID, { metadata: true });
      const playerID = String(ROLES.indexOf(student.role));
      const credentials = metadata?.players[Number(playerID)]?.credentials;
      if (credentials) seat = { matchID, playerID, credentials };
      over = metadata?.gameover !== undefined;
    }
    return {
      student: { studentId: student.studentId, name: student.name, table: student.table, role: student.role },
      session: this.view.session(session),
      teammates,
      seat,
      over,
      paused: matchID !== null && session.status !== 'ended' && this.d.timers.isPaused(matchID),
      messages: (await this.d.classes.messages(session.sessionId, student.table)).slice(-5),
    };
  }

  /** A student's own table, once its game is over (or the session ended): agendas are public by then. */
  async debrief(student: Student): Promise<TableDebrief | Refusal> {
    const session = await this.d.classes.session(student.sessionId);
    const matchID = await this.tables.tableOf(student.sessionId, student.table);
    const { state } = matchID ? await this.d.store.fetch(matchID, { state: true }) : { state: undefined };
    if (!session || !state) return refuse('NOT_FOUND', 'Your table has not started.');
    const over = state.ctx.gameover !== undefined;
    if (!over && session.status !== 'ended') return refuse('GAME_NOT_OVER', "Your table's game is not over yet.");
    const students = (await this.d.classes.students(student.sessionId)).filter((s) => s.table === student.table);
    return tableDebrief({ table: student.table, seats: seatNames(students), G: (state as State<PeninsulaState>).G, over });
  }

  /** A teacher key seen from an address marks the class's network as its own (see byCode). */
  async seenTeacher(address: string, session: ClassSession): Promise<void> {
    await this.gate.seen(address, session.sessionId);
  }
}
