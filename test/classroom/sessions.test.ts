import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsoleData, CreatedClass, DebriefData, Joined, MeData, ProjectorData } from '../../shared/api/classroom';
import type { ReplayRound } from '../../shared/api/replay';
import type { TableDebrief } from '../../shared/debrief';
import { connect, type PeninsulaClient } from '../server/support/players';
import { startServerProcess, type ServerProcess } from '../server/support/serverProcess';
import { call, eventually } from './support';

/**
 * Class sessions as the newcomer playtest broke them (issue 16) and the join-code limiter
 * (issue 14), against the real server. TRUST_PROXY=1 lets each test speak from its own address.
 */
describe('class sessions people can trust', () => {
  let server: ServerProcess;
  const clients: PeninsulaClient[] = [];
  let nextAddress = 1;
  /** A fresh client address, as a school network or a stranger would have. */
  const address = () => `10.9.0.${nextAddress++}`;

  beforeAll(async () => {
    server = await startServerProcess({ env: { TRUST_PROXY: '1' } });
  }, 180_000);
  afterAll(async () => {
    clients.forEach((c) => c.stop());
    await server?.dispose();
  });

  type Sent = { body?: unknown; teacherKey?: string; studentToken?: string };
  async function from<T = Record<string, unknown>>(ip: string, method: string, path: string, options: Sent = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': ip };
    if (options.teacherKey) headers['x-teacher-key'] = options.teacherKey;
    if (options.studentToken) headers['x-student-token'] = options.studentToken;
    const res = await fetch(`${server.url}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
    return { status: res.status, body: (await res.json()) as T & { error?: string; code?: string }, headers: res.headers };
  }

  async function newClass(body: Record<string, unknown>, ip = address()) {
    const created = await from<CreatedClass>(ip, 'POST', '/api/class', { body: { scenario: 'singapore2018', rounds: 4, ...body } });
    expect(created.status).toBe(200);
    const { sessionId, teacherKey, joinCode } = created.body;
    const teacher = <T = Record<string, unknown>>(method: string, path: string, b?: unknown, key = teacherKey) =>
      from<T>(ip, method, `/api/class/${sessionId}${path}`, { teacherKey: key, body: b });
    const join = (name: string, extra: Record<string, unknown> = {}, at = ip) =>
      from<Joined>(at, 'POST', '/api/class/join', { body: { code: joinCode, name, ...extra } });
    return { ...created.body, teacher, join, ip };
  }

  test('a taken name is refused with a clear message; the same student rejoining lands in the same seat', async () => {
    const c = await newClass({ tables: 1 });
    const ana = await c.join('Ana');
    expect(ana.status).toBe(200);
    const twin = await c.join('  ana ');
    expect(twin.status).toBe(409);
    expect(twin.body.code).toBe('NAME_TAKEN');
    expect(twin.body.error).toContain('“Ana” has already joined');
    await c.join('Ben');
    expect((await c.teacher('POST', '/start')).status).toBe(200);
    const before = (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: ana.body.token })).body;
    // A fresh browser: same code and name, "that is me".
    const back = await c.join('Ana', { rejoin: true });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ studentId: ana.body.studentId, table: ana.body.table, role: ana.body.role, rejoined: true });
    const after = (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: back.body.token })).body;
    expect(after.seat).toEqual(before.seat);
    expect(after.student.role).toBe('US');
    // The old page is told to rejoin; the class still has two students.
    expect((await from(c.ip, 'GET', '/api/class/me', { studentToken: ana.body.token })).status).toBe(401);
    expect((await c.teacher<ConsoleData>('GET', '')).body.students.map((s) => s.name)).toEqual(['Ana', 'Ben']);
  });

  test('six students sit three and three: at two fixed tables as they join, and evened out at the start when tables are left to the class', async () => {
    const fixed = await newClass({ tables: 2 });
    const auto = await newClass({ tables: null });
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) {
      expect((await fixed.join(name)).status).toBe(200);
      expect((await auto.join(name)).status).toBe(200);
    }
    const sizes = (students: { table: number }[]) => [1, 2].map((t) => students.filter((s) => s.table === t).length);
    expect(sizes((await fixed.teacher<ConsoleData>('GET', '')).body.students)).toEqual([3, 3]);
    expect(sizes((await auto.teacher<ConsoleData>('GET', '')).body.students)).toEqual([5, 1]);
    expect((await auto.teacher('POST', '/start')).status).toBe(200);
    const started = (await auto.teacher<ConsoleData>('GET', '')).body;
    expect(sizes(started.students)).toEqual([3, 3]);
    expect(new Set(started.students.map((s) => `${s.table}${s.role}`)).size).toBe(6);
  });

  test('with the same deck every table opens on the same crisis, and the class seed never leaves the server', async () => {
    const c = await newClass({ tables: 3, sameDeck: true });
    expect(JSON.stringify(c)).not.toContain('seed');
    for (const name of ['A', 'B', 'C']) await c.join(name);
    await c.teacher('POST', '/start');
    const tables = (await c.teacher<ConsoleData>('GET', '')).body.tables;
    expect(tables).toHaveLength(3);
    expect(new Set(tables.map((t) => t.event?.id)).size).toBe(1);
    expect((await c.teacher<ConsoleData>('GET', '')).body.session.sameDeck).toBe(true);
    expect(JSON.stringify((await c.teacher('GET', '')).body)).not.toContain('seed');
    expect((await from(c.ip, 'POST', '/api/class', { body: { sameDeck: 'yes' } })).status).toBe(400);
  });

  test('the recovery code reclaims the console on another device, and the lost key stops working', async () => {
    const c = await newClass({});
    expect(c.recoveryCode).toMatch(/^[ACEFGHJKMNPRTWXY34679]{4}(-[ACEFGHJKMNPRTWXY34679]{4}){3}$/);
    const other = address();
    const wrong = await from(other, 'POST', '/api/class/recover', { body: { code: c.joinCode, recoveryCode: 'AAAA-AAAA-AAAA-AAAA' } });
    expect(wrong.status).toBe(403);
    // Typed loosely (lower case, spaces) on the new device.
    const typed = c.recoveryCode.toLowerCase().replace(/-/g, ' ');
    const got = await from<{ sessionId: string; teacherKey: string }>(other, 'POST', '/api/class/recover', { body: { code: c.joinCode, recoveryCode: typed } });
    expect(got.status).toBe(200);
    expect(got.body.sessionId).toBe(c.sessionId);
    expect((await c.teacher('GET', '', undefined, got.body.teacherKey)).status).toBe(200);
    // Guessing recovery codes is limited, even from a network the class knows (its students know the join code).
    const student = address();
    expect((await c.join('Student', {}, student)).status).toBe(200);
    for (let i = 0; i < 10; i++)
      expect((await from(student, 'POST', '/api/class/recover', { body: { code: c.joinCode, recoveryCode: `AAAA-AAAA-AAAA-AA${i}A` } })).status).toBe(403);
    expect((await from(student, 'POST', '/api/class/recover', { body: { code: c.joinCode, recoveryCode: c.recoveryCode } })).status).toBe(429);
    const lost = await c.teacher('GET', '');
    expect(lost.status).toBe(403);
    expect(lost.body.error).toContain('recovery code');
  });

  test('wrong codes lock out a guesser, never a class from its own network; the gate answers an outsider the same for right and wrong codes', async () => {
    const school = address();
    const c = await newClass({}, school);
    // The teacher's console was seen from the school: ten typos there, then the right code still joins.
    expect((await c.teacher('GET', '')).status).toBe(200);
    for (let i = 0; i < 10; i++) expect((await from(school, 'POST', '/api/class/join', { body: { code: 'AAAAAA', name: `Typo ${i}` } })).status).toBe(404);
    const typo = await from(school, 'POST', '/api/class/join', { body: { code: 'AAAAAA', name: 'Typo' } });
    expect(typo.status).toBe(429);
    expect(Number(typo.headers.get('retry-after'))).toBeGreaterThan(0);
    // The body says the same for a page that cannot read headers: the code it translates, and the wait.
    expect(typo.body).toMatchObject({ error: expect.any(String), code: 'TOO_MANY_GUESSES', retryAfter: Number(typo.headers.get('retry-after')) });
    expect((await c.join('Right code', {}, school)).status).toBe(200);
    expect((await from(school, 'GET', `/api/class/projector/${c.joinCode}`)).status).toBe(200);
    // A stranger past the limit learns nothing: the right code gets the same 429 as a wrong one.
    const stranger = address();
    for (let i = 0; i < 10; i++) await from(stranger, 'POST', '/api/class/join', { body: { code: 'AAAAAA', name: 'Guess' } });
    expect((await c.join('Guess', {}, stranger)).status).toBe(429);
    // Positive control: another address is not limited at all.
    expect((await c.join('Fresh', {}, address())).status).toBe(200);
  });

  test('the teacher switches student press off and on, and messages one table or all', async () => {
    const c = await newClass({ tables: 2 });
    const ana = (await c.join('Ana')).body;
    const ben = (await c.join('Ben')).body;
    expect([ana.table, ben.table]).toEqual([1, 2]);
    await c.teacher('POST', '/start');
    const seat = (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: ana.token })).body.seat!;
    const say = (text: string) =>
      from(c.ip, 'POST', `/api/matches/${seat.matchID}/press`, { body: { playerID: seat.playerID, credentials: seat.credentials, to: 'all', text } });
    expect((await say('Hello table')).status).toBe(201);
    expect((await c.teacher('POST', '/settings', { press: false })).status).toBe(200);
    const off = await say('Still there?');
    expect(off.status).toBe(403);
    expect(off.body.code).toBe('PRESS_OFF');
    expect((await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: ana.token })).body.session.press).toBe(false);
    expect((await c.teacher('POST', '/settings', { press: true })).status).toBe(200);
    expect((await say('Back again')).status).toBe(201);
    expect((await c.teacher('POST', '/settings', { title: 'x' })).status).toBe(400);

    expect((await c.teacher('POST', '/message', { table: 2, text: 'Table 2: two minutes' })).status).toBe(200);
    expect((await c.teacher('POST', '/message', { text: 'Everyone: wrap up' })).status).toBe(200);
    expect((await c.teacher('POST', '/message', { table: 9, text: 'nobody' })).status).toBe(404);
    expect((await c.teacher('POST', '/message', { text: '' })).status).toBe(400);
    const texts = async (token: string) => (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: token })).body.messages.map((m) => m.text);
    expect(await texts(ana.token)).toEqual(['Everyone: wrap up']);
    expect(await texts(ben.token)).toEqual(['Table 2: two minutes', 'Everyone: wrap up']);
  });

  test('the CSV credits the teacher with the moves "End phase now" made, the student with their own; inject now opens a round with the event', async () => {
    const c = await newClass({ tables: 1, timers: { crisis: 0, diplomacy: 0, orders: 0 } });
    const ana = (await c.join('Ana')).body;
    await c.teacher('POST', '/start');
    const live = async () => (await c.teacher<ConsoleData>('GET', '')).body.tables[0]!;
    // Ana never acts in round 1: the teacher ends the round for her by injecting an event now.
    // (Round 1 may open on a crisis card that asks Ana to choose: inject now answers it for her too.)
    await eventually('table 1 in play', async () => ['crisis', 'diplomacy', 'orders'].includes((await live()).phase ?? ''), 30_000);
    const injected = await c.teacher<{ injected: { forRound: number }[] }>('POST', '/inject', { eventId: 'typhoonFoodShortage', now: true });
    expect(injected.status).toBe(200);
    const round2 = await eventually(
      'round 2',
      async () => {
        const t = await live();
        return t.round >= 2 ? t : undefined;
      },
      30_000,
    );
    expect(round2.event?.id).toBe('typhoonFoodShortage');
    // In round 2 Ana leaves the diplomacy table herself.
    const seat = (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: ana.token })).body.seat!;
    const client = connect(server.url, seat.matchID, { playerID: seat.playerID, credentials: seat.credentials });
    clients.push(client);
    await eventually('round 2 diplomacy', async () => client.getState()?.ctx.phase === 'diplomacy' && client.getState()?.G.round === 2, 30_000);
    client.moves.done!();
    await eventually('her done recorded', async () => (await live()).waitingFor.includes('US') === false, 30_000);

    const { decisions } = (await c.teacher<DebriefData>('GET', '/debrief')).body;
    const us = decisions.filter((d) => d.role === 'US');
    expect(us.filter((d) => d.round === 1).length).toBeGreaterThan(0);
    expect(us.filter((d) => d.round === 1).every((d) => d.by === 'teacher' && d.madeBy === 'teacher')).toBe(true);
    expect(us.find((d) => d.round === 2 && d.move === 'done')).toMatchObject({ by: 'student', madeBy: 'Ana', students: 'Ana' });
    // A bot's seat: its own moves are the bot's; what "End phase now" filled for it is the teacher's.
    const dprk = decisions.filter((d) => d.role === 'DPRK');
    expect(dprk.some((d) => d.by === 'bot' && d.madeBy === 'bot')).toBe(true);
    expect(dprk.every((d) => d.by === 'bot' || d.by === 'teacher')).toBe(true);
    const csv = await call<string>(server.url, 'GET', `/api/class/${c.sessionId}/decisions.csv`, { teacherKey: c.teacherKey });
    const rows = csv.body.trim().split('\r\n');
    expect(rows[0]).toBe('table,round,phase,role,made_by,by,seat_students,move,detail,memo,args');
    expect(rows.some((r) => r.startsWith('1,1,diplomacy,US,teacher,teacher,Ana,done,'))).toBe(true);
    expect(rows).toContain('1,2,diplomacy,US,Ana,student,Ana,done,Left the diplomacy table,,');
    // No stray "" for a move without an argument.
    expect(csv.body).not.toMatch(/,""(,|\r\n)/);
  }, 120_000);

  test('the console, the students and the projector hear of changes by push: a stream per class says "look again"', async () => {
    const c = await newClass({ tables: 1 });
    const ana = (await c.join('Ana')).body;
    // Streams open with a one-use ticket asked for with the key or token, never with them in the URL (proxies log URLs).
    expect((await from(c.ip, 'GET', `/api/class/${c.sessionId}/stream?key=${c.teacherKey}`)).status).toBe(400);
    expect((await from(c.ip, 'GET', `/api/class/me/stream?token=${ana.token}`)).status).toBe(400);
    expect((await from(c.ip, 'POST', `/api/class/${c.sessionId}/stream/ticket`, { teacherKey: 'wrong' })).status).toBe(403);
    expect((await from(c.ip, 'POST', '/api/class/me/stream/ticket', { studentToken: 'wrong' })).status).toBe(401);
    const ticket = async (path: string, who: { teacherKey?: string; studentToken?: string }) => {
      const answer = await from<{ ticket: string }>(c.ip, 'POST', path, who);
      expect(answer.status).toBe(201);
      return answer.body.ticket;
    };
    const teacherTicket = await ticket(`/api/class/${c.sessionId}/stream/ticket`, { teacherKey: c.teacherKey });
    const studentTicket = await ticket('/api/class/me/stream/ticket', { studentToken: ana.token });
    // A ticket opens its own class's stream only.
    expect(
      (await from(c.ip, 'GET', `/api/class/other-class/stream?ticket=${await ticket(`/api/class/${c.sessionId}/stream/ticket`, { teacherKey: c.teacherKey })}`))
        .status,
    ).toBe(403);
    const events = async (path: string, act: () => Promise<unknown>) => {
      const abort = new AbortController();
      const res = await fetch(`${server.url}${path}`, { signal: abort.signal, headers: { 'x-forwarded-for': c.ip } });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = res.body!.getReader();
      let text = '';
      const read = async (count: number) => {
        const deadline = Date.now() + 20_000;
        while ((text.match(/event: change/g) ?? []).length < count && Date.now() < deadline)
          text += new TextDecoder().decode((await reader.read()).value ?? new Uint8Array());
        return (text.match(/event: change/g) ?? []).length;
      };
      expect(await read(1)).toBe(1);
      await act();
      const seen = await read(2);
      abort.abort();
      return seen;
    };
    expect(await events(`/api/class/${c.sessionId}/stream?ticket=${teacherTicket}`, () => c.join('Ben'))).toBe(2);
    expect(await events(`/api/class/me/stream?ticket=${studentTicket}`, () => c.teacher('POST', '/start'))).toBe(2);
    expect(await events(`/api/class/projector/${c.joinCode}/stream`, () => c.teacher('POST', '/pause'))).toBe(2);
    // A ticket is good once: the one just used opens nothing.
    expect((await from(c.ip, 'GET', `/api/class/me/stream?ticket=${studentTicket}`)).status).toBe(403);
  });

  test('an ended session is results everywhere: frozen tables, no live controls, results on the projector and for students', async () => {
    const c = await newClass({ tables: 1, timers: { crisis: 0, diplomacy: 0, orders: 0 } });
    const ana = (await c.join('Ana')).body;
    await c.teacher('POST', '/start');
    await c.teacher('POST', '/pause');
    expect((await from<ProjectorData>(c.ip, 'GET', `/api/class/projector/${c.joinCode}`)).body.results).toBeNull();
    const matchID = (await c.teacher<ConsoleData>('GET', '')).body.tables[0]!.matchID!;
    const replayStatus = async () => (await from<ReplayRound>(c.ip, 'GET', `/api/matches/${matchID}/replay`, { teacherKey: c.teacherKey })).body.status;
    expect(await replayStatus()).toBe('playing');
    expect((await c.teacher('POST', '/end')).status).toBe(200);
    // Stopped early is one truth everywhere: no outcome, no winner, in the debriefs, on the projector and in the replay.
    expect(await replayStatus()).toBe('stopped');
    const debrief = (await c.teacher<DebriefData>('GET', '/debrief')).body.debrief;
    expect(debrief).toMatchObject({ outcomes: {}, stopped: 1 });
    expect(debrief.tables[0]).toMatchObject({ over: false, outcome: null, winners: [] });
    const table = (await c.teacher<ConsoleData>('GET', '')).body.tables[0]!;
    expect(table).toMatchObject({ over: false, outcome: null, paused: false, timer: null, waitingFor: [], waitingForPeople: [] });
    const controls = {
      '/pause': {},
      '/resume': {},
      '/end-phase': {},
      '/extend': { seconds: 60 },
      '/inject': { eventId: 'typhoonFoodShortage' },
      '/message': { text: 'hi' },
    };
    for (const [path, body] of Object.entries(controls)) expect((await c.teacher('POST', path, body)).status, path).toBe(409);
    const me = (await from<MeData>(c.ip, 'GET', '/api/class/me', { studentToken: ana.token })).body;
    expect(me.session.status).toBe('ended');
    expect(me.paused).toBe(false);
    const mine = await from<TableDebrief>(c.ip, 'GET', '/api/class/me/debrief', { studentToken: ana.token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ over: false, outcome: null, winners: [] });
    const projector = (await from<ProjectorData>(c.ip, 'GET', `/api/class/projector/${c.joinCode}`)).body;
    expect(projector.results?.map((r) => r.table)).toEqual([1]);
    expect(projector.results?.[0]).toMatchObject({ outcome: null, winners: [] });
    expect(JSON.stringify(projector)).not.toContain('Ana');
    expect((await c.join('Late')).status).toBe(409);
  });
});
