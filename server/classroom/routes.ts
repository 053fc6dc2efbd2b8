import type { State } from 'boardgame.io';
import type { Context, Next } from 'koa';
import { decisionsCsv } from '../../shared/debrief';
import type { PeninsulaState } from '../../shared/state';
import { clientAddress } from '../http/clientAddress';
import { HttpError } from '../http/httpError';
import { readJsonObject } from '../http/jsonBody';
import type { MatchStore } from '../matchStore';
import type { PhaseTimers } from '../timers/phaseTimers';
import type { Classroom } from './classroom';

type Handler = (ctx: Context, params: string[], body: Record<string, unknown>) => Promise<unknown>;

const PRESS_POST = /^\/api\/matches\/([^/]+)\/press$/;
/** EventSource cannot send headers: the key or token rides in the query (request logs keep the path only). */
const TEACHER_STREAM = /^\/api\/class\/([\w-]+)\/stream$/;
const STUDENT_STREAM = /^\/api\/class\/me\/stream$/;

/**
 * The classroom's HTTP API under /api/class, the public timer of any match at
 * /api/matches/:id/timer, and the press switch (a POST to a class table's press is refused
 * while its teacher has press off). Teacher routes need the session's key in X-Teacher-Key;
 * student routes need the student's token in X-Student-Token. Errors are JSON `{ error, code? }`.
 */
export function classroomRoutes(classroom: Classroom, timers: PhaseTimers, store: MatchStore) {
  const { teacher: t, students: s } = classroom;
  const teacher = async (ctx: Context, id: string) => {
    const session = await t.asTeacher(id, ctx.get('x-teacher-key'));
    s.seenTeacher(clientAddress(ctx), session);
    return session;
  };
  const student = (ctx: Context) => s.student(ctx.get('x-student-token'));
  const routes: [string, RegExp, Handler][] = [
    ['POST', /^\/api\/class$/, (_ctx, _p, body) => t.create(body)],
    ['POST', /^\/api\/class\/join$/, (ctx, _p, body) => s.join(clientAddress(ctx), body)],
    ['POST', /^\/api\/class\/recover$/, async (ctx, _p, body) => {
      const address = clientAddress(ctx);
      // Recovery is never let through for a known network: students know the join code too.
      const wait = s.gate.retryAfter(address, undefined);
      if (wait > 0) throw Object.assign(new HttpError(429, `Too many wrong codes from this network. Wait ${wait} seconds.`), { retryAfter: wait });
      const session = await s.byCode(address, body.code);
      try {
        return await t.recover(session, body.recoveryCode);
      } catch (error) {
        // A wrong recovery code counts like a wrong join code.
        s.gate.fail(address);
        throw error;
      }
    }],
    ['GET', /^\/api\/class\/me$/, async (ctx) => s.me(await student(ctx))],
    ['GET', /^\/api\/class\/me\/debrief$/, async (ctx) => s.debrief(await student(ctx))],
    ['GET', /^\/api\/class\/projector\/([A-Za-z0-9-]+)$/, (ctx, [code]) => classroom.projector(clientAddress(ctx), code!)],
    ['GET', /^\/api\/class\/([\w-]+)$/, async (ctx, [id]) => classroom.console(await teacher(ctx, id!))],
    ['DELETE', /^\/api\/class\/([\w-]+)$/, async (ctx, [id]) => {
      await t.remove(await teacher(ctx, id!));
      return { deleted: true };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/seat$/, async (ctx, [id], body) => ({ students: await t.moveStudent(await teacher(ctx, id!), body) })],
    ['POST', /^\/api\/class\/([\w-]+)\/start$/, async (ctx, [id]) => t.start(await teacher(ctx, id!))],
    ['POST', /^\/api\/class\/([\w-]+)\/pause$/, async (ctx, [id], body) => {
      await t.pause(await teacher(ctx, id!), body.table, true);
      return { paused: true };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/resume$/, async (ctx, [id], body) => {
      await t.pause(await teacher(ctx, id!), body.table, false);
      return { paused: false };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/extend$/, async (ctx, [id], body) => ({ extended: await t.extend(await teacher(ctx, id!), body.table, body.seconds) })],
    ['POST', /^\/api\/class\/([\w-]+)\/end-phase$/, async (ctx, [id], body) => ({ moves: await t.endPhase(await teacher(ctx, id!), body.table, body.fill) })],
    ['POST', /^\/api\/class\/([\w-]+)\/inject$/, async (ctx, [id], body) => ({ injected: await t.inject(await teacher(ctx, id!), body.table, body.eventId, body.now) })],
    ['POST', /^\/api\/class\/([\w-]+)\/settings$/, async (ctx, [id], body) => t.settings(await teacher(ctx, id!), body)],
    ['POST', /^\/api\/class\/([\w-]+)\/message$/, async (ctx, [id], body) => ({ messages: await t.message(await teacher(ctx, id!), body.table, body.text) })],
    ['POST', /^\/api\/class\/([\w-]+)\/end$/, async (ctx, [id]) => {
      await t.end(await teacher(ctx, id!));
      return { status: 'ended' };
    }],
    ['GET', /^\/api\/class\/([\w-]+)\/debrief$/, async (ctx, [id]) => classroom.debrief(await teacher(ctx, id!))],
    ['GET', /^\/api\/class\/([\w-]+)\/decisions\.csv$/, async (ctx, [id]) => {
      const { decisions } = await classroom.debrief(await teacher(ctx, id!));
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', 'attachment; filename="peninsula-decisions.csv"');
      return decisionsCsv(decisions);
    }],
    ['GET', /^\/api\/matches\/([^/]+)\/timer$/, async (_ctx, [matchID]) => {
      // Every student's page polls this: a known timer answers from memory.
      if (timers.has(matchID!)) return timers.info(matchID!);
      const { state } = await store.fetch(matchID!, { state: true });
      if (!state) throw new HttpError(404, 'No such match.');
      return timers.info(matchID!, state as State<PeninsulaState>);
    }],
  ];

  /** A change stream for a teacher or a student (server/classroom/classEvents.ts); null when the path is none. */
  async function stream(ctx: Context): Promise<string | null> {
    if (ctx.method !== 'GET') return null;
    const query = (name: string) => (typeof ctx.query[name] === 'string' ? (ctx.query[name] as string) : '');
    if (STUDENT_STREAM.test(ctx.path)) return (await s.student(query('token'))).sessionId;
    const teacherStream = TEACHER_STREAM.exec(ctx.path);
    if (teacherStream?.[1]) return (await t.asTeacher(teacherStream[1], query('key'))).sessionId;
    return null;
  }

  return async (ctx: Context, next: Next) => {
    const press = ctx.method === 'POST' ? PRESS_POST.exec(ctx.path) : null;
    if (press?.[1]) {
      let matchID: string;
      try {
        matchID = decodeURIComponent(press[1]);
      } catch {
        return next();
      }
      if (await classroom.view.pressAllowed(matchID)) return next();
      ctx.status = 403;
      ctx.body = { error: 'Your teacher has switched the press off for this class.', code: 'PRESS_OFF' };
      return;
    }
    if (!ctx.path.startsWith('/api/class') && !/^\/api\/matches\/[^/]+\/timer$/.test(ctx.path)) return next();
    try {
      const streamOf = await stream(ctx);
      if (streamOf) {
        ctx.status = 200;
        ctx.respond = false;
        classroom.events.open(streamOf, ctx.res);
        return;
      }
    } catch (error) {
      return fail(ctx, error);
    }
    const route = routes.find(([method, pattern]) => method === ctx.method && pattern.test(ctx.path));
    if (!route) return next();
    try {
      const params = (route[1].exec(ctx.path) ?? []).slice(1).map((p) => decodeURIComponent(p));
      const body = ctx.method === 'POST' ? await readJsonObject(ctx) : {};
      const result = await route[2](ctx, params, body);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = result;
      // Whatever a teacher or a joining student changed, the class's open pages hear of it.
      const changed = ctx.method === 'GET' ? undefined : params[0] && /^\/api\/class\/[\w-]+\//.test(ctx.path) ? params[0] : (result as { sessionId?: string } | null)?.sessionId;
      if (changed) classroom.events.changed(changed);
    } catch (error) {
      fail(ctx, error);
    }
  };
}

function fail(ctx: Context, error: unknown): void {
  const status = error instanceof HttpError ? error.status : 500;
  ctx.status = status;
  const { retryAfter, code } = error as { retryAfter?: number; code?: string };
  if (retryAfter) ctx.set('Retry-After', String(retryAfter));
  ctx.body = { error: error instanceof HttpError ? error.message : 'Internal server error.', ...(error instanceof HttpError && code ? { code } : {}) };
  if (status >= 500) ctx.app.emit('error', error, ctx);
}
