/** Helpers for classroom tests: the teacher's and students' HTTP calls. */

/** The wire types, as the client reads them: the tests never declare a shape of their own. */
export type { Joined, MeData as Me } from '../../shared/api/classroom';

export async function call<T = Record<string, unknown>>(
  url: string,
  method: string,
  path: string,
  options: { body?: unknown; teacherKey?: string; studentToken?: string } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.teacherKey) headers['x-teacher-key'] = options.teacherKey;
  if (options.studentToken) headers['x-student-token'] = options.studentToken;
  const res = await fetch(`${url}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // CSV and other text bodies stay text.
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

export async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
