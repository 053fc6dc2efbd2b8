import type { Context, Next } from 'koa';
import { refuse, type Refusal } from '../../shared/api/errors';
import { isCleanText } from '../edge/plainJson';
import { readBody } from './body';
import { answerRefusal } from './refusals';

function addressRefusal(ctx: Context): Refusal | null {
  let path: string;
  try {
    path = decodeURIComponent(ctx.path);
  } catch {
    return refuse('BAD_ADDRESS', 'The address is not valid percent-encoding.');
  }
  if (!isCleanText(path)) return refuse('BAD_TEXT', 'The address must not contain control characters.');
  for (const value of Object.values(ctx.query).flat()) {
    if (typeof value === 'string' && !isCleanText(value)) return refuse('BAD_TEXT', 'The query must not contain control characters.');
  }
  return null;
}

/**
 * In front of every route (the Lobby, the classroom, the press, the timers): the decoded path,
 * the query and a JSON body may hold nothing the database cannot store. A NUL in a match id in
 * the URL used to reach PGlite, which threw: a 500. Here it is a 400 that says what is wrong.
 * A body that is not JSON at all is left to the route that reads it (server/http/body.ts).
 */
export async function inputGuard(ctx: Context, next: Next): Promise<void> {
  const refused = addressRefusal(ctx) ?? (ctx.path.startsWith('/socket.io') ? null : (await readBody(ctx)).unreadable);
  if (refused) return answerRefusal(ctx, refused);
  await next();
}
