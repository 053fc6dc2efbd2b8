import type { Role } from '../../shared/roles';
import type { PhaseTimers } from '../../shared/options';
import type { ScenarioId } from '../../shared/data/scenarios';
import type { SessionStatus, TeacherMessage } from '../../shared/api/classroom';
import type { SqlDriver } from '../storage/driver';
import { NotOwnerError, shardOwnership } from '../shard/ownership';

/** Partitioned: a class found by its code or a student's token is served by the process owning its shard (the proxy cannot see which). */
function owned<T extends { sessionId: string }>(found: T | undefined): T | undefined {
  if (found && !shardOwnership.ownsId(found.sessionId)) throw new NotOwnerError();
  return found;
}

export type { SessionStatus };

export interface ClassSettings {
  title: string;
  scenario: ScenarioId;
  rounds: number;
  timers: PhaseTimers;
  /** null: as many tables as the students who join fill. */
  tables: number | null;
  /** Students may use the press at their tables (the teacher can switch it off while the class runs). */
  press: boolean;
  /** One seed for every table: the same event deck (and agendas) everywhere. */
  sameDeck: boolean;
  /** The class's seed when sameDeck is on; hidden from everyone. */
  seed?: string;
}

export interface ClassSession {
  sessionId: string;
  joinCode: string;
  teacherKeyHash: string;
  recoveryHash: string | null;
  settings: ClassSettings;
  status: SessionStatus;
  createdAt: number;
}

export interface Student {
  studentId: string;
  sessionId: string;
  name: string;
  table: number;
  role: Role;
  joinedAt: number;
}

export interface ClassTable {
  table: number;
  matchID: string | null;
}

interface SessionRow {
  session_id: string;
  join_code: string;
  teacher_key_hash: string;
  recovery_hash: string | null;
  settings: ClassSettings;
  status: SessionStatus;
  created_at: string | number;
}

interface StudentRow {
  student_id: string;
  session_id: string;
  name: string;
  table_no: number;
  role: Role;
  joined_at: string | number;
}

const toSession = (r: SessionRow): ClassSession => ({
  sessionId: r.session_id,
  joinCode: r.join_code,
  teacherKeyHash: r.teacher_key_hash,
  recoveryHash: r.recovery_hash,
  settings: { ...r.settings, press: r.settings.press ?? true, sameDeck: r.settings.sameDeck ?? false },
  status: r.status,
  createdAt: Number(r.created_at),
});
const toStudent = (r: StudentRow): Student => ({
  studentId: r.student_id,
  sessionId: r.session_id,
  name: r.name,
  table: Number(r.table_no),
  role: r.role,
  joinedAt: Number(r.joined_at),
});

/** Class sessions, their tables and students in SQL (migration 4). Secrets are stored only as hashes. */
export class ClassStore {
  constructor(private readonly db: SqlDriver) {}

  async createSession(s: ClassSession): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO class_sessions (session_id, join_code, teacher_key_hash, recovery_hash, settings, status, created_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (join_code) DO NOTHING RETURNING session_id`,
      [s.sessionId, s.joinCode, s.teacherKeyHash, s.recoveryHash, JSON.stringify(s.settings), s.status, s.createdAt],
    );
    return rows.length === 1;
  }

  async session(sessionId: string): Promise<ClassSession | undefined> {
    const [row] = await this.db.query<SessionRow>('SELECT * FROM class_sessions WHERE session_id = $1', [sessionId]);
    return row ? toSession(row) : undefined;
  }

  async sessionByCode(joinCode: string): Promise<ClassSession | undefined> {
    const [row] = await this.db.query<SessionRow>('SELECT * FROM class_sessions WHERE join_code = $1', [joinCode]);
    return owned(row ? toSession(row) : undefined);
  }

  /** The session a match is a table of, if it is a class table. */
  async sessionOfMatch(matchID: string): Promise<ClassSession | undefined> {
    const [row] = await this.db.query<SessionRow>('SELECT s.* FROM class_sessions s JOIN class_tables t ON t.session_id = s.session_id WHERE t.match_id = $1', [
      matchID,
    ]);
    return row ? toSession(row) : undefined;
  }

  async setStatus(sessionId: string, status: SessionStatus): Promise<void> {
    await this.db.query('UPDATE class_sessions SET status = $2 WHERE session_id = $1', [sessionId, status]);
  }

  async setSettings(sessionId: string, settings: ClassSettings): Promise<void> {
    await this.db.query('UPDATE class_sessions SET settings = $2::jsonb WHERE session_id = $1', [sessionId, JSON.stringify(settings)]);
  }

  /** A new teacher key (recovery from another device): the old key stops working. */
  async setTeacherKey(sessionId: string, teacherKeyHash: string): Promise<void> {
    await this.db.query('UPDATE class_sessions SET teacher_key_hash = $2 WHERE session_id = $1', [sessionId, teacherKeyHash]);
  }

  /** A student back in a fresh browser: the new token replaces the old one (the old page must rejoin). */
  async setStudentToken(studentId: string, tokenHash: string): Promise<void> {
    await this.db.query('UPDATE class_students SET token_hash = $2 WHERE student_id = $1', [studentId, tokenHash]);
  }

  async addMessage(sessionId: string, table: number | null, text: string, sentAt: number): Promise<void> {
    await this.db.query('INSERT INTO class_messages (session_id, table_no, text, sent_at) VALUES ($1, $2, $3, $4)', [sessionId, table, text, sentAt]);
  }

  /** The teacher's messages, newest last; `table` keeps those for that table and for all. */
  async messages(sessionId: string, table?: number): Promise<TeacherMessage[]> {
    const rows = await this.db.query<{ id: string | number; table_no: number | null; text: string; sent_at: string | number }>(
      'SELECT id, table_no, text, sent_at FROM class_messages WHERE session_id = $1 AND ($2::int IS NULL OR table_no IS NULL OR table_no = $2) ORDER BY id',
      [sessionId, table ?? null],
    );
    return rows.map((r) => ({ id: Number(r.id), table: r.table_no === null ? null : Number(r.table_no), text: r.text, sentAt: Number(r.sent_at) }));
  }

  async addStudent(s: Student, tokenHash: string): Promise<void> {
    await this.db.query(
      'INSERT INTO class_students (student_id, session_id, name, table_no, role, token_hash, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [s.studentId, s.sessionId, s.name, s.table, s.role, tokenHash, s.joinedAt],
    );
  }

  async students(sessionId: string): Promise<Student[]> {
    const rows = await this.db.query<StudentRow>('SELECT * FROM class_students WHERE session_id = $1 ORDER BY joined_at, student_id', [sessionId]);
    return rows.map(toStudent);
  }

  async studentByToken(tokenHash: string): Promise<Student | undefined> {
    const [row] = await this.db.query<StudentRow>('SELECT * FROM class_students WHERE token_hash = $1', [tokenHash]);
    return owned(row ? toStudent(row) : undefined);
  }

  async moveStudent(sessionId: string, studentId: string, table: number, role: Role): Promise<boolean> {
    const rows = await this.db.query('UPDATE class_students SET table_no = $3, role = $4 WHERE session_id = $1 AND student_id = $2 RETURNING student_id', [
      sessionId,
      studentId,
      table,
      role,
    ]);
    return rows.length === 1;
  }

  async tables(sessionId: string): Promise<ClassTable[]> {
    const rows = await this.db.query<{ table_no: number; match_id: string | null }>(
      'SELECT table_no, match_id FROM class_tables WHERE session_id = $1 ORDER BY table_no',
      [sessionId],
    );
    return rows.map((r) => ({ table: Number(r.table_no), matchID: r.match_id }));
  }

  async setTable(sessionId: string, table: number, matchID: string): Promise<void> {
    await this.db.query(
      'INSERT INTO class_tables (session_id, table_no, match_id) VALUES ($1, $2, $3) ON CONFLICT (session_id, table_no) DO UPDATE SET match_id = $3',
      [sessionId, table, matchID],
    );
  }

  /** The session, its students and tables; matches are wiped by the caller first (their own rows cascade). */
  async deleteSession(sessionId: string): Promise<void> {
    await this.db.query('DELETE FROM class_sessions WHERE session_id = $1', [sessionId]);
  }
}
