import { randomBytes } from 'node:crypto';
import type { State } from 'boardgame.io';
import type { CreatedClass, TeacherMessage } from '../../shared/api/classroom';
import { isRefusal, refuse, type Refusal } from '../../shared/api/errors';
import { EVENTS } from '../../shared/data/events';
import { isRole, ROLES } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { Fill } from '../timers/expiry';
import { checkLiveSettings, checkMessage, checkSettings, checkTable, MAX_EXTEND_SECONDS } from './checks';
import type { ClassSession, Student } from './classStore';
import { isEventId } from './events';
import { newJoinCode } from './joinCode';
import { shardOwnership } from '../shard/ownership';
import { balanceTables, MAX_TABLES } from './seating';
import { hashSecret, matchesHash, newRecoveryCode, newSecret, normaliseRecoveryCode } from './secrets';
import type { ClassroomDeps, TableMatches } from './tableMatches';

/** How long "inject now" waits for each phase it ends to pass (the moves go through the socket). */
const PHASE_PASS_MS = 10_000;

/** What only the teacher (the key's holder) may do to a class session. */
export class TeacherService {
  /** Told when the press switch changes, with the class's tables (the press room: server/app.ts). */
  pressSwitched: (matchIDs: readonly string[]) => void = () => undefined;

  constructor(
    private readonly d: ClassroomDeps,
    private readonly tables: TableMatches,
  ) {}

  async create(body: Record<string, unknown>): Promise<(CreatedClass & { settings: ClassSession['settings'] }) | Refusal> {
    const settings = checkSettings(body);
    if (isRefusal(settings)) return settings;
    if (settings.sameDeck) settings.seed = randomBytes(12).toString('base64url');
    const teacherKey = newSecret();
    const recoveryCode = newRecoveryCode();
    for (let attempt = 0; attempt < 10; attempt++) {
      const session: ClassSession = {
        sessionId: shardOwnership.newId(),
        joinCode: newJoinCode(),
        teacherKeyHash: hashSecret(teacherKey),
        recoveryHash: hashSecret(recoveryCode),
        settings,
        status: 'lobby',
        createdAt: Date.now(),
      };
      if (await this.d.classes.createSession(session)) {
        this.d.log.info({ sessionId: session.sessionId }, 'class session created');
        const { seed: _secret, ...shown } = settings;
        return { sessionId: session.sessionId, joinCode: session.joinCode, teacherKey, recoveryCode, settings: shown };
      }
    }
    return refuse('NO_FREE_CODE', 'Could not find a free join code; try again.');
  }

  /** The session, if the key is its teacher's; TEACHER_KEY otherwise (NOT_FOUND when there is no such session). */
  async asTeacher(sessionId: string, teacherKey: unknown): Promise<ClassSession | Refusal> {
    const session = await this.d.classes.session(sessionId);
    if (!session) return refuse('NOT_FOUND', 'No such class session.');
    if (!matchesHash(teacherKey, session.teacherKeyHash))
      return refuse(
        'TEACHER_KEY',
        'This needs the teacher key of the session. Lost it? Use the recovery code you were given at creation (Classroom › Recover a console).',
      );
    return session;
  }

  /** The join code and the recovery code give a new teacher key; the old key (a lost browser) stops working. */
  async recover(session: ClassSession | undefined, recoveryCode: unknown): Promise<{ sessionId: string; teacherKey: string } | Refusal> {
    if (!session || !matchesHash(normaliseRecoveryCode(recoveryCode), session.recoveryHash)) {
      return refuse(
        'RECOVERY_CODE',
        'That recovery code does not match this class. Check both codes (the recovery code was shown once, when the class was created).',
      );
    }
    const teacherKey = newSecret();
    await this.d.classes.setTeacherKey(session.sessionId, hashSecret(teacherKey));
    this.d.log.info({ sessionId: session.sessionId }, 'teacher console recovered with the recovery code');
    return { sessionId: session.sessionId, teacherKey };
  }

  async moveStudent(session: ClassSession, body: Record<string, unknown>): Promise<Student[] | Refusal> {
    if (session.status !== 'lobby') return refuse('CLASS_STARTED', 'Students can be moved only before the start.');
    const table = body.table;
    const limit = session.settings.tables ?? MAX_TABLES;
    if (!Number.isInteger(table) || (table as number) < 1 || (table as number) > limit)
      return refuse('BAD_INPUT', `table must be a whole number from 1 to ${limit}.`);
    if (!isRole(body.role)) return refuse('BAD_INPUT', `role must be one of ${ROLES.join(', ')}.`);
    if (typeof body.studentId !== 'string' || !(await this.d.classes.moveStudent(session.sessionId, body.studentId, table as number, body.role))) {
      return refuse('NOT_FOUND', 'No such student in this session.');
    }
    return this.d.classes.students(session.sessionId);
  }

  async start(session: ClassSession): Promise<{ tables: number[] } | Refusal> {
    if (session.status !== 'lobby') return refuse('CLASS_STARTED', 'This session has already started.');
    // Tables that filled seat by seat are evened out first (six students: three and three, not five and one).
    if (session.settings.tables === null) {
      for (const m of balanceTables(await this.d.classes.students(session.sessionId)))
        await this.d.classes.moveStudent(session.sessionId, m.studentId, m.table, m.role);
    }
    const students = await this.d.classes.students(session.sessionId);
    await this.d.classes.setStatus(session.sessionId, 'running');
    const tableNumbers = [...new Set(students.map((s) => s.table))].sort((a, b) => a - b);
    if (tableNumbers.length === 0) tableNumbers.push(1);
    for (const table of tableNumbers) {
      const matchID = await this.tables.create(
        session,
        students.filter((s) => s.table === table),
      );
      await this.d.classes.setTable(session.sessionId, table, matchID);
      this.d.events.table(matchID, session.sessionId);
    }
    this.d.log.info({ sessionId: session.sessionId, tables: tableNumbers.length, students: students.length }, 'class started');
    return { tables: tableNumbers };
  }

  /** The tables a live action applies to: CLASS_ENDED once the class is over, NOT_FOUND for a table not in play. */
  private async live(session: ClassSession, table: unknown): Promise<{ table: number; matchID: string }[] | Refusal> {
    if (session.status === 'ended') return refuse('CLASS_ENDED', 'The session has ended: its tables are frozen for the debrief.');
    return this.tables.chosen(session.sessionId, table);
  }

  async pause(session: ClassSession, table: unknown, paused: boolean): Promise<{ paused: boolean } | Refusal> {
    const targets = await this.live(session, table);
    if (isRefusal(targets)) return targets;
    for (const t of targets) {
      if (paused) {
        await this.d.timers.pause(t.matchID);
      } else {
        await this.d.timers.resume(t.matchID);
        // The bots held still while paused: they look at the table again.
        const { state } = await this.d.store.fetch(t.matchID, { state: true });
        await this.d.bots.attach(t.matchID, state as State<PeninsulaState> | undefined);
      }
    }
    return { paused };
  }

  async extend(session: ClassSession, table: unknown, seconds: unknown): Promise<{ extended: number } | Refusal> {
    const targets = await this.live(session, table);
    if (isRefusal(targets)) return targets;
    if (!Number.isInteger(seconds) || (seconds as number) < 1 || (seconds as number) > MAX_EXTEND_SECONDS)
      return refuse('BAD_INPUT', `seconds must be a whole number from 1 to ${MAX_EXTEND_SECONDS}.`);
    let extended = 0;
    for (const t of targets) if (await this.d.timers.extend(t.matchID, seconds as number)) extended += 1;
    return { extended };
  }

  async endPhase(session: ClassSession, table: unknown, fill: unknown): Promise<{ moves: number } | Refusal> {
    const targets = await this.live(session, table);
    if (isRefusal(targets)) return targets;
    if (fill !== undefined && fill !== 'hold' && fill !== 'bot')
      return refuse('BAD_INPUT', 'fill must be "hold" (keep commitments, calmest orders) or "bot" (play as a bot would).');
    const paused = targets.find((t) => this.d.timers.isPaused(t.matchID));
    if (paused) return refuse('TABLE_PAUSED', `Table ${paused.table} is paused: resume it before ending its phase.`);
    let moves = 0;
    for (const t of targets) moves += await this.d.timers.expireNow(t.matchID, (fill ?? 'hold') as Fill);
    return { moves };
  }

  /** The event opens the next round; `now`: the current round ends at once (late seats hold) so it opens now. */
  async inject(
    session: ClassSession,
    table: unknown,
    eventId: unknown,
    now: unknown,
  ): Promise<{ injected: { table: number; forRound: number; lastRound: boolean }[] } | Refusal> {
    const targets = await this.live(session, table);
    if (isRefusal(targets)) return targets;
    if (!isEventId(eventId)) return refuse('BAD_INPUT', `eventId must be one of: ${Object.keys(EVENTS).join(', ')}.`);
    if (now !== undefined && typeof now !== 'boolean') return refuse('BAD_INPUT', 'now must be true or false.');
    const out: { table: number; forRound: number; lastRound: boolean }[] = [];
    const paused = now ? targets.find((t) => this.d.timers.isPaused(t.matchID)) : undefined;
    if (paused) return refuse('TABLE_PAUSED', `Table ${paused.table} is paused: resume it to inject now.`);
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
    return { injected: out };
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

  async end(session: ClassSession): Promise<{ status: 'ended' }> {
    await this.d.classes.setStatus(session.sessionId, 'ended');
    // Ended games stay as they are for the debrief: frozen, so nobody plays on.
    for (const t of await this.tables.of(session.sessionId)) await this.d.timers.pause(t.matchID);
    this.d.log.info({ sessionId: session.sessionId }, 'class ended');
    return { status: 'ended' };
  }

  async remove(session: ClassSession): Promise<{ deleted: true }> {
    for (const t of await this.tables.of(session.sessionId)) {
      this.d.bots.detach(t.matchID);
      await this.d.timers.forget(t.matchID);
      this.d.injects.forget(t.matchID);
      await this.d.locks.run(t.matchID, () => this.d.store.wipe(t.matchID));
    }
    await this.d.classes.deleteSession(session.sessionId);
    this.d.log.info({ sessionId: session.sessionId }, 'class session deleted');
    return { deleted: true };
  }

  async settings(session: ClassSession, body: Record<string, unknown>): Promise<{ press: boolean } | Refusal> {
    const settings = checkLiveSettings(session.settings, body);
    if (isRefusal(settings)) return settings;
    await this.d.classes.setSettings(session.sessionId, settings);
    if (settings.press !== session.settings.press) this.pressSwitched((await this.tables.of(session.sessionId)).map((t) => t.matchID));
    return { press: settings.press };
  }

  async message(session: ClassSession, table: unknown, text: unknown): Promise<{ messages: TeacherMessage[] } | Refusal> {
    if (session.status === 'ended') return refuse('CLASS_ENDED', 'The session has ended: its tables are frozen for the debrief.');
    const checked = checkMessage(text);
    if (isRefusal(checked)) return checked;
    const to = checkTable(table);
    if (isRefusal(to)) return to;
    if (
      to !== null &&
      !(await this.d.classes.tables(session.sessionId)).some((t) => t.table === to) &&
      !(await this.d.classes.students(session.sessionId)).some((s) => s.table === to)
    ) {
      return refuse('NOT_FOUND', `No table ${to} in this class.`);
    }
    await this.d.classes.addMessage(session.sessionId, to, checked, Date.now());
    return { messages: await this.d.classes.messages(session.sessionId) };
  }
}
