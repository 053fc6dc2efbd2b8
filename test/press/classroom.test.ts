import { rmSync } from 'node:fs';
import { LobbyClient } from 'boardgame.io/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeninsulaServer, type RunningServer } from '../../server/app';
import type { PressMessage } from '../../shared/press';
import { initialisedDataDir } from '../support/runShared';
import { call, type Joined, type Me } from '../classroom/support';
import { waitFor } from '../server/support/players';
import { openStream, seatHeaders } from './support/sse';

let dataDir = '';
let server: RunningServer;

beforeAll(async () => {
  dataDir = await initialisedDataDir('peninsula-press-class-');
  server = await startPeninsulaServer({ port: 0, dataDir, clientDir: '/nonexistent', botDelayMs: 0, logLevel: 'warn' });
});

afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function press(matchID: string, suffix = ''): string {
  return `/api/matches/${matchID}/press${suffix}`;
}

describe('press in a classroom match', () => {
  it('students are told the teacher reads everything, and the teacher (only) reads every message in the debrief', async () => {
    const url = server.url;
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', { body: { tables: 1 } });
    expect(created.status).toBe(200);
    const { sessionId, joinCode, teacherKey } = created.body;
    const students: Joined[] = [];
    for (const name of ['Ada', 'Ben', 'Cho']) students.push((await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name } })).body);
    expect((await call(url, 'POST', `/api/class/${sessionId}/start`, { teacherKey })).status).toBe(200);
    const seats = await Promise.all(students.map(async (s) => (await call<Me>(url, 'GET', '/api/class/me', { studentToken: s.token })).body.seat!));
    const matchID = seats[0]!.matchID;
    const [a, b, c] = seats.map((s) => ({ playerID: s.playerID, credentials: s.credentials }));
    const roleOf = (seat: typeof a) => ['US', 'DPRK', 'ROK', 'PRC', 'JPN'][Number(seat!.playerID)]!;

    // Told at the start: the seat's stream and its history both say it is a classroom match.
    const stream = await openStream(`${url}${press(matchID, '/stream')}`, seatHeaders(c));
    await waitFor("the stream's opening info", () => stream.info, 15_000);
    expect(stream.info).toEqual({ classroom: true });
    stream.close();

    const whisper = await call<{ message: PressMessage }>(url, 'POST', press(matchID), { body: { ...a, to: [roleOf(b)], text: 'Just between us.' } });
    expect(whisper.status).toBe(201);
    expect((await call(url, 'POST', press(matchID), { body: { ...b, to: 'all', text: 'We stand firm.' } })).status).toBe(201);

    const forCResponse = await fetch(`${url}${press(matchID)}`, { headers: seatHeaders(c) });
    const forC = { status: forCResponse.status, body: (await forCResponse.json()) as { messages: PressMessage[]; classroom: boolean } };
    expect(forC.body.classroom).toBe(true);
    // The bots at the table's empty seats open talks with the students (test/press/botOpening.server.test.ts): the students' own messages here.
    const studentRoles: string[] = [a, b, c].map(roleOf);
    const byStudents = (messages: PressMessage[]) => messages.filter((m) => studentRoles.includes(m.from)).map((m) => m.text);
    expect(byStudents(forC.body.messages)).toEqual(['We stand firm.']);
    expect(forC.body.messages.every((m) => m.to === 'all' || (m.to as string[]).includes(roleOf(c)))).toBe(true);

    const debrief = await call<{ messages: PressMessage[] }>(url, 'GET', press(matchID, '/debrief'), { teacherKey });
    expect(debrief.status).toBe(200);
    expect(byStudents(debrief.body.messages)).toEqual(['Just between us.', 'We stand firm.']);
    expect((await call(url, 'GET', press(matchID, '/debrief'))).status).toBe(403);
    expect((await call(url, 'GET', press(matchID, '/debrief'), { teacherKey: 'guess' })).status).toBe(403);
    // A student's seat credentials are no teacher key.
    expect((await call(url, 'GET', press(matchID, '/debrief'), { teacherKey: a!.credentials })).status).toBe(403);

    // Another teacher's key does not open this table, and an online match has no teacher.
    const other = (await call<{ teacherKey: string }>(url, 'POST', '/api/class', { body: {} })).body;
    expect((await call(url, 'GET', press(matchID, '/debrief'), { teacherKey: other.teacherKey })).status).toBe(403);
    const { matchID: online } = await new LobbyClient({ server: url }).createMatch('peninsula', { numPlayers: 5 });
    expect((await call(url, 'GET', press(online, '/debrief'), { teacherKey })).status).toBe(403);
    expect((await call<{ classroom: boolean }>(url, 'GET', press(online))).body.classroom).toBe(false);
  });
});
