import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OUTCOMES } from '../../shared/data/outcomes';
import type { ClassDebrief } from '../../shared/debrief';
import type { Decision } from '../../shared/decisions';
import { ROLES } from '../../shared/roles';
import type { ConsoleData, LiveTable, ProjectorData } from '../../shared/api/classroom';
import type { TimerWire as TimerInfo } from '../../shared/api/classroom';
import { autoPlay, connect, type PeninsulaClient } from '../server/support/players';
import { startServerProcess, type ServerProcess } from '../server/support/serverProcess';
import { call, eventually, type Joined, type Me } from './support';

describe('a class of 30 students at 6 tables, run by the teacher API', () => {
  let server: ServerProcess;
  const clients: PeninsulaClient[] = [];
  const players: { stop(): void }[] = [];

  beforeAll(async () => {
    server = await startServerProcess();
  }, 180_000);
  afterAll(async () => {
    players.forEach((p) => p.stop());
    clients.forEach((c) => c.stop());
    await server?.dispose();
  });

  test('join, seat, start, pause, inject, timers, end phase, debrief, exports, delete', async () => {
    const url = server.url;
    // The teacher creates the class: short timers so the test sees them run out.
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', {
      body: { scenario: 'afterHanoi2019', rounds: 4, timers: { crisis: 3, diplomacy: 3, orders: 3 }, tables: 6, title: 'Period 3' },
    });
    expect(created.status).toBe(200);
    const { sessionId, joinCode, teacherKey } = created.body;
    expect(joinCode).toMatch(/^[ACEFGHJKMNPRTWXY34679]{6}$/);
    const teacher = (method: string, path: string, body?: unknown) => call(url, method, `/api/class/${sessionId}${path}`, { teacherKey, body });

    expect((await call(url, 'POST', '/api/class', { body: { rounds: 99 } })).status).toBe(400);
    expect((await call(url, 'GET', `/api/class/${sessionId}`)).status).toBe(403);
    expect((await call(url, 'GET', `/api/class/${sessionId}`, { teacherKey: 'wrong' })).status).toBe(403);

    // 30 students join with the code (typed in lower case, with a space) and a name.
    const joined: Joined[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await call<Joined>(url, 'POST', '/api/class/join', {
        body: { code: ` ${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`, name: `Student ${i + 1}` },
      });
      expect(res.status).toBe(200);
      joined.push(res.body);
    }
    expect(new Set(joined.map((j) => `${j.table}:${j.role}`)).size).toBe(30);
    expect(new Set(joined.map((j) => j.table))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
    expect((await call(url, 'POST', '/api/class/join', { body: { code: joinCode, name: '   ' } })).status).toBe(400);

    // Before the start: no credentials yet; the teacher moves a student to make a team of two at table 6.
    const first = await call<Me>(url, 'GET', '/api/class/me', { studentToken: joined[0]!.token });
    expect(first.body.seat).toBeNull();
    expect((await call(url, 'GET', '/api/class/me', { studentToken: 'nope' })).status).toBe(401);
    const mover = joined.find((j) => j.table === 5 && j.role === 'PRC')!;
    expect((await teacher('POST', '/seat', { studentId: mover.studentId, table: 6, role: 'US' })).status).toBe(200);
    mover.table = 6;
    mover.role = 'US';
    const lobby = (await teacher('GET', '')).body as unknown as ConsoleData;
    expect(lobby.students.filter((s) => s.table === 6 && s.role === 'US')).toHaveLength(2);

    expect((await teacher('POST', '/start')).status).toBe(200);
    expect((await teacher('POST', '/start')).status).toBe(409);
    expect((await teacher('POST', '/seat', { studentId: mover.studentId, table: 1, role: 'US' })).status).toBe(409);

    // Every student gets the seat's credentials; a team shares them; nobody gets another seat's.
    const mes: Me[] = [];
    for (const j of joined) mes.push((await call<Me>(url, 'GET', '/api/class/me', { studentToken: j.token })).body);
    for (const [i, me] of mes.entries()) {
      expect(me.seat).not.toBeNull();
      expect(me.seat!.playerID).toBe(String(ROLES.indexOf(joined[i]!.role as never)));
    }
    const team = mes.filter((m) => m.student.table === 6 && m.student.role === 'US');
    expect(team).toHaveLength(2);
    expect(team[0]!.seat!.credentials).toBe(team[1]!.seat!.credentials);
    expect(team[0]!.teammates).toEqual([team[1]!.student.name]);
    expect(new Set(mes.map((m) => m.seat!.credentials)).size).toBe(29);

    // A latecomer joins a team of students already playing, with that seat's credentials.
    const late = await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name: 'Latecomer' } });
    expect(late.status).toBe(200);
    const lateMe = (await call<Me>(url, 'GET', '/api/class/me', { studentToken: late.body.token })).body;
    const host = mes.find((m) => m.student.table === late.body.table && m.student.role === late.body.role)!;
    expect(lateMe.seat!.credentials).toBe(host.seat!.credentials);
    expect(lateMe.teammates).toContain(host.student.name);
    const seatName = (await call<{ players: { id: number; name?: string }[] }>(url, 'GET', `/games/peninsula/${host.seat!.matchID}`)).body.players[
      Number(host.seat!.playerID)
    ]!.name;
    expect(seatName).toBe(`${host.student.name}, Latecomer`);

    // A student's table debrief opens only once the table's game is over.
    expect((await call(url, 'GET', '/api/class/me/debrief', { studentToken: joined[0]!.token })).status).toBe(409);
    const started = (await teacher('GET', '')).body as unknown as ConsoleData;
    expect(started.session.status).toBe('running');
    expect(started.tables).toHaveLength(6);
    const table = (n: number) => started.tables.find((t) => t.table === n)!;
    expect(table(5).seats.find((s) => s.role === 'PRC')!.bot).toBe(true);
    for (const t of started.tables) expect(t.matchID).toBeTruthy();

    // Pause table 1 before anyone moves: its timer freezes and its moves are dropped.
    expect((await teacher('POST', '/pause', { table: 1 })).status).toBe(200);
    const pausedAt = await timerOf(table(1).matchID!);
    expect(pausedAt.paused).toBe(true);
    // A table that is no table number is a mistake (400), not a table out of play, and pauses nothing.
    for (const bad of ['1', [1], { a: 1 }, 0, 1.5]) {
      const refused = await teacher('POST', '/pause', { table: bad });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'BAD_INPUT', error: expect.stringMatching(/table number/) });
    }
    expect((await teacher('POST', '/message', { table: 'all', text: 'hello' })).status).toBe(400);
    expect((await timerOf(table(2).matchID!)).paused).toBe(false);

    // Inject a crisis into table 2: the next round's crisis draws it.
    const injected = await teacher('POST', '/inject', { table: 2, eventId: 'typhoonFoodShortage' });
    expect(injected.status).toBe(200);
    // Bots and 3-second timers play on meanwhile (students have not connected yet): the next round is the card's.
    const { forRound, lastRound } = (injected.body as { injected: { forRound: number; lastRound: boolean }[] }).injected[0]!;
    expect(forRound).toBeGreaterThanOrEqual(2);
    expect((await teacher('POST', '/inject', { table: 2, eventId: 'nope' })).status).toBe(400);

    // Students play through boardgame.io's socket client, on their seat's own view; at table 3
    // the US student never acts, so that table runs on its timers.
    const idle = mes.find((m) => m.student.table === 3 && m.student.role === 'US')!;
    for (const me of mes) {
      const client = connect(url, me.seat!.matchID, { playerID: me.seat!.playerID, credentials: me.seat!.credentials });
      clients.push(client);
      if (me !== idle) players.push(autoPlay(client));
    }

    // Extend table 4's timer (paused first, so its phase cannot end between the two looks).
    await teacher('POST', '/pause', { table: 4 });
    const before4 = await timerOf(table(4).matchID!);
    expect((await teacher('POST', '/extend', { table: 4, seconds: 20 })).status).toBe(200);
    const after4 = await timerOf(table(4).matchID!);
    expect(after4.remainingMs).toBe((before4.remainingMs ?? 0) + 20_000);
    await teacher('POST', '/resume', { table: 4 });
    expect((await timerOf(table(4).matchID!)).paused).toBe(false);
    expect((await teacher('POST', '/extend', { table: 4, seconds: 0 })).status).toBe(400);

    // While paused, table 1 does not move, though its timer would long have run out: table 3,
    // started at the same moment with the same timers, has passed its first phase on its timer
    // (its US student is idle) — the positive control that time has passed.
    const stateBefore = await stateIdOf(table(1).matchID!);
    const firstPhase3 = (await live(3)).phase;
    await eventually(
      'table 3 past its first phase on the timer',
      async () => {
        const t = await live(3);
        return t.phase !== firstPhase3 || t.round > 1;
      },
      60_000,
    );
    expect(await stateIdOf(table(1).matchID!)).toBe(stateBefore);
    expect((await timerOf(table(1).matchID!)).remainingMs).toBe(pausedAt.remainingMs);
    expect((await teacher('POST', '/end-phase', { table: 1 })).status).toBe(409);
    expect((await teacher('POST', '/resume', { table: 1 })).status).toBe(200);
    await eventually('table 1 moving again', async () => (await stateIdOf(table(1).matchID!)) > stateBefore, 30_000);

    // Table 3 moved on without its idle US student: the timer acted (hold orders, "done").
    await eventually('table 3 past round 1', async () => ((await live(3)).round ?? 0) >= 2, 60_000);
    // End a phase now at table 3 (bots' choice for those who did not act).
    const t3 = await live(3);
    if (!t3.over) {
      const ended = await teacher('POST', '/end-phase', { table: 3, fill: 'bot' });
      expect(ended.status).toBe(200);
    }

    // Table 2 drew the injected card in round 2.
    const round2 = await eventually(
      `table 2 in round ${forRound}`,
      async () => {
        const t = await live(2);
        return t.round >= forRound || t.over ? t : undefined;
      },
      60_000,
    );
    if (!lastRound) expect(round2.round === forRound ? round2.event?.id : 'typhoonFoodShortage').toBe('typhoonFoodShortage');

    // Every table plays to its end.
    await eventually(
      'all six games over',
      async () => {
        const c = (await teacher('GET', '')).body as unknown as ConsoleData;
        return c.tables.every((t) => t.over);
      },
      150_000,
      1000,
    );
    // The console names each finished table's outcome in words a teacher reads, not its id.
    const labels = Object.values(OUTCOMES).map((o) => o.label);
    for (const t of ((await teacher('GET', '')).body as unknown as ConsoleData).tables) expect(labels).toContain(t.outcome);

    // Now each student may read their own table's debrief, agendas revealed.
    const mine = await call<{ table: number; outcome: { id: string }; seats: Record<string, { agenda: { label: string } }> }>(
      url,
      'GET',
      '/api/class/me/debrief',
      { studentToken: joined[0]!.token },
    );
    expect(mine.status).toBe(200);
    expect(mine.body.table).toBe(joined[0]!.table);
    expect(mine.body.seats.DPRK!.agenda.label).not.toBe('None');
    expect((await call<Me & { over: boolean }>(url, 'GET', '/api/class/me', { studentToken: joined[0]!.token })).body.over).toBe(true);

    // Debrief and exports.
    const debrief = (await teacher('GET', '/debrief')).body as unknown as { debrief: ClassDebrief; decisions: Decision[] };
    expect(debrief.debrief.tables).toHaveLength(6);
    const d2 = debrief.debrief.tables.find((t) => t.table === 2)!;
    if (!lastRound) expect(d2.headlines.some((h) => h.round === forRound && h.text.startsWith('Typhoon'))).toBe(true);
    expect(Object.values(debrief.debrief.outcomes).reduce((a, b) => a + (b ?? 0), 0)).toBe(6);
    for (const t of debrief.debrief.tables) expect(t.tracks.length).toBeGreaterThan(1);
    const d6 = debrief.debrief.tables.find((t) => t.table === 6)!;
    expect(d6.seats.US.names.length).toBeGreaterThanOrEqual(2);
    expect(d6.seats.PRC.names).toHaveLength(1);
    expect(debrief.debrief.tables.find((t) => t.table === 5)!.seats.PRC.bot).toBe(true);
    // The idle US student at table 3 never moved, yet US orders were given every round (by the timer).
    const d3 = debrief.decisions.filter((x) => x.table === 3 && x.role === 'US' && x.move === 'submitOrders');
    expect(d3.length).toBeGreaterThanOrEqual(1);
    expect(debrief.decisions.filter((x) => x.move === 'submitOrders').length).toBeGreaterThanOrEqual(6 * 5);
    expect(server.output()).toContain('phase timer ran out');

    const csv = await call<string>(url, 'GET', `/api/class/${sessionId}/decisions.csv`, { teacherKey });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('table,round,phase,role,made_by,by,seat_students,move,detail,memo,args');
    // The idle student made no move: every US row at table 3 is the timer's or the teacher's, none theirs.
    const idleRows = debrief.decisions.filter((x) => x.table === 3 && x.role === 'US');
    expect(idleRows.length).toBeGreaterThan(0);
    expect(new Set(idleRows.map((x) => x.by))).not.toContain('student');
    expect(idleRows.some((x) => x.by === 'timer' && x.madeBy === 'timer')).toBe(true);
    // A bot's seat is marked as the bot's, and students who played have rows in their own name.
    const botRows = debrief.decisions.filter((x) => x.table === 5 && x.role === 'PRC');
    expect(botRows.some((x) => x.by === 'bot' && x.madeBy === 'bot')).toBe(true);
    expect(botRows.every((x) => x.by !== 'student')).toBe(true);
    expect(debrief.decisions.some((x) => x.by === 'student' && x.madeBy === x.students)).toBe(true);
    expect(lines.length).toBe(debrief.decisions.length + 1);
    expect((await call(url, 'GET', `/api/class/${sessionId}/decisions.csv`)).status).toBe(403);

    // The projector is public by code and never shows a secret or a name; with every game over
    // it shows the results board (outcomes, scores, and the agendas the end of a game reveals).
    const projector = await call<ProjectorData>(url, 'GET', `/api/class/projector/${joinCode}`);
    expect(projector.status).toBe(200);
    const text = JSON.stringify(projector.body);
    expect(text).not.toContain('Student ');
    expect(text).not.toMatch(/"deck"|"credentials"|"secret"|"private"/);
    expect(projector.body.results?.map((r) => r.table)).toEqual([1, 2, 3, 4, 5, 6]);

    // Guessing codes is limited per address, with a message a person can act on.
    let limited: { status: number; body: { error: string }; headers: Headers } | undefined;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await call<{ error: string }>(url, 'POST', '/api/class/join', { body: { code: 'AAAAAA', name: 'Guesser' } });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited?.body.error).toMatch(/Too many wrong join codes/);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The projector answers by code too: it is limited in the same way.
    expect((await call(url, 'GET', '/api/class/projector/AAAAAA')).status).toBe(429);

    // End, then delete: the session, its matches and their data are gone.
    expect((await teacher('POST', '/end')).status).toBe(200);
    expect((await teacher('DELETE', '')).status).toBe(200);
    expect((await teacher('GET', '')).status).toBe(404);
    expect((await call(url, 'GET', `/games/peninsula/${table(1).matchID}`)).status).toBe(404);
    expect((await call(url, 'GET', '/api/class/me', { studentToken: joined[0]!.token })).status).toBe(401);

    async function live(n: number): Promise<LiveTable> {
      const c = (await teacher('GET', '')).body as unknown as ConsoleData;
      return c.tables.find((t) => t.table === n)!;
    }
    async function timerOf(matchID: string): Promise<TimerInfo> {
      return (await call<TimerInfo>(url, 'GET', `/api/matches/${matchID}/timer`)).body;
    }
    async function stateIdOf(matchID: string): Promise<number> {
      const c = (await teacher('GET', '')).body as unknown as ConsoleData;
      const t = c.tables.find((x) => x.matchID === matchID)!;
      return t.stateID;
    }
  }, 300_000);
});
