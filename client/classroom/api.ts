import {
  STUDENT_TOKEN_HEADER,
  TEACHER_KEY_HEADER,
  type DebriefData,
  type LiveTable,
  type MeData,
  type ConsoleData,
  type ProjectorData,
  type PublicSession,
  type SeatAccess,
  type StudentRow,
  type TeacherMessage,
  type TimerWire,
} from '../../shared/api/classroom';
import type { ApiErrorBody, RefusalCode } from '../../shared/api/errors';
import { refusalText } from '../common/refusalWords';

export type { ConsoleData, DebriefData, LiveTable, MeData, ProjectorData, PublicSession, SeatAccess, StudentRow, TeacherMessage };
export type TimerInfo = TimerWire;

export interface PressLine {
  id: string;
  round: number;
  from: string;
  to: string[] | 'all';
  text: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: RefusalCode,
  ) {
    super(message);
  }

  /** The request can never succeed as it is (no key, wrong key, gone): polling it again only repeats the refusal. */
  get final(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}

/** The classroom API: JSON in and out; an error carries its code and the refusal in a person's words (client/common/refusalWords.ts). */
export async function api<T>(
  method: string,
  path: string,
  options: { body?: unknown; teacherKey?: string | null; studentToken?: string | null } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.teacherKey) headers[TEACHER_KEY_HEADER] = options.teacherKey;
  if (options.studentToken) headers[STUDENT_TOKEN_HEADER] = options.studentToken;
  const res = await fetch(path, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // text bodies (CSV) stay text
  }
  if (!res.ok) {
    const body = data as Partial<ApiErrorBody> | null;
    throw new ApiError(res.status, refusalText(body, `Request failed (${res.status}).`), body?.code);
  }
  return data as T;
}

// The teacher key and the student token live only in this browser (no accounts).
const TEACHER_PREFIX = 'peninsula.class.teacher.';
const STUDENT_KEY = 'peninsula.class.student';
const RECOVERY_PREFIX = 'peninsula.class.recovery.';

/** A class table's replay for its teacher (ClassroomRoutes.tsx): the page takes the key from this browser's store, never from the link. */
export const classReplayPath = (sessionId: string, matchID: string) => `/class/${encodeURIComponent(sessionId)}/replay/${encodeURIComponent(matchID)}`;

export const teacherKeys = {
  get: (sessionId: string) => localStorage.getItem(TEACHER_PREFIX + sessionId),
  set: (sessionId: string, key: string) => localStorage.setItem(TEACHER_PREFIX + sessionId, key),
  remove: (sessionId: string) => localStorage.removeItem(TEACHER_PREFIX + sessionId),
};

/** The recovery code, kept only for this tab until the teacher confirms it is written down. */
export const recoveryCodes = {
  get: (sessionId: string) => sessionStorage.getItem(RECOVERY_PREFIX + sessionId),
  set: (sessionId: string, code: string) => sessionStorage.setItem(RECOVERY_PREFIX + sessionId, code),
  remove: (sessionId: string) => sessionStorage.removeItem(RECOVERY_PREFIX + sessionId),
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
