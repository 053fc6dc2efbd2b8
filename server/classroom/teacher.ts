import { randomBytes, randomUUID } from 'node:crypto';
import type { State } from 'boardgame.io';
import type { CreatedClass, TeacherMessage } from '../../shared/api/classroom';
import { EVENTS } from '../../shared/data/events';
import { isRole, ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { HttpError } from '../http/httpError';
import type { Fill } from '../timers/expiry';
import { checkLiveSettings, checkMessage, checkSettings, MAX_EXTEND_SECONDS } from './checks';
import type { ClassSession, Student } from './classStore';
import { isEventId } from './events';
import { newJoinCode } from './joinCode';
import { balanceTables, MAX_TABLES } from './seating';
import { hashSecret, matchesHash, newRecoveryCode, newSecret, normaliseRecoveryCode } from './secrets';
import type { ClassroomDeps, TableMatches } from './tableMatches';

/** How long "inject now" waits for each phase it ends to pass (the moves go through the socket). */
const PHASE_PASS_MS = 10_000;

/** What only the teacher (the key's holder) may do to a class session. */
export class TeacherService {
  constructor(private readonly d: ClassroomDeps, private readonly tables: TableMatches) {}

  async create(body: Record<string, unknown>): Promise<CreatedClass & { settings: ClassSession['settings'] }> {
    const settings = checkSettings(body);
    if (settings.sameDeck) settings.seed = randomBytes(12).toString('base64url');
    const teacherKey = newSecret();
    const recoveryCode = newRecoveryCode();
    for (let attempt = 0; attempt < 10; attempt++) {
      const session: ClassSession = {
        sessionId: randomUUID(), joinCode: newJoinCode(), teacherKeyHash: hashSecret(teacherKey), recoveryHash: hashSecret(recoveryCode), settings, status: 'lobby', createdAt: Date.now(),
      };
      if (await this.d.classes.createSession(session)) {
        this.d.log.info({ sessionId: session.sessionId }, 'class session created');
        const { seed: _secret, ...shown } = settings;
        return { sessionId: session.sessionId, joinCode: session.joinCode, teacherKey, recoveryCode, settings: shown };
      }
    }
    throw new HttpError(503, 'Could not find a free join code; try again.');
  }

  /** The session, if the key is its teacher's; 403 otherwise (404 when there is no such session). */
  async asTeacher(sessionId: string, teacherKey: unknown): Promise<ClassSession> {
    const session = await this.d.classes.session(sessionId);
    if (!session) throw new HttpError(404, 'No such class session.');
    if (!matchesHash(teacherKey, session.teacherKeyHash)) throw new HttpError(403, 'This needs the teacher key of the session. Lost it? Use the recovery code you were given at creation (Classroom › Recover a console).');
    return session;
  }

  /** The join code and the recovery code give a new teacher key; the old key (a lost browser) stops working. */
  async recover(session: ClassSession | undefined, recoveryCode: unknown): Promise<{ sessionId: string; teacherKey: string }> {
    if (!session || !matchesHash(normaliseRecoveryCode(recoveryCode), session.recoveryHash)) {
      throw new HttpError(403, 'That recovery code does not match this class. Check both codes (the recovery code was shown once, when the class was created).');
    }
    const teacherKey = newSecret();
    await this.d.classes.setTeacherKey(session.sessionId, hashSecret(teacherKey));
    this.d.log.info({ sessionId: session.sessionId }, 'teacher console recovered with the recovery code');
    return { sessionId: session.sessionId, teacherKey };
  }

  async moveStudent(session: ClassSession, body: Record<string, unknown>): Promise<Student[]> {
    if (session.status !== 'lobby') throw new HttpError(409, 'Students can be moved only before the start.');
    const table = body.table;
    const limit = session.settings.tables ?? MAX_TABLES;
    if (!Number.isInteger(table) || (table as number) < 1 || (table as number) > limit) throw new HttpError(400, `table must be a whole number from 1 to ${limit}.`);
    if (!isRole(body.role)) throw new HttpError(400, `role must be one of ${ROLES.join(', ')}.`);
    if (typeof body.studentId !== 'string' || !(await this.d.classes.moveStudent(session.sessionId, body.studentId, table as number, body.role))) {
      throw new HttpError(404, 'No such student in this session.');
    }
    return this.d.classes.students(session.sessionId);
  }

  async start(session: ClassSession): Promise<{ tables: number[] }> {
    if (session.status !== 'lobby') throw new HttpError(409, 'This session has already started.');
    // Tables that filled seat by seat are evened out first (six students: three and three, not five and one).
    if (session.settings.tables === null) {
      for (const m of balanceTables(await this.d.classes.students(session.sessionId))) await this.d.classes.moveStudent(session.sessionId, m.studentId, m.table, m.role);
    }
    const students = await this.d.classes.students(session.sessionId);
    await this.d.classes.setStatus(session.sessionId, 'running');
    const tableNumbers = [...new Set(students.map((s) => s.table))].sort((a, b) => a - b);
    if (tableNumbers.length === 0) tableNumbers.push(1);
    for (const table of tableNumbers) {
      const matchID = await this.tables.create(session, students.filter((s) => s.table === table));
      await this.d.classes.setTable(session.sessionId, table, matchID);
      this.d.events.table(matchID, session.sessionId);
    }
    this.d.log.info({ sessionId: session.sessionId, tables: tableNumbers.length, students: students.length }, 'class started');
    return { tables: tableNumbers };
  }

  private live(session: ClassSession): void {
    if (session.status === 'ended') throw new HttpError(409, 'The session has ended: its tables are frozen for the debrief.');
  }

  async pause(session: ClassSession, table: unknown, paused: boolean): Promise<void> {
    this.live(session);
    for (const t of await this.tables.of(session.sessionId, table)) {
      if (paused) {
        await this.d.timers.pause(t.matchID);
      } else {
        await this.d.timers.resume(t.matchID);
        // The bots held still while paused: they look at the table again.
        const { state } = await this.d.store.fetch(t.matchID, { state: true });
        await this.d.bots.attach(t.matchID, state as State<PeninsulaState> | undefined);
      }
    }
  }

  async extend(session: ClassSession, table: unknown, seconds: unknown): Promise<number> {
    this.live(session);
    if (!Number.isInteger(seconds) || (seconds as number) < 1 || (seconds as number) > MAX_EXTEND_SECONDS) throw new HttpError(400, `seconds must be a whole number from 1 to ${MAX_EXTEND_SECONDS}.`);
    let extended = 0;
    for (const t of await this.tables.of(session.sessionId, table)) if (await this.d.timers.extend(t.matchID, seconds as number)) extended += 1;
    return extended;
  }

  async endPhase(session: ClassSession, table: unknown, fill: unknown): Promise<number> {
    this.live(session);
    if (fill !== undefined && fill !== 'hold' && fill !== 'bot') throw new HttpError(400, 'fill must be "hold" (keep commitments, calmest orders) or "bot" (play as a bot would).');
    let moves = 0;
    for (const t of await this.tables.of(session.sessionId, table)) {
      if (this.d.timers.isPaused(t.matchID)) throw new HttpError(409, `Table ${t.table} is paused: resume it before ending its phase.`);
      moves += await this.d.timers.expireNow(t.matchID, (fill ?? 'hold') as Fill);
    }
    return moves;
  }

  /** The event opens the next round; `now`: the current round ends at once (late seats hold) so it opens now. */
  async inject(session: ClassSession, table: unknown, eventId: unknown, now: unknown): Promise<{ table: number; forRound: number; lastRound: boolean }[]> {
    this.live(session);
    if (!isEventId(eventId)) throw new HttpError(400, `eventId must be one of: ${Object.keys(EVENTS).join(', ')}.`);
    if (now !== undefined && typeof now !== 'boolean') throw new HttpError(400, 'now must be true or false.');
    const out: { table: number; forRound: number; lastRound: boolean }[] = [];
    const targets = await this.tables.of(session.sessionId, table);
    if (now) for (const t of targets) if (this.d.timers.isPaused(t.matchID)) throw new HttpError(409, `Table ${t.table} is paused: resume it to inject now.`);
    for (const t of targets) {
      await this.d.locks.run(t.matchID, async () => {
        const { state } = await this.d.store.fetch(t.matchID, { state: true });
        const G = (state as State<PeninsulaState> | undefined)?.G;
        if (!G || state?.ctx.gameover !== undefined) return;
        await this.d.injects.add(t.matchID, eventId, G.round);
        out.push({ table: t.table, forRound: G.round + 1, lastRound: G.round >= G.options.rounds });
      });
    }
    if (now) await Promise.all(out.filter((o) => !o.lastRound).map((o) => this.endRound(targets.find((t) => t.table === o.table)!.matchID, o.forRound)));
    this.d.log.info({ sessionId: session.sessionId, eventId, tables: out.length, now: now === true }, 'event injected');
    return out;
  }

  /** Ends phases (as the teacher, late seats hold) until the table reaches `round`; bounded in steps and time. */
  private async endRound(matchID: string, round: number): Promise<void> {
    for (let step = 0; step < 4; step++) {
      const before = (await this.d.store.fetch(matchID, { state: true })).state as State<PeninsulaState> | undefined;
      if (!before || before.G.round >= round || before.ctx.gameover !== undefined) return;
      await this.d.timers.expireNow(matchID, 'hold');
      const deadline = Date.now() + PHASE_PASS_MS;
      for (;;) {
        const { state } = await this.d.store.fetch(matchID, { state: true });
        if (!state || state.ctx.phase !== before.ctx.phase || (state as State<PeninsulaState>).G.round !== before.G.round) break;
        if (Date.now() > deadline) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  async end(session: ClassSession): Promise<void> {
    await this.d.classes.setStatus(session.sessionId, 'ended');
    // Ended games stay as they are for the debrief: frozen, so nobody plays on.
    for (const t of await this.tables.of(session.sessionId)) await this.d.timers.pause(t.matchID);
    this.d.log.info({ sessionId: session.sessionId }, 'class ended');
  }

  async remove(session: ClassSession): Promise<void> {
    for (const t of await this.tables.of(session.sessionId)) {
      this.d.bots.detach(t.matchID);
      await this.d.timers.forget(t.matchID);
      this.d.injects.forget(t.matchID);
      await this.d.locks.run(t.matchID, () => this.d.store.wipe(t.matchID));
    }
    await this.d.classes.deleteSession(session.sessionId);
    this.d.log.info({ sessionId: session.sessionId }, 'class session deleted');
  }

  async settings(session: ClassSession, body: Record<string, unknown>): Promise<{ press: boolean }> {
    const settings = checkLiveSettings(session.settings, body);
    await this.d.classes.setSettings(session.sessionId, settings);
    return { press: settings.press };
  }

  async message(session: ClassSession, table: unknown, text: unknown): Promise<TeacherMessage[]> {
    this.live(session);
    const checked = checkMessage(text);
    const to = table === undefined || table === null ? null : table;
    if (to !== null && !(await this.d.classes.tables(session.sessionId)).some((t) => t.table === to) && !(await this.d.classes.students(session.sessionId)).some((s) => s.table === to)) {
      throw new HttpError(404, `No table ${String(to)} in this class.`);
    }
    await this.d.classes.addMessage(session.sessionId, to as number | null, checked, Date.now());
    return this.d.classes.messages(session.sessionId);
  }
}
