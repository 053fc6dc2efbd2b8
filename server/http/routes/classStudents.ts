import { STUDENT_TOKEN_HEADER } from '../../../shared/api/classroom';
import { isRefusal, refuse } from '../../../shared/api/errors';
import type { Classroom } from '../../classroom/classroom';
import type { Student } from '../../classroom/classStore';
import { clientAddress } from '../clientAddress';
import type { AnsweredRoute, RouteRequest } from '../routeTable';

/**
 * What anyone with a join code does (create a class, join it, recover a console, the projector)
 * and what a student does with their token under /api/class/me. Listed before the teacher's
 * routes: '/api/class/me' would otherwise read as a session called "me".
 */
export function classStudentRoutes(classroom: Classroom): AnsweredRoute[] {
  const { teacher, students, events } = classroom;

  /** A class a request made or joined: its open pages hear of it. */
  const announced = <T>(result: T): T => {
    const sessionId = isRefusal(result) ? undefined : (result as { sessionId?: unknown }).sessionId;
    if (typeof sessionId === 'string') events.changed(sessionId);
    return result;
  };

  const asStudent = (request: RouteRequest) => students.student(request.ctx.get(STUDENT_TOKEN_HEADER));
  const withStudent = (act: (student: Student) => Promise<unknown>) => async (request: RouteRequest) => {
    const student = await asStudent(request);
    return isRefusal(student) ? student : act(student);
  };

  return [
    { method: 'POST', path: '/api/class', handle: async ({ body }) => announced(await teacher.create(body)) },
    { method: 'POST', path: '/api/class/join', handle: async ({ ctx, body }) => announced(await students.join(clientAddress(ctx), body)) },
    {
      method: 'POST',
      path: '/api/class/recover',
      async handle({ ctx, body }) {
        const address = clientAddress(ctx);
        // Recovery is never let through for a known network: students know the join code too.
        const wait = await students.gate.retryAfter(address, undefined);
        if (wait > 0) return refuse('TOO_MANY_GUESSES', `Too many wrong codes from this network. Wait ${wait} seconds.`, wait);
        const session = await students.byCode(address, body.code);
        if (isRefusal(session)) return session;
        const recovered = await teacher.recover(session, body.recoveryCode);
        // A wrong recovery code counts like a wrong join code.
        if (isRefusal(recovered)) await students.gate.fail(address);
        return announced(recovered);
      },
    },
    { method: 'GET', path: '/api/class/me', handle: withStudent((student) => students.me(student)) },
    { method: 'GET', path: '/api/class/me/debrief', handle: withStudent((student) => students.debrief(student)) },
    { method: 'GET', path: '/api/class/projector/:code', handle: ({ ctx, params }) => classroom.projector(clientAddress(ctx), params.code ?? '') },
  ];
}
