import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REFUSAL_STATUS, type RefusalCode } from '../../shared/api/errors';
import { ROLES } from '../../shared/roles';
import { createMatchWithPeople, lobby, type Seat } from './support/players';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

/**
 * Issue 21: every route of the HTTP edge refuses bad input the same way. Each row is a request a
 * confused or hostile client might send; each gets its 4xx (never a 500) with `{ error, code }`,
 * the status its code stands for, and leaves the match, its press and the class as they were.
 * Positive controls at the end show the same routes do answer good requests.
 */
let server: ServerProcess;
let matchID: string;
let seats: Record<string, Seat>;
let sessionId: string;
let teacherKey: string;
let joinCode: string;

interface Answer {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
}

async function send(method: string, path: string, options: Ask = {}): Promise<Answer> {
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...options.headers },
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = { notJson: text.slice(0, 80) };
  }
  return { status: response.status, json, headers: response.headers };
}

beforeAll(async () => {
  server = await startServerProcess({ env: { METRICS_TOKEN: 'metrics-secret' } });
  ({ matchID, seats } = await createMatchWithPeople(server.url, ['US', 'ROK']));
  const created = await send('POST', '/api/class', { body: { title: 'Refusals', tables: 1 } });
  expect(created.status).toBe(200);
  ({ sessionId, teacherKey, joinCode } = created.json as { sessionId: string; teacherKey: string; joinCode: string });
}, 180_000);
afterAll(async () => {
  await server?.dispose();
});

/** What a refusal must leave untouched: the match's seats, its press, the class's students and settings. */
async function snapshot(): Promise<unknown> {
  const match = await lobby(server.url).getMatch('peninsula', matchID);
  const press = await send('GET', `/api/matches/${matchID}/press`, {
    headers: { 'x-player-id': seats.US!.playerID, 'x-player-credentials': seats.US!.credentials },
  });
  const console = await send('GET', `/api/class/${sessionId}`, { headers: { 'x-teacher-key': teacherKey } });
  const { session, students, messages } = console.json as { session: unknown; students: unknown; messages: unknown };
  return { players: match.players, start: (match as unknown as { start: unknown }).start, press: press.json.messages, session, students, messages };
}

const US = () => seats.US!;
const teacher = () => ({ 'x-teacher-key': teacherKey });
type Ask = { body?: unknown; raw?: string; headers?: Record<string, string> };
/** A sentence, the method, the path and request (made once the match and the class exist), the code it must get. */
type Row = [string, string, () => [string, Ask], RefusalCode];

const rows: Row[] = [
  // The Lobby's routes (guarded, then answered by boardgame.io).
  ['a create whose body is a JSON array', 'POST', () => ['/games/peninsula/create', { raw: '[1]' }], 'BAD_JSON'],
  ['a create with an unknown scenario', 'POST', () => ['/games/peninsula/create', { body: { numPlayers: 5, setupData: { scenario: 'nope' } } }], 'BAD_INPUT'],
  ['a join without a name', 'POST', () => [`/games/peninsula/${matchID}/join`, { body: { playerID: '3', playerName: '' } }], 'BAD_INPUT'],
  ['a join to seat 9', 'POST', () => [`/games/peninsula/${matchID}/join`, { body: { playerID: '9', playerName: 'Ana' } }], 'BAD_SEAT'],
  ['a join to a taken seat', 'POST', () => [`/games/peninsula/${matchID}/join`, { body: { playerID: '0', playerName: 'Ana' } }], 'SEAT_TAKEN'],
  ['a leave with wrong credentials', 'POST', () => [`/games/peninsula/${matchID}/leave`, { body: { playerID: '0', credentials: 'wrong' } }], 'BAD_CREDENTIALS'],
  [
    'a rename past the name limit',
    'POST',
    () => [`/games/peninsula/${matchID}/update`, { body: { playerID: '0', credentials: 'wrong', newName: 'x'.repeat(40) } }],
    'BAD_INPUT',
  ],
  ['an unknown match', 'GET', () => ['/games/peninsula/no-such-match', {}], 'NOT_FOUND'],
  // Our match routes.
  ['a start without a seat', 'POST', () => [`/api/matches/${matchID}/start`, { body: {} }], 'BAD_SEAT'],
  ['a start with wrong credentials', 'POST', () => [`/api/matches/${matchID}/start`, { body: { playerID: '0', credentials: 'wrong' } }], 'BAD_CREDENTIALS'],
  ['a start by a seated player who is not the host', 'POST', () => [`/api/matches/${matchID}/start`, { body: seats.ROK }], 'NOT_HOST'],
  ['the host starting with an unknown bot', 'POST', () => [`/api/matches/${matchID}/start`, { body: { ...US(), personality: 'lunatic' } }], 'BAD_INPUT'],
  ['a waiting-room presence without a seat', 'POST', () => [`/api/matches/${matchID}/presence`, { body: {} }], 'BAD_SEAT'],
  [
    'a waiting-room presence with wrong credentials',
    'POST',
    () => [`/api/matches/${matchID}/presence`, { body: { playerID: '2', credentials: 'wrong' } }],
    'BAD_CREDENTIALS',
  ],
  ['the summary of an unknown match', 'GET', () => ['/api/matches/no-such-match/summary', {}], 'NOT_FOUND'],
  ['the headlines of an unknown match', 'GET', () => ['/api/matches/no-such-match/headlines', {}], 'NOT_FOUND'],
  ['the commitments of an unknown match', 'GET', () => ['/api/matches/no-such-match/commitments', {}], 'NOT_FOUND'],
  ['the timer of an unknown match', 'GET', () => ['/api/matches/no-such-match/timer', {}], 'NOT_FOUND'],
  ['a NUL in a match id', 'GET', () => ['/api/matches/a%00b/summary', {}], 'BAD_TEXT'],
  [
    'a rematch with wrong credentials',
    'POST',
    () => [`/games/peninsula/${matchID}/playAgain`, { body: { playerID: '0', credentials: 'wrong' } }],
    'BAD_CREDENTIALS',
  ],
  // Replay and fork.
  ['the replay of an unknown match', 'GET', () => ['/api/matches/no-such-match/replay', {}], 'NO_SUCH_MATCH'],
  ['a fork from a round that is not a number', 'POST', () => [`/api/matches/${matchID}/fork`, { body: { round: 'three' } }], 'BAD_ROUND'],
  // The press.
  [
    'a message with wrong credentials',
    'POST',
    () => [`/api/matches/${matchID}/press`, { body: { playerID: '0', credentials: 'wrong', to: 'all', text: 'hi' } }],
    'BAD_CREDENTIALS',
  ],
  ['an empty message', 'POST', () => [`/api/matches/${matchID}/press`, { body: { ...US(), to: 'all', text: '   ' } }], 'EMPTY'],
  ['a message to nobody known', 'POST', () => [`/api/matches/${matchID}/press`, { body: { ...US(), to: ['XX'], text: 'hi' } }], 'BAD_RECIPIENTS'],
  ['a message that is not JSON', 'POST', () => [`/api/matches/${matchID}/press`, { raw: 'text=hi' }], 'BAD_JSON'],
  ['a message to an unknown match', 'POST', () => ['/api/matches/no-such-match/press', { body: { ...US(), to: 'all', text: 'hi' } }], 'NOT_FOUND'],
  ['credentials in the URL', 'GET', () => [`/api/matches/${matchID}/press?credentials=x`, {}], 'CREDENTIALS_IN_URL'],
  ['a stream with a made-up ticket', 'GET', () => [`/api/matches/${matchID}/press/stream?ticket=bogus`, {}], 'TICKET_INVALID'],
  ['a ticket without a seat', 'POST', () => [`/api/matches/${matchID}/press/ticket`, { body: {} }], 'BAD_SEAT'],
  ['a ticket asked for by GET', 'GET', () => [`/api/matches/${matchID}/press/ticket`, {}], 'METHOD_NOT_ALLOWED'],
  ['the debrief of a match that is no class table', 'GET', () => [`/api/matches/${matchID}/press/debrief`, {}], 'TEACHER_KEY'],
  // The classroom.
  ['a class with zero tables', 'POST', () => ['/api/class', { body: { tables: 0 } }], 'BAD_INPUT'],
  ['a class body over the size limit', 'POST', () => ['/api/class', { raw: JSON.stringify({ title: 'x'.repeat(20_000) }) }], 'BODY_TOO_LARGE'],
  ['a join without a name', 'POST', () => ['/api/class/join', { body: { code: joinCode, name: ' ' } }], 'BAD_INPUT'],
  ['a student page without a token', 'GET', () => ['/api/class/me', {}], 'STUDENT_TOKEN'],
  ['a console with a wrong key', 'GET', () => [`/api/class/${sessionId}`, { headers: { 'x-teacher-key': 'wrong' } }], 'TEACHER_KEY'],
  ['a console of no class', 'GET', () => ['/api/class/no-such-class', { headers: teacher() }], 'NOT_FOUND'],
  [
    'a student moved to table 99',
    'POST',
    () => [`/api/class/${sessionId}/seat`, { body: { studentId: 'x', table: 99, role: 'US' }, headers: teacher() }],
    'BAD_INPUT',
  ],
  ['a press switch that is not a boolean', 'POST', () => [`/api/class/${sessionId}/settings`, { body: { press: 'off' }, headers: teacher() }], 'BAD_INPUT'],
  ['an empty teacher message', 'POST', () => [`/api/class/${sessionId}/message`, { body: { text: '' }, headers: teacher() }], 'BAD_INPUT'],
  ['an unknown event to inject', 'POST', () => [`/api/class/${sessionId}/inject`, { body: { eventId: 'nope' }, headers: teacher() }], 'BAD_INPUT'],
  ['an unknown way to end a phase', 'POST', () => [`/api/class/${sessionId}/end-phase`, { body: { fill: 'coin' }, headers: teacher() }], 'BAD_INPUT'],
  ['a pause of a table not in play', 'POST', () => [`/api/class/${sessionId}/pause`, { body: { table: 7 }, headers: teacher() }], 'NOT_FOUND'],
  ['metrics with a wrong token', 'GET', () => ['/metrics', { headers: { authorization: 'Bearer guess' } }], 'METRICS_TOKEN'],
  ['a class deleted with a wrong key', 'DELETE', () => [`/api/class/${sessionId}`, { headers: { 'x-teacher-key': 'wrong' } }], 'TEACHER_KEY'],
  ['the decisions CSV with a wrong key', 'GET', () => [`/api/class/${sessionId}/decisions.csv`, { headers: { 'x-teacher-key': 'wrong' } }], 'TEACHER_KEY'],
  [
    'a console stream ticket with a wrong key',
    'POST',
    () => [`/api/class/${sessionId}/stream/ticket`, { body: {}, headers: { 'x-teacher-key': 'wrong' } }],
    'TEACHER_KEY',
  ],
  ['the console stream with its key in the URL', 'GET', () => [`/api/class/${sessionId}/stream?key=wrong`, {}], 'CREDENTIALS_IN_URL'],
  ['a student stream ticket without a token', 'POST', () => ['/api/class/me/stream/ticket', { body: {} }], 'STUDENT_TOKEN'],
  ['a student stream with its token in the URL', 'GET', () => ['/api/class/me/stream?token=wrong', {}], 'CREDENTIALS_IN_URL'],
  ['a student stream with a made-up ticket', 'GET', () => ['/api/class/me/stream?ticket=made-up', {}], 'TICKET_INVALID'],
  ['the projector stream of no class', 'GET', () => ['/api/class/projector/ZZZZZZ/stream', {}], 'NOT_FOUND'],
  ['a student debrief without a token', 'GET', () => ['/api/class/me/debrief', {}], 'STUDENT_TOKEN'],
  ['the projector of no class', 'GET', () => ['/api/class/projector/ZZZZZZ', {}], 'NOT_FOUND'],
  ['an API route that does not exist', 'GET', () => ['/api/no/such/route', {}], 'NOT_FOUND'],
  ['a POST to an API route that does not exist', 'POST', () => ['/api/no/such/route', { body: {} }], 'NOT_FOUND'],
  ['a class stream ticket asked for by GET', 'GET', () => [`/api/class/${sessionId}/stream/ticket`, {}], 'METHOD_NOT_ALLOWED'],
  ["a DELETE of a match's press", 'DELETE', () => [`/api/matches/${matchID}/press`, {}], 'METHOD_NOT_ALLOWED'],
  ['a POST to the projector', 'POST', () => [`/api/class/projector/${joinCode}`, { body: {} }], 'METHOD_NOT_ALLOWED'],
  ['a wrong recovery code', 'POST', () => ['/api/class/recover', { body: { code: joinCode, recoveryCode: 'AAAA-BBBB' } }], 'RECOVERY_CODE'],
];

describe('every refusal at the HTTP edge is a 4xx with { error, code } and changes nothing', () => {
  test.each(rows)('%s (%s) is refused with %s', async (_what, method, request, code) => {
    const before = await snapshot();
    const answer = await send(method, ...request());
    expect(answer.json).toMatchObject({ error: expect.any(String), code });
    expect(answer.status).toBe(REFUSAL_STATUS[code]);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(await snapshot()).toEqual(before);
  });

  test('the same routes answer good requests (positive controls)', async () => {
    const message = await send('POST', `/api/matches/${matchID}/press`, { body: { ...US(), to: ['ROK'], text: 'hello' } });
    expect(message.status).toBe(201);
    const joined = await send('POST', '/api/class/join', { body: { code: joinCode, name: 'Ana' } });
    expect(joined.status).toBe(200);
    expect((await send('POST', `/api/class/${sessionId}/message`, { body: { text: 'Welcome' }, headers: teacher() })).status).toBe(200);
    expect((await send('POST', `/api/matches/${matchID}/start`, { body: US() })).json).toMatchObject({ matchID, botSeats: ['1', '3', '4'] });
    const match = await lobby(server.url).getMatch('peninsula', matchID);
    expect(match.players.map((p) => p.name)).toEqual(ROLES.map((role) => (role === 'US' || role === 'ROK' ? `Player ${role}` : 'Bot · dealmaker')));
    expect((await send('GET', '/metrics', { headers: { authorization: 'Bearer metrics-secret' } })).status).toBe(200);
    expect(server.output()).not.toMatch(/"status":500/);
  });

  test('a path under /api/ asked with a method it does not take names the ones it does', async () => {
    const wrong = await send('GET', `/api/matches/${matchID}/press/ticket`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await send('POST', `/api/matches/${matchID}/press`, { body: {} })).status).not.toBe(405);
  });
});
