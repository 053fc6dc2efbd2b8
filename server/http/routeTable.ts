import type { Context, Next } from 'koa';
import { isRefusal, refuse, type Refusal } from '../../shared/api/errors';
import { jsonBody } from './body';
import { answerRefusal } from './refusals';

export type Method = 'GET' | 'POST' | 'DELETE';

/** One request as a route sees it: the path's named parts (decoded) and the JSON body (`{}` for a GET). */
export interface RouteRequest {
  ctx: Context;
  params: Readonly<Record<string, string>>;
  body: Record<string, unknown>;
}

/**
 * A route we answer. `handle` returns the JSON body (200 unless it sets `ctx.status`), or a
 * Refusal. A route that answers otherwise (a CSV, a Server-Sent-Events stream) sets `ctx.type`
 * or `ctx.respond = false` itself.
 */
export interface AnsweredRoute {
  method: Method;
  /** '/api/class/:sessionId/start': `:name` is one path segment. */
  path: string;
  handle(request: RouteRequest): Promise<unknown>;
}

/**
 * A route boardgame.io's Lobby answers: `around` checks the request first (a Refusal stops it)
 * and may act after the Lobby has answered (`next`).
 */
export interface LobbyRoute {
  method: Method;
  path: string;
  around(request: RouteRequest, next: () => Promise<void>): Promise<Refusal | void>;
}

export type Route = AnsweredRoute | LobbyRoute;

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((part) => {
      if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(part.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function paramsOf(compiled: Compiled, path: string): Record<string, string> | null {
  const found = compiled.pattern.exec(path);
  if (!found) return null;
  const params: Record<string, string> = {};
  try {
    compiled.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1] ?? '')));
  } catch {
    return null; // the input guard has already refused a path that is not valid percent-encoding
  }
  return params;
}

/**
 * The one route table of the HTTP edge: every route we answer and every Lobby route we guard,
 * matched in order (the first whose method and path match), each area's routes in its own file
 * (server/http/routes/). A body is read only for routes that take one, by the one body reader;
 * a request no route matches goes on (boardgame.io's socket, the built client). Under /api/, which
 * is all ours, a path that a route has under another method is a 405 naming the methods it takes.
 */
export function routeTable(routes: readonly Route[]) {
  const compiled = routes.map(compile);
  return async (ctx: Context, next: Next): Promise<void> => {
    const allowed = new Set<Method>();
    for (const entry of compiled) {
      const params = paramsOf(entry, ctx.path);
      if (!params) continue;
      if (entry.route.method === ctx.method) return serve(entry.route, ctx, params, next);
      allowed.add(entry.route.method);
    }
    if (allowed.size > 0 && ctx.path.startsWith('/api/')) {
      const methods = [...allowed].join(', ');
      ctx.set('Allow', methods);
      return answerRefusal(ctx, refuse('METHOD_NOT_ALLOWED', `${ctx.path} takes ${methods}, not ${ctx.method}.`));
    }
    return next();
  };
}

/** Answers one request with its route: the body read (for routes that take one), then the route's answer or refusal. */
async function serve(route: Route, ctx: Context, params: Record<string, string>, next: Next): Promise<void> {
  const body = ctx.method === 'GET' ? {} : await jsonBody(ctx);
  if (isRefusal(body)) return answerRefusal(ctx, body);
  const request: RouteRequest = { ctx, params, body };
  if ('around' in route) {
    const refused = await route.around(request, async () => {
      await next();
    });
    if (refused) answerRefusal(ctx, refused);
    return;
  }
  const result = await route.handle(request);
  if (isRefusal(result)) return answerRefusal(ctx, result);
  if (ctx.respond === false) return;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = result;
}
