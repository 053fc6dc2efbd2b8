import type { LiveTable, PublicSession, SeatAccess } from '../../server/classroom/classroom';
import type { ClassDebrief, Decision } from '../../shared/debrief';
import type { TimerInfo } from '../../server/timers/phaseTimers';

export type { LiveTable, PublicSession, SeatAccess, TimerInfo };

export interface StudentRow {
  studentId: string;
  name: string;
  table: number;
  role: string;
}

export interface ConsoleData {
  session: PublicSession;
  students: StudentRow[];
  tables: LiveTable[];
}

export interface MeData {
  student: StudentRow;
  session: PublicSession;
  teammates: string[];
  seat: SeatAccess | null;
  /** The table's game is over: its debrief is open to the students. */
  over: boolean;
}

export interface DebriefData {
  debrief: ClassDebrief;
  decisions: Decision[];
  matches: { table: number; matchID: string }[];
}

export interface PressLine {
  id: string;
  round: number;
  from: string;
  to: string[] | 'all';
  text: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The classroom API: JSON in and out; errors carry the server's sentence for people. */
export async function api<T>(method: string, path: string, options: { body?: unknown; teacherKey?: string | null; studentToken?: string | null } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.teacherKey) headers['x-teacher-key'] = options.teacherKey;
  if (options.studentToken) headers['x-student-token'] = options.studentToken;
  const res = await fetch(path, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // text bodies (CSV) stay text
  }
  if (!res.ok) throw new ApiError(res.status, (data as { error?: string })?.error ?? `Request failed (${res.status}).`);
  return data as T;
}

// The teacher key and the student token live only in this browser (no accounts).
const TEACHER_PREFIX = 'peninsula.class.teacher.';
const STUDENT_KEY = 'peninsula.class.student';

export const teacherKeys = {
  get: (sessionId: string) => localStorage.getItem(TEACHER_PREFIX + sessionId),
  set: (sessionId: string, key: string) => localStorage.setItem(TEACHER_PREFIX + sessionId, key),
  remove: (sessionId: string) => localStorage.removeItem(TEACHER_PREFIX + sessionId),
};

export const studentToken = {
  get: () => localStorage.getItem(STUDENT_KEY),
  set: (token: string) => localStorage.setItem(STUDENT_KEY, token),
  remove: () => localStorage.removeItem(STUDENT_KEY),
};

export function download(filename: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
