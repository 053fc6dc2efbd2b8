import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refuse } from '../../shared/api/errors';
import { inputGuard } from '../../server/http/inputGuard';
import { errorMapper } from '../../server/http/refusals';
import { routeTable, type Route } from '../../server/http/routeTable';
import { MatchLocks } from '../../server/matchLocks';

/**
 * The edge's router on a bare Koa app (loopback, a free port): which route answers, what it is
 * given, how a refusal and a fault go out, and that a guarded route hands the downstream handler
 * (boardgame.io's Lobby reads the raw request itself) the very bytes the body reader read.
 */
const seen: { lobbyBytes?: string; routeBody?: unknown; params?: unknown } = {};

const routes: Route[] = [
  { method: 'GET', path: '/api/class/me', handle: async () => ({ who: 'a student' }) },
  { method: 'GET', path: '/api/class/:sessionId', handle: async ({ params }) => ({ session: params.sessionId }) },
  {
    method: 'POST',
    path: '/api/things/:id',
    async handle({ params, body }) {
      Object.assign(seen, { params, routeBody: body });
      return { ok: true };
    },
  },
  { method: 'POST', path: '/api/limited', handle: async () => refuse('RATE_BURST', 'Slow down.', 7) },
  {
    method: 'GET',
    path: '/api/broken',
    async handle() {
      throw new Error('secret detail');
    },
  },
  {
    method: 'POST',
    path: '/games/:game/create',
    async around({ body }, next) {
      if (body.numPlayers !== 5) return refuse('BAD_INPUT', 'numPlayers must be 5.');
      await next();
    },
  },
];

let server: Server;
let url: string;

beforeAll(async () => {
  const app = new Koa();
  // The fault below is on purpose: the mapper still reports it (app 'error'); the test keeps the log quiet.
  app.silent = true;
  app.use(errorMapper);
  app.use(inputGuard);
  app.use(routeTable(routes));
  // Stands in for boardgame.io's Lobby: it reads the request stream on its own.
  app.use(async (ctx) => {
    const chunks: Buffer[] = [];
    for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
    seen.lobbyBytes = Buffer.concat(chunks).toString('utf8');
    ctx.body = { lobby: true };
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function send(method: string, path: string, body?: string): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, ...(body !== undefined ? { body } : {}) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

describe('the route table', () => {
  it('answers with the first route whose method and path match, in the order listed', async () => {
    expect((await send('GET', '/api/class/me')).json).toEqual({ who: 'a student' });
    expect((await send('GET', '/api/class/abc-123')).json).toEqual({ session: 'abc-123' });
  });

  it('gives a route its path parts decoded and the JSON body, read once', async () => {
    expect((await send('POST', '/api/things/a%20b', '{"n":1}')).status).toBe(200);
    expect(seen).toMatchObject({ params: { id: 'a b' }, routeBody: { n: 1 } });
  });

  it('hands the Lobby the same bytes its guard read (the input guard read them first)', async () => {
    const bytes = '{"numPlayers":5,"setupData":{"rounds":4}}';
    expect((await send('POST', '/games/peninsula/create', bytes)).json).toEqual({ lobby: true });
    expect(seen.lobbyBytes).toBe(bytes);
  });

  it('answers a refusal as { error, code, retryAfter } with the status of its code and Retry-After', async () => {
    const limited = await send('POST', '/api/limited');
    expect(limited).toMatchObject({ status: 429, json: { error: 'Slow down.', code: 'RATE_BURST', retryAfter: 7 } });
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await send('POST', '/games/peninsula/create', '{"numPlayers":2}')).toMatchObject({ status: 400, json: { code: 'BAD_INPUT' } });
    expect(await send('POST', '/api/things/x', 'not json')).toMatchObject({ status: 400, json: { code: 'BAD_JSON' } });
  });

  it('answers a fault as 500 INTERNAL without its details', async () => {
    const broken = await send('GET', '/api/broken');
    expect(broken).toMatchObject({ status: 500, json: { code: 'INTERNAL', error: 'Internal server error.' } });
    expect(JSON.stringify(broken.json)).not.toContain('secret detail');
  });

  it('leaves a request no route matches to what follows (an unknown path; a wrong method outside /api/, which boardgame.io may take)', async () => {
    expect((await send('GET', '/api/nothing/here')).json).toEqual({ lobby: true });
    expect((await send('GET', '/games/peninsula/create')).json).toEqual({ lobby: true });
  });

  it('answers a path of ours under /api/ asked with another method with 405 and the methods it takes', async () => {
    const wrong = await send('GET', '/api/things/x');
    expect(wrong.status).toBe(405);
    expect(wrong.json).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await send('DELETE', '/api/class/x')).headers.get('allow')).toBe('GET');
  });
});

describe('MatchLocks', () => {
  it('runs one match at a time, goes on after a failure, and keeps no chain once idle', async () => {
    const locks = new MatchLocks();
    const order: string[] = [];
    const failures: unknown[] = [];
    const slow = locks.run('m1', async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
    });
    const failing = locks.run(
      'm1',
      async () => {
        order.push('second');
        throw new Error('refused');
      },
      (error) => failures.push(error),
    );
    const third = locks.run('m1', async () => void order.push('third'));
    const other = locks.run('m2', async () => void order.push('other match'));
    expect(locks.size).toBe(2);
    await Promise.all([slow, failing.catch(() => undefined), third, other]);
    expect(order).toEqual(['other match', 'first', 'second', 'third']);
    expect(failures).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(locks.size).toBe(0);
  });
});
