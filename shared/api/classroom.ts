/**
 * The classroom's HTTP wire types (/api/class/*): what the server sends and the client reads.
 * Plain data only; the server builds them in server/classroom, the client imports them from here.
 */
import type { ScenarioId } from '../data/scenarios';
import type { ClassDebrief, TableDebrief } from '../debrief';
import type { Decision } from '../decisions';
import type { PhaseTimers } from '../options';
import type { Role } from '../roles';
import type { PeninsulaState } from '../state';

/** The teacher's key (every teacher route, and the press debrief of a class table); a stream takes it as `?key=`. */
export const TEACHER_KEY_HEADER = 'x-teacher-key';
/** A student's token (routes under /api/class/me); a stream takes it as `?token=`. */
export const STUDENT_TOKEN_HEADER = 'x-student-token';

export type SessionStatus = 'lobby' | 'running' | 'ended';

/** A phase timer as the server reports it (GET /api/matches/:id/timer and every live table). */
export interface TimerWire {
  matchID: string;
  phase: string | null;
  round: number | null;
  deadline: number | null;
  remainingMs: number | null;
  paused: boolean;
  now: number;
}

export interface PublicSession {
  sessionId: string;
  joinCode: string;
  title: string;
  scenario: ScenarioId;
  scenarioLabel: string;
  rounds: number;
  timers: PhaseTimers;
  tables: number | null;
  status: SessionStatus;
  /** Students may send press (private messages) at their tables; the teacher can switch it off. */
  press: boolean;
  /** Every table draws the same event deck (one seed), so the debrief compares like with like. */
  sameDeck: boolean;
  /** Where students join: PUBLIC_URL, the machine's LAN address, or localhost (see `reachable`). */
  joinUrl: string;
  /** false when the server listens on loopback only: no phone can reach the join address. */
  reachable: boolean;
}

export interface StudentRow {
  studentId: string;
  name: string;
  table: number;
  role: Role;
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
  timer: TimerWire | null;
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
  /** The outcome's label once the game is over; null while it is played or once the teacher stopped it. */
  outcome: string | null;
  paused: boolean;
  injected: { eventId: string; title: string; forRound: number } | null;
}

/** A message from the teacher to one table or to all. */
export interface TeacherMessage {
  id: number;
  /** null: every table. */
  table: number | null;
  text: string;
  sentAt: number;
}

export interface ConsoleData {
  session: PublicSession;
  students: StudentRow[];
  tables: LiveTable[];
  messages: TeacherMessage[];
}

export interface CreatedClass {
  sessionId: string;
  joinCode: string;
  teacherKey: string;
  /** Shown once: reclaims the console from another device (POST /api/class/recover). */
  recoveryCode: string;
}

export interface Joined {
  studentId: string;
  token: string;
  sessionId: string;
  table: number;
  role: Role;
  /** true when a student of that name was already in the class and this browser took their place. */
  rejoined: boolean;
}

export interface MeData {
  student: StudentRow;
  session: PublicSession;
  teammates: string[];
  seat: SeatAccess | null;
  /** The table's game is over: its debrief is open to the students. */
  over: boolean;
  /** Whether the table is paused by the teacher right now. */
  paused: boolean;
  messages: TeacherMessage[];
}

/** The projector: public by join code; at the end, each table's results (agendas are public then). */
export interface ProjectorData {
  session: PublicSession;
  joined: number;
  tables: LiveTable[];
  results: TableDebrief[] | null;
}

export interface DebriefData {
  debrief: ClassDebrief;
  decisions: Decision[];
  matches: { table: number; matchID: string }[];
}
