import type { Context, Next } from 'koa';
import { decisionsCsv } from '../../shared/debrief';
import { HttpError } from '../http/httpError';
import { readJsonObject } from '../http/jsonBody';
import type { PhaseTimers } from '../timers/phaseTimers';
import type { MatchStore } from '../matchStore';
import type { PeninsulaState } from '../../shared/state';
import type { State } from 'boardgame.io';
import type { Classroom } from './classroom';

type Handler = (ctx: Context, params: string[], body: Record<string, unknown>) => Promise<unknown>;

/**
 * The classroom's HTTP API under /api/class, and the public timer of any match at
 * /api/matches/:id/timer. Teacher routes need the session's key in the X-Teacher-Key header;
 * student routes need the student's token in X-Student-Token. Errors are JSON `{ error }`.
 */
export function classroomRoutes(classroom: Classroom, timers: PhaseTimers, store: MatchStore) {
  const teacher = (ctx: Context, id: string) => classroom.asTeacher(id, ctx.get('x-teacher-key'));
  const routes: [string, RegExp, Handler][] = [
    ['POST', /^\/api\/class$/, (_ctx, _p, body) => classroom.create(body)],
    ['POST', /^\/api\/class\/join$/, (ctx, _p, body) => classroom.join(ctx.ip, body)],
    ['GET', /^\/api\/class\/me$/, async (ctx) => classroom.me(await classroom.student(ctx.get('x-student-token')))],
    ['GET', /^\/api\/class\/me\/debrief$/, async (ctx) => classroom.studentDebrief(await classroom.student(ctx.get('x-student-token')))],
    ['GET', /^\/api\/class\/projector\/([A-Za-z0-9-]+)$/, (ctx, [code]) => classroom.projector(ctx.ip, code!)],
    ['GET', /^\/api\/class\/([\w-]+)$/, async (ctx, [id]) => classroom.console(await teacher(ctx, id!))],
    ['DELETE', /^\/api\/class\/([\w-]+)$/, async (ctx, [id]) => {
      await classroom.remove(await teacher(ctx, id!));
      return { deleted: true };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/seat$/, async (ctx, [id], body) => ({ students: await classroom.moveStudent(await teacher(ctx, id!), body) })],
    ['POST', /^\/api\/class\/([\w-]+)\/start$/, async (ctx, [id]) => classroom.start(await teacher(ctx, id!))],
    ['POST', /^\/api\/class\/([\w-]+)\/pause$/, async (ctx, [id], body) => {
      await classroom.pause(await teacher(ctx, id!), body.table, true);
      return { paused: true };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/resume$/, async (ctx, [id], body) => {
      await classroom.pause(await teacher(ctx, id!), body.table, false);
      return { paused: false };
    }],
    ['POST', /^\/api\/class\/([\w-]+)\/extend$/, async (ctx, [id], body) => ({ extended: await classroom.extend(await teacher(ctx, id!), body.table, body.seconds) })],
    ['POST', /^\/api\/class\/([\w-]+)\/end-phase$/, async (ctx, [id], body) => ({ moves: await classroom.endPhase(await teacher(ctx, id!), body.table, body.fill) })],
    ['POST', /^\/api\/class\/([\w-]+)\/inject$/, async (ctx, [id], body) => ({ injected: await classroom.inject(await teacher(ctx, id!), body.table, body.eventId) })],
    ['POST', /^\/api\/class\/([\w-]+)\/end$/, async (ctx, [id]) => {
      await classroom.end(await teacher(ctx, id!));
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

  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith('/api/class') && !/^\/api\/matches\/[^/]+\/timer$/.test(ctx.path)) return next();
    const route = routes.find(([method, pattern]) => method === ctx.method && pattern.test(ctx.path));
    if (!route) return next();
    try {
      const params = (route[1].exec(ctx.path) ?? []).slice(1).map((p) => decodeURIComponent(p));
      const body = ctx.method === 'POST' ? await readJsonObject(ctx) : {};
      const result = await route[2](ctx, params, body);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = result;
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      ctx.status = status;
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      if (retryAfter) ctx.set('Retry-After', String(retryAfter));
      ctx.body = { error: error instanceof HttpError ? error.message : 'Internal server error.' };
      if (status >= 500) ctx.app.emit('error', error, ctx);
    }
  };
}
