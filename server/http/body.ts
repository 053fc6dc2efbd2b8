import { Readable } from 'node:stream';
import type { Context } from 'koa';
import { refuse, type Refusal } from '../../shared/api/errors';
import { jsonProblemAt } from '../edge/plainJson';
import type { JsonProblem } from '../../shared/api/socketRefusals';

export const MAX_BODY_BYTES = 16 * 1024;
/** Far deeper than any body a route takes; bounds the walk, which JSON.parse itself does not. */
const MAX_BODY_DEPTH = 32;

const BODY_PROBLEMS: Record<JsonProblem, (at: string) => string> = {
  BAD_TEXT: (at) => `${at} must not contain NUL, other control characters or broken characters.`,
  RESERVED_KEY: (at) => `${at} is a reserved name (like "__proto__" or "toString") and cannot be a key.`,
  NOT_PLAIN: (at) => `${at} must be plain JSON.`,
  TOO_DEEP: (at) => `${at} is nested too deeply.`,
  TOO_LARGE: () => `Request body is larger than ${MAX_BODY_BYTES} bytes.`,
};

/** What one request's body turned out to be: read once, kept on the context. */
interface ReadBody {
  /** A refusal about the bytes themselves (too large, text the database cannot store): every route answers it. */
  unreadable: Refusal | null;
  /** The JSON object, or why the body is not one (a route that takes a body answers that). */
  json: Record<string, unknown> | Refusal;
}

const READ = Symbol('peninsula.body');
type WithBody = Context & { [READ]?: Promise<ReadBody> };

async function rawBody(ctx: Context): Promise<Buffer | Refusal> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    // Refused before the rest is buffered.
    if (size > MAX_BODY_BYTES) return refuse('BODY_TOO_LARGE', BODY_PROBLEMS.TOO_LARGE(''));
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function read(ctx: Context): Promise<ReadBody> {
  const raw = await rawBody(ctx);
  if (!Buffer.isBuffer(raw)) return { unreadable: raw, json: raw };
  // boardgame.io's Lobby parses the request stream itself: it gets the same bytes again.
  ctx.req = Object.assign(Readable.from([raw]), { headers: ctx.req.headers }) as unknown as typeof ctx.req;
  if (raw.length === 0) return { unreadable: null, json: {} };
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return { unreadable: null, json: refuse('BAD_JSON', 'The request body must be JSON.') };
  }
  // A NUL in a seed, in join data or in a class title used to reach PGlite, which threw: a 500. Refused here, for every route.
  const found = jsonProblemAt(body, { maxDepth: MAX_BODY_DEPTH, maxJsonLength: MAX_BODY_BYTES, text: 'prose' });
  if (found) {
    const code = found.problem === 'TOO_LARGE' ? 'BODY_TOO_LARGE' : found.problem === 'BAD_TEXT' ? 'BAD_TEXT' : 'BAD_JSON';
    const refusal = refuse(code, BODY_PROBLEMS[found.problem](found.at || 'The request body'));
    return { unreadable: refusal, json: refusal };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { unreadable: null, json: refuse('BAD_JSON', 'The request body must be a JSON object.') };
  return { unreadable: null, json: body as Record<string, unknown> };
}

/**
 * The one body reader of the HTTP edge: reads a request's body at most once, whoever asks first
 * (the input guard, a route, the Lobby's guard), so no route depends on the order of middleware.
 * GET and HEAD have no body: `{}`.
 */
export function readBody(ctx: Context): Promise<ReadBody> {
  if (ctx.method === 'GET' || ctx.method === 'HEAD') return Promise.resolve({ unreadable: null, json: {} });
  const memo = ctx as WithBody;
  memo[READ] ??= read(ctx);
  return memo[READ];
}

/** The body as a JSON object, or the refusal a route answers. */
export async function jsonBody(ctx: Context): Promise<Record<string, unknown> | Refusal> {
  return (await readBody(ctx)).json;
}
