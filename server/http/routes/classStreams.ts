import type { Context } from 'koa';
import { STUDENT_TOKEN_HEADER } from '../../../shared/api/classroom';
import { isRefusal, refuse, type Refusal } from '../../../shared/api/errors';
import type { Classroom } from '../../classroom/classroom';
import { clientAddress } from '../clientAddress';
import type { AnsweredRoute } from '../routeTable';
import { teacherOfRequest } from './classTeacher';

const NO_CREDENTIALS_IN_URL = refuse(
  'CREDENTIALS_IN_URL',
  'Keys and tokens do not go in the URL: ask for a stream ticket with them (POST …/stream/ticket) and open the stream with ?ticket=.',
);
const BAD_TICKET = refuse('TICKET_INVALID', 'That stream ticket is spent, expired or for another class: ask for a new one (POST …/stream/ticket).');

/**
 * The class's "look again" streams (Server-Sent Events, server/classroom/classEvents.ts): the
 * teacher's console, a student's page and the projector. EventSource sends no headers, so the
 * console and a student open theirs with a one-use ticket asked for by POST with their key or
 * token (proxies log URLs); the projector's address already holds the class's public join code.
 * Listed before the teacher's routes: '/api/class/me/stream' would otherwise read as a session called "me".
 */
export function classStreamRoutes(classroom: Classroom): AnsweredRoute[] {
  const { students, events } = classroom;

  /** Opens the session's stream on the response; the refusal (nothing written) when it cannot. */
  const open = (ctx: Context, sessionId: string): Refusal | null => {
    const refused = events.open(sessionId, ctx.res);
    if (refused) return refused;
    ctx.respond = false;
    return null;
  };
  /** The session a stream's ticket opens, or why not. */
  const ticketed = (ctx: Context, scope?: string): string | Refusal => {
    if (ctx.query.key !== undefined || ctx.query.token !== undefined) return NO_CREDENTIALS_IN_URL;
    const ticket = typeof ctx.query.ticket === 'string' ? ctx.query.ticket : '';
    const grant = events.tickets.redeem(ticket);
    return grant && (scope === undefined || grant.scope === scope) ? grant.scope : BAD_TICKET;
  };

  return [
    {
      method: 'POST',
      path: '/api/class/me/stream/ticket',
      async handle({ ctx }) {
        const student = await students.student(ctx.get(STUDENT_TOKEN_HEADER));
        if (isRefusal(student)) return student;
        ctx.status = 201;
        return events.tickets.issue(student.sessionId, 'student');
      },
    },
    {
      method: 'GET',
      path: '/api/class/me/stream',
      handle: async ({ ctx }) => {
        const sessionId = ticketed(ctx);
        return isRefusal(sessionId) ? sessionId : open(ctx, sessionId);
      },
    },
    {
      method: 'GET',
      path: '/api/class/projector/:code/stream',
      async handle({ ctx, params }) {
        const session = await students.byCode(clientAddress(ctx), params.code ?? '');
        return isRefusal(session) ? session : open(ctx, session.sessionId);
      },
    },
    {
      // A POST that changes nothing, so the class's pages are not told to look again.
      method: 'POST',
      path: '/api/class/:sessionId/stream/ticket',
      async handle(request) {
        const session = await teacherOfRequest(classroom, request);
        if (isRefusal(session)) return session;
        request.ctx.status = 201;
        return events.tickets.issue(session.sessionId, 'teacher');
      },
    },
    {
      method: 'GET',
      path: '/api/class/:sessionId/stream',
      handle: async ({ ctx, params }) => {
        const sessionId = ticketed(ctx, params.sessionId ?? '');
        return isRefusal(sessionId) ? sessionId : open(ctx, sessionId);
      },
    },
  ];
}
