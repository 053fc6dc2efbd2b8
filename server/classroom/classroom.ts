import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { LogEntry, Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { EVENTS } from '../../shared/data/events';
import { SCENARIOS } from '../../shared/data/scenarios';
import { classDebrief, decisionsOf, tableDebrief, trackSeries, type ClassDebrief, type Decision, type LogMove, type TableDebrief, type TableInput } from '../../shared/debrief';
import { Peninsula } from '../../shared/game';
import { normaliseOptions, validateSetupData, type Personality } from '../../shared/options';
import { playerView } from '../../shared/playerView';
import { isRole, ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { BotRunner } from '../botRunner';
import type { BotSeats } from '../botSeats';
import { HttpError } from '../http/httpError';
import type { MatchLocks } from '../http/lobbyGuard';
import { seatBots } from '../http/seating';
import type { Logger } from '../logger';
import type { MatchStore } from '../matchStore';
import type { PhaseTimers, TimerInfo } from '../timers/phaseTimers';
import { waitingFor, type Fill } from '../timers/expiry';
import { ClassStore, type ClassSession, type ClassSettings, type Student } from './classStore';
import { isEventId } from './events';
import type { Injects } from './injects';
import { isWellFormedJoinCode, newJoinCode, normaliseJoinCode } from './joinCode';
import { FailureLimiter } from './rateLimit';
import { assignSeat, MAX_TABLES } from './seating';

export const MAX_NAME_LENGTH = 32;
export const MAX_STUDENTS = 200;
export const MAX_EXTEND_SECONDS = 1800;
/** Empty seats are played by this bot. */
const CLASS_BOT: Personality = 'dealmaker';

export interface ClassroomDeps {
  store: MatchStore;
  seats: BotSeats;
  bots: BotRunner;
  locks: MatchLocks;
  timers: PhaseTimers;
  injects: Injects;
  classes: ClassStore;
  log: Logger;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function newSecret(): string {
  return randomBytes(24).toString('base64url');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function checkName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  if (name.length === 0) throw new HttpError(400, `Type a display name (1 to ${MAX_NAME_LENGTH} characters). No email or password needed.`);
  if (name.length > MAX_NAME_LENGTH) throw new HttpError(400, `A display name is at most ${MAX_NAME_LENGTH} characters.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) throw new HttpError(400, 'A display name must not contain control characters.');
  return name;
}

/** Checks what a teacher asked for; returns the settings with defaults filled in. */
export function checkSettings(body: Record<string, unknown>): ClassSettings {
  const setup = { scenario: body.scenario, rounds: body.rounds, timers: body.timers };
  for (const key of Object.keys(setup) as (keyof typeof setup)[]) if (setup[key] === undefined) delete setup[key];
  const problem = validateSetupData(setup, ROLES.length);
  if (problem) throw new HttpError(400, problem);
  const options = normaliseOptions(setup);
  const tables = body.tables ?? null;
  if (tables !== null && (!Number.isInteger(tables) || (tables as number) < 1 || (tables as number) > MAX_TABLES)) {
    throw new HttpError(400, `tables must be a whole number from 1 to ${MAX_TABLES}, or null to make as many tables as the students who join fill.`);
  }
  const title = typeof body.title === 'string' ? body.title.trim().slice(0, 80) : '';
  return { title: title || SCENARIOS[options.scenario].label, scenario: options.scenario, rounds: options.rounds, timers: options.timers, tables: tables as number | null };
}

export interface SeatAccess {
  matchID: string;
  playerID: string;
  credentials: string;
}

export interface TableSeat {
  role: Role;
  students: { studentId: string; name: string }[];
  bot: boolean;
}

export interface LiveTable {
  table: number;
  matchID: string | null;
  round: number;
  rounds: number;
  /** boardgame.io's state counter: it moves with every accepted move. */
  stateID: number;
  phase: string | null;
  timer: TimerInfo | null;
  tracks: PeninsulaState['tracks'] | null;
  flags: PeninsulaState['flags'] | null;
  tension: number[];
  event: { id: string; title: string; text: string } | null;
  /** Roles the phase waits for; `people` are those played by students. */
  waitingFor: Role[];
  waitingForPeople: Role[];
  alerts: string[];
  headlines: { round: number; kind: string; text: string }[];
  seats: TableSeat[];
  over: boolean;
  outcome: string | null;
  paused: boolean;
  injected: { eventId: string; title: string; forRound: number } | null;
}

/** What only the table's state shows: alerts a teacher should see at a glance. */
export function alertsOf(G: PeninsulaState): string[] {
  const alerts: string[] = [];
  if (G.war) alerts.push(`WAR in round ${G.war.round}: ${G.war.cause}`);
  else if (G.tracks.tension >= 8) alerts.push(`War close: tension ${G.tracks.tension}/10`);
  for (const b of G.breaches.filter((x) => x.exposedInRound >= G.round - 1)) alerts.push(`Breach exposed (round ${b.exposedInRound}): ${b.role} broke a commitment`);
  if (G.tracks.rokDefence + G.tracks.jpnDefence >= 12) alerts.push('Arms race: ROK + Japan defence at 12 or more');
  if (G.tracks.capability >= 8 && G.tracks.legitimacy >= 7) alerts.push('Nuclear normalisation in sight');
  return alerts;
}

/**
 * Classroom mode: sessions a teacher runs with a secret key, students who join with a code
 * and a name, one boardgame.io match per table. Students share their seat's credentials (a
 * team plays one role); the server hands them out only to the seat's students.
 */
export class Classroom {
  private readonly guesses = new FailureLimiter(10, 60_000);

  constructor(private readonly d: ClassroomDeps) {}

  // ---- teacher ----

  async create(body: Record<string, unknown>): Promise<{ sessionId: string; joinCode: string; teacherKey: string; settings: ClassSettings }> {
    const settings = checkSettings(body);
    const teacherKey = newSecret();
    for (let attempt = 0; attempt < 10; attempt++) {
      const session: ClassSession = { sessionId: randomUUID(), joinCode: newJoinCode(), teacherKeyHash: hashSecret(teacherKey), settings, status: 'lobby', createdAt: Date.now() };
      if (await this.d.classes.createSession(session)) {
        this.d.log.info({ sessionId: session.sessionId }, 'class session created');
        return { sessionId: session.sessionId, joinCode: session.joinCode, teacherKey, settings };
      }
    }
    throw new HttpError(503, 'Could not find a free join code; try again.');
  }

  /** The session, if the key is its teacher's; 403 otherwise (404 when there is no such session). */
  async asTeacher(sessionId: string, teacherKey: unknown): Promise<ClassSession> {
    const session = await this.d.classes.session(sessionId);
    if (!session) throw new HttpError(404, 'No such class session.');
    if (typeof teacherKey !== 'string' || !sameHash(hashSecret(teacherKey), session.teacherKeyHash)) throw new HttpError(403, 'This needs the teacher key of the session.');
    return session;
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
    const students = await this.d.classes.students(session.sessionId);
    await this.d.classes.setStatus(session.sessionId, 'running');
    const tableNumbers = [...new Set(students.map((s) => s.table))].sort((a, b) => a - b);
    if (tableNumbers.length === 0) tableNumbers.push(1);
    for (const table of tableNumbers) {
      const matchID = await this.createTableMatch(session, students.filter((s) => s.table === table));
      await this.d.classes.setTable(session.sessionId, table, matchID);
    }
    this.d.log.info({ sessionId: session.sessionId, tables: tableNumbers.length, students: students.length }, 'class started');
    return { tables: tableNumbers };
  }

  private async createTableMatch(session: ClassSession, students: Student[]): Promise<string> {
    const { scenario, rounds, timers } = session.settings;
    const created = createMatch({ game: Peninsula, numPlayers: ROLES.length, setupData: { scenario, rounds, timers }, unlisted: true });
    if ('setupDataError' in created) throw new HttpError(400, String(created.setupDataError));
    const matchID = randomUUID();
    const metadata = created.metadata as Server.MatchData;
    // Seats are taken before the match is stored, so the first state any listener sees is a seated table.
    for (const role of ROLES) {
      const team = students.filter((s) => s.role === role);
      if (team.length === 0) continue;
      const index = ROLES.indexOf(role);
      const names = team.map((s) => s.name).join(', ');
      metadata.players[index] = { ...metadata.players[index]!, name: seatName(names), credentials: randomUUID(), data: { class: session.sessionId, students: team.length } };
    }
    await this.d.locks.run(matchID, async () => {
      await this.d.store.createMatch(matchID, { initialState: created.initialState as State, metadata });
      const empty = ROLES.map((_, i) => String(i)).filter((id) => metadata.players[Number(id)]?.name === undefined);
      await seatBots(this.d.store, this.d.seats, matchID, Object.fromEntries(empty.map((id) => [id, CLASS_BOT])));
    });
    const { state } = await this.d.store.fetch(matchID, { state: true });
    await this.d.bots.attach(matchID, state as State<PeninsulaState>);
    return matchID;
  }

  /** The seat's display name in the match lists its team (a latecomer joined it). */
  private async renameSeat(sessionId: string, table: number, role: Role): Promise<void> {
    const matchID = (await this.d.classes.tables(sessionId)).find((t) => t.table === table)?.matchID;
    if (!matchID) return;
    const names = (await this.d.classes.students(sessionId)).filter((s) => s.table === table && s.role === role).map((s) => s.name).join(', ');
    await this.d.locks.run(matchID, async () => {
      const { metadata } = await this.d.store.fetch(matchID, { metadata: true });
      const player = metadata?.players[ROLES.indexOf(role)];
      if (!metadata || !player) return;
      player.name = seatName(names);
      metadata.updatedAt = Date.now();
      await this.d.store.setMetadata(matchID, metadata);
    });
  }

  private async matchesOf(session: ClassSession, table?: unknown): Promise<{ table: number; matchID: string }[]> {
    const tables = (await this.d.classes.tables(session.sessionId)).filter((t): t is { table: number; matchID: string } => t.matchID !== null);
    if (table === undefined || table === null) return tables;
    const one = tables.find((t) => t.table === table);
    if (!one) throw new HttpError(404, `No table ${String(table)} in play.`);
    return [one];
  }

  async pause(session: ClassSession, table: unknown, paused: boolean): Promise<void> {
    if (session.status === 'ended') throw new HttpError(409, 'The session has ended.');
    for (const t of await this.matchesOf(session, table)) {
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
    if (!Number.isInteger(seconds) || (seconds as number) < 1 || (seconds as number) > MAX_EXTEND_SECONDS) throw new HttpError(400, `seconds must be a whole number from 1 to ${MAX_EXTEND_SECONDS}.`);
    let extended = 0;
    for (const t of await this.matchesOf(session, table)) if (await this.d.timers.extend(t.matchID, seconds as number)) extended += 1;
    return extended;
  }

  async endPhase(session: ClassSession, table: unknown, fill: unknown): Promise<number> {
    if (fill !== undefined && fill !== 'hold' && fill !== 'bot') throw new HttpError(400, 'fill must be "hold" (keep commitments, calmest orders) or "bot" (play as a bot would).');
    let moves = 0;
    for (const t of await this.matchesOf(session, table)) {
      if (this.d.timers.isPaused(t.matchID)) throw new HttpError(409, `Table ${t.table} is paused: resume it before ending its phase.`);
      moves += await this.d.timers.expireNow(t.matchID, (fill ?? 'hold') as Fill);
    }
    return moves;
  }

  async inject(session: ClassSession, table: unknown, eventId: unknown): Promise<{ table: number; forRound: number; lastRound: boolean }[]> {
    if (!isEventId(eventId)) throw new HttpError(400, `eventId must be one of: ${Object.keys(EVENTS).join(', ')}.`);
    const out: { table: number; forRound: number; lastRound: boolean }[] = [];
    for (const t of await this.matchesOf(session, table)) {
      await this.d.locks.run(t.matchID, async () => {
        const { state } = await this.d.store.fetch(t.matchID, { state: true });
        const G = (state as State<PeninsulaState> | undefined)?.G;
        if (!G || state?.ctx.gameover !== undefined) return;
        await this.d.injects.add(t.matchID, eventId, G.round);
        out.push({ table: t.table, forRound: G.round + 1, lastRound: G.round >= G.options.rounds });
      });
    }
    this.d.log.info({ sessionId: session.sessionId, eventId, tables: out.length }, 'event injected');
    return out;
  }

  async end(session: ClassSession): Promise<void> {
    await this.d.classes.setStatus(session.sessionId, 'ended');
    // Ended games stay as they are for the debrief: frozen, so nobody plays on.
    for (const t of await this.matchesOf(session)) await this.d.timers.pause(t.matchID);
  }

  async remove(session: ClassSession): Promise<void> {
    for (const t of await this.matchesOf(session)) {
      this.d.bots.detach(t.matchID);
      await this.d.timers.forget(t.matchID);
      this.d.injects.forget(t.matchID);
      await this.d.locks.run(t.matchID, () => this.d.store.wipe(t.matchID));
    }
    await this.d.classes.deleteSession(session.sessionId);
    this.d.log.info({ sessionId: session.sessionId }, 'class session deleted');
  }

  async console(session: ClassSession): Promise<{ session: PublicSession; students: Student[]; tables: LiveTable[] }> {
    const students = await this.d.classes.students(session.sessionId);
    return { session: publicSession(session), students, tables: await this.liveTables(session, students, 'teacher') };
  }

  async debrief(session: ClassSession): Promise<{ debrief: ClassDebrief; decisions: Decision[]; matches: { table: number; matchID: string }[] }> {
    const students = await this.d.classes.students(session.sessionId);
    const inputs: TableInput[] = [];
    const decisions: Decision[] = [];
    for (const t of await this.matchesOf(session)) {
      const { state, log } = await this.d.store.fetch(t.matchID, { state: true, log: true });
      if (!state) continue;
      const seats = seatNames(students.filter((s) => s.table === t.table));
      inputs.push({ table: t.table, seats, G: (state as State<PeninsulaState>).G, over: state.ctx.gameover !== undefined });
      decisions.push(...decisionsOf(t.table, seats, movesOf(log ?? [])));
    }
    // Match ids let the teacher's page fetch each table's private press (server/press, same teacher key).
    return { debrief: classDebrief(inputs), decisions, matches: await this.matchesOf(session) };
  }

  // ---- students ----

  private checkGuesses(ip: string): void {
    const wait = this.guesses.retryAfter(ip);
    if (wait > 0) throw Object.assign(new HttpError(429, `Too many wrong join codes from this network. Wait ${wait} seconds, then check the code on the board.`), { retryAfter: wait });
  }

  async join(ip: string, body: Record<string, unknown>): Promise<{ studentId: string; token: string; sessionId: string; table: number; role: Role }> {
    this.checkGuesses(ip);
    const code = normaliseJoinCode(typeof body.code === 'string' ? body.code : '');
    const session = isWellFormedJoinCode(code) ? await this.d.classes.sessionByCode(code) : undefined;
    if (!session) {
      this.guesses.fail(ip);
      throw new HttpError(404, 'No class with that code. Check the code on the board (6 letters and digits).');
    }
    const name = checkName(body.name);
    if (session.status === 'ended') throw new HttpError(409, 'This class session has ended.');
    const students = await this.d.classes.students(session.sessionId);
    if (students.length >= MAX_STUDENTS) throw new HttpError(409, `This class is full (${MAX_STUDENTS} students).`);
    const seat = session.status === 'lobby' ? assignSeat(students, session.settings.tables) : lateSeat(students);
    if (!seat) throw new HttpError(409, 'This class has started and has no seat played by students to join; ask your teacher.');
    const token = newSecret();
    const student: Student = { studentId: randomUUID(), sessionId: session.sessionId, name, table: seat.table, role: seat.role, joinedAt: Date.now() };
    await this.d.classes.addStudent(student, hashSecret(token));
    if (session.status === 'running') await this.renameSeat(session.sessionId, seat.table, seat.role);
    return { studentId: student.studentId, token, sessionId: session.sessionId, table: seat.table, role: seat.role };
  }

  async student(token: unknown): Promise<Student> {
    const student = typeof token === 'string' && token.length > 0 ? await this.d.classes.studentByToken(hashSecret(token)) : undefined;
    if (!student) throw new HttpError(401, 'Unknown student: join the class again with its code.');
    return student;
  }

  /** A student's view of the class: where they sit, with whom, and (once started) the seat's credentials. */
  async me(student: Student): Promise<{ student: Student; session: PublicSession; teammates: string[]; seat: SeatAccess | null; over: boolean }> {
    const session = await this.d.classes.session(student.sessionId);
    if (!session) throw new HttpError(404, 'This class session was deleted.');
    const students = await this.d.classes.students(student.sessionId);
    const teammates = students.filter((s) => s.table === student.table && s.role === student.role && s.studentId !== student.studentId).map((s) => s.name);
    let seat: SeatAccess | null = null;
    const table = (await this.d.classes.tables(session.sessionId)).find((t) => t.table === student.table);
    let over = false;
    if (table?.matchID) {
      const { metadata } = await this.d.store.fetch(table.matchID, { metadata: true });
      const playerID = String(ROLES.indexOf(student.role));
      const credentials = metadata?.players[Number(playerID)]?.credentials;
      if (credentials) seat = { matchID: table.matchID, playerID, credentials };
      over = metadata?.gameover !== undefined;
    }
    return { student, session: publicSession(session), teammates, seat, over };
  }

  /** A student's own table, once its game is over (or the session ended): agendas are public by then. */
  async studentDebrief(student: Student): Promise<TableDebrief> {
    const session = await this.d.classes.session(student.sessionId);
    const table = (await this.d.classes.tables(student.sessionId)).find((t) => t.table === student.table);
    if (!session || !table?.matchID) throw new HttpError(404, 'Your table has not started.');
    const { state } = await this.d.store.fetch(table.matchID, { state: true });
    if (!state) throw new HttpError(404, 'Your table has not started.');
    const over = state.ctx.gameover !== undefined;
    if (!over && session.status !== 'ended') throw new HttpError(409, 'Your table\'s game is not over yet.');
    const students = (await this.d.classes.students(student.sessionId)).filter((s) => s.table === student.table);
    return tableDebrief({ table: student.table, seats: seatNames(students), G: (state as State<PeninsulaState>).G, over });
  }

  // ---- projector (public, by join code) ----

  async projector(ip: string, code: string): Promise<{ session: PublicSession; joined: number; tables: LiveTable[] }> {
    // The projector answers by join code too, so it counts wrong codes like the join does.
    this.checkGuesses(ip);
    const normalised = normaliseJoinCode(code);
    const session = isWellFormedJoinCode(normalised) ? await this.d.classes.sessionByCode(normalised) : undefined;
    if (!session) {
      this.guesses.fail(ip);
      throw new HttpError(404, 'No class with that code.');
    }
    const joined = (await this.d.classes.students(session.sessionId)).length;
    return { session: publicSession(session), joined, tables: await this.liveTables(session, [], 'public') };
  }

  private async liveTables(session: ClassSession, students: Student[], audience: 'teacher' | 'public'): Promise<LiveTable[]> {
    const tables = await this.d.classes.tables(session.sessionId);
    const planned = [...new Set([...tables.map((t) => t.table), ...students.map((s) => s.table)])].sort((a, b) => a - b);
    const out: LiveTable[] = [];
    for (const table of planned) {
      const matchID = tables.find((t) => t.table === table)?.matchID ?? null;
      const seated = students.filter((s) => s.table === table);
      const seats: TableSeat[] = ROLES.map((role) => {
        const team = seated.filter((s) => s.role === role).map((s) => ({ studentId: s.studentId, name: s.name }));
        return { role, students: audience === 'teacher' ? team : [], bot: team.length === 0 };
      });
      const live: LiveTable = {
        table, matchID, round: 0, rounds: session.settings.rounds, stateID: 0, phase: null, timer: null, tracks: null, flags: null, tension: [], event: null,
        waitingFor: [], waitingForPeople: [], alerts: [], headlines: [], seats, over: false, outcome: null, paused: false, injected: null,
      };
      if (matchID) {
        const { state, metadata } = await this.d.store.fetch(matchID, { state: true, metadata: true });
        if (state) this.describe(live, state as State<PeninsulaState>, metadata, audience, matchID);
      }
      // The projector is public: it needs no match id (nor offers one to spectate with).
      if (audience === 'public') live.matchID = null;
      out.push(live);
    }
    return out;
  }

  private describe(live: LiveTable, full: State<PeninsulaState>, metadata: Server.MatchData | undefined, audience: 'teacher' | 'public', matchID: string): void {
    // Never a secret: everything shown comes from the spectator's view of the state.
    const G = playerView(full.G, null);
    const people = ROLES.filter((_, i) => metadata?.players[i]?.data && !(metadata.players[i]!.data as { bot?: string }).bot);
    if (audience === 'public') for (const seat of live.seats) seat.bot = !people.includes(seat.role);
    const waiting = waitingFor({ G, ctx: full.ctx }) as Role[];
    const gameover = full.ctx.gameover as { outcome?: string } | undefined;
    const injected = this.d.injects.get(matchID);
    Object.assign(live, {
      round: G.round,
      stateID: full._stateID,
      phase: gameover ? 'over' : full.ctx.phase,
      timer: this.d.timers.info(matchID, full),
      tracks: G.tracks,
      flags: G.flags,
      tension: trackSeries(G).map((p) => p.tracks.tension),
      event: G.crisis.event ? { id: G.crisis.event, title: EVENTS[G.crisis.event].title, text: EVENTS[G.crisis.event].text } : null,
      waitingFor: waiting,
      waitingForPeople: waiting.filter((r) => people.includes(r)),
      alerts: alertsOf(G),
      headlines: G.headlines.slice(-8).map((h) => ({ round: h.round, kind: h.kind, text: h.text })),
      over: gameover !== undefined,
      outcome: gameover?.outcome ?? null,
      paused: this.d.timers.isPaused(matchID),
      injected: audience === 'teacher' && injected ? { eventId: injected.eventId, title: EVENTS[injected.eventId].title, forRound: injected.round + 1 } : null,
    } satisfies Partial<LiveTable>);
  }
}

export interface PublicSession {
  sessionId: string;
  joinCode: string;
  title: string;
  scenario: string;
  scenarioLabel: string;
  rounds: number;
  timers: ClassSettings['timers'];
  tables: number | null;
  status: ClassSession['status'];
}

export function publicSession(s: ClassSession): PublicSession {
  return {
    sessionId: s.sessionId, joinCode: s.joinCode, title: s.settings.title, scenario: s.settings.scenario, scenarioLabel: SCENARIOS[s.settings.scenario].label,
    rounds: s.settings.rounds, timers: s.settings.timers, tables: s.settings.tables, status: s.status,
  };
}

/**
 * A student who arrives after the start joins the team with the fewest students among the seats
 * students already play (a bot's seat stays a bot's: its credentials are the server's).
 */
export function lateSeat(students: readonly { table: number; role: Role }[]): { table: number; role: Role } | null {
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

function seatName(names: string): string {
  return names.length > MAX_NAME_LENGTH ? `${names.slice(0, MAX_NAME_LENGTH - 1)}…` : names;
}

function seatNames(students: Student[]): Partial<Record<Role, string[]>> {
  const out: Partial<Record<Role, string[]>> = {};
  for (const s of students) (out[s.role] ??= []).push(s.name);
  return out;
}

function movesOf(log: LogEntry[]): LogMove[] {
  return log
    .filter((e) => e.action.type === 'MAKE_MOVE')
    .map((e) => ({ phase: e.phase, playerID: String(e.action.payload.playerID), move: e.action.payload.type, args: (e.action.payload.args ?? []) as unknown[] }));
}
