import { isRefusal, type Refusal } from '../../../shared/api/errors';
import { TEACHER_KEY_HEADER } from '../../../shared/api/classroom';
import { decisionsCsv } from '../../../shared/decisions';
import type { Classroom } from '../../classroom/classroom';
import type { ClassSession } from '../../classroom/classStore';
import { clientAddress } from '../clientAddress';
import type { AnsweredRoute, Method, RouteRequest } from '../routeTable';

/**
 * What the teacher (the holder of the session's key) does under /api/class/:sessionId. The key
 * (header TEACHER_KEY_HEADER) is checked once here, for every route; an action that changes the
 * class tells its open pages (their streams are in classStreams.ts).
 */
/** The session of `/api/class/:sessionId…`, when the request carries its teacher's key; a key seen from an address marks the class's network as known. */
export async function teacherOfRequest({ teacher, students }: Classroom, { ctx, params }: RouteRequest): Promise<ClassSession | Refusal> {
  const session = await teacher.asTeacher(params.sessionId ?? '', ctx.get(TEACHER_KEY_HEADER));
  if (!isRefusal(session)) await students.seenTeacher(clientAddress(ctx), session);
  return session;
}

export function classTeacherRoutes(classroom: Classroom): AnsweredRoute[] {
  const { teacher, events } = classroom;
  const asTeacher = (request: RouteRequest) => teacherOfRequest(classroom, request);

  const route = (method: Method, action: string, act: (session: ClassSession, request: RouteRequest) => Promise<unknown>): AnsweredRoute => ({
    method,
    path: `/api/class/:sessionId${action}`,
    async handle(request) {
      const session = await asTeacher(request);
      if (isRefusal(session)) return session;
      const result = await act(session, request);
      // Whatever a teacher changed, the class's open pages hear of it (they read their usual GET again).
      if (method !== 'GET' && !isRefusal(result)) events.changed(session.sessionId);
      return result;
    },
  });

  return [
    route('GET', '', (session) => classroom.console(session)),
    route('DELETE', '', (session) => teacher.remove(session)),
    route('POST', '/seat', async (session, { body }) => {
      const moved = await teacher.moveStudent(session, body);
      return isRefusal(moved) ? moved : { students: moved };
    }),
    route('POST', '/start', (session) => teacher.start(session)),
    route('POST', '/pause', (session, { body }) => teacher.pause(session, body.table, true)),
    route('POST', '/resume', (session, { body }) => teacher.pause(session, body.table, false)),
    route('POST', '/extend', (session, { body }) => teacher.extend(session, body.table, body.seconds)),
    route('POST', '/end-phase', (session, { body }) => teacher.endPhase(session, body.table, body.fill)),
    route('POST', '/inject', (session, { body }) => teacher.inject(session, body.table, body.eventId, body.now)),
    route('POST', '/settings', (session, { body }) => teacher.settings(session, body)),
    route('POST', '/message', (session, { body }) => teacher.message(session, body.table, body.text)),
    route('POST', '/end', (session) => teacher.end(session)),
    route('GET', '/debrief', (session) => classroom.debrief(session)),
    route('GET', '/decisions.csv', async (session, { ctx }) => {
      const { decisions } = await classroom.debrief(session);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', 'attachment; filename="peninsula-decisions.csv"');
      return decisionsCsv(decisions);
    }),
  ];
}
