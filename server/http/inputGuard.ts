import { Readable } from 'node:stream';
import type { Context, Next } from 'koa';
import { isCleanText, jsonProblemAt, type JsonProblem } from '../edge/plainJson';
import { HttpError } from './httpError';
import { MAX_BODY_BYTES, readRawBody } from './jsonBody';

/**
 * The HTTP edge, in front of every route: the decoded path, the query and a JSON body may hold
 * nothing the database cannot store. A NUL in a match id in the URL, in setupData.seed, in join
 * data or in a class title used to reach PGlite, which threw, and the request ended in a 500.
 * Here it is a 400 that says what is wrong, once for every route (the Lobby, the classroom, the
 * press, the timers); the body is handed on unchanged for the route to read.
 */
const BODY_PROBLEMS: Record<JsonProblem, (at: string) => string> = {
  BAD_TEXT: (at) => `${at} must not contain NUL, other control characters or broken characters.`,
  RESERVED_KEY: (at) => `${at} is a reserved name (like "__proto__" or "toString") and cannot be a key.`,
  NOT_PLAIN: (at) => `${at} must be plain JSON.`,
  TOO_DEEP: (at) => `${at} is nested too deeply.`,
  TOO_LARGE: () => `Request body is larger than ${MAX_BODY_BYTES} bytes.`,
};
/** Far deeper than any body a route takes; bounds the walk, which JSON.parse itself does not. */
const MAX_BODY_DEPTH = 32;

function decodedPath(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'The address is not valid percent-encoding.');
  }
}

function checkAddress(ctx: Context): void {
  if (!isCleanText(decodedPath(ctx.path))) throw new HttpError(400, 'The address must not contain control characters.');
  for (const value of Object.values(ctx.query).flat()) {
    if (typeof value === 'string' && !isCleanText(value)) throw new HttpError(400, 'The query must not contain control characters.');
  }
}

async function checkBody(ctx: Context): Promise<void> {
  const raw = await readRawBody(ctx);
  ctx.req = Object.assign(Readable.from([raw]), { headers: ctx.req.headers }) as unknown as typeof ctx.req;
  if (raw.length === 0) return;
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return; // not JSON: the route says so in its own words
  }
  const found = jsonProblemAt(body, { maxDepth: MAX_BODY_DEPTH, maxJsonLength: MAX_BODY_BYTES, text: 'prose' });
  if (found) throw new HttpError(400, BODY_PROBLEMS[found.problem](found.at || 'The request body'));
}

export async function inputGuard(ctx: Context, next: Next): Promise<void> {
  try {
    checkAddress(ctx);
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && !ctx.path.startsWith('/socket.io')) await checkBody(ctx);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 400;
    ctx.status = status;
    ctx.body = { error: error instanceof HttpError ? error.message : 'The request could not be read.' };
    return;
  }
  await next();
}
