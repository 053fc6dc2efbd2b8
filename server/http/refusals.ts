import type { Context, Next } from 'koa';
import { errorBody, refuse, REFUSAL_STATUS, type Refusal, type RefusalCode } from '../../shared/api/errors';
import { NOT_OWNER_RETRY_SECONDS } from '../shard/ownerGuard';
import { NotOwnerError } from '../shard/ownership';

/** Answers a refusal: the status its code stands for, `{ error, code, retryAfter? }`, and Retry-After for a rate limit. */
export function answerRefusal(ctx: Context, refusal: Refusal, status: number = REFUSAL_STATUS[refusal.refused]): void {
  ctx.status = status;
  if (refusal.retryAfter !== undefined && refusal.retryAfter > 0) ctx.set('Retry-After', String(refusal.retryAfter));
  ctx.set('Cache-Control', 'no-store');
  ctx.body = errorBody(refusal);
}

/**
 * boardgame.io's Lobby refuses by throwing Koa errors with its own sentences; these give them a
 * code and the words a person sees (never echoing the credentials that "Invalid credentials …" quotes).
 */
const LOBBY_WORDS: readonly [RegExp, RefusalCode, string | null][] = [
  [/^Invalid credentials .*/, 'BAD_CREDENTIALS', 'Invalid credentials.'],
  [/^Player \d+ not available$/, 'SEAT_TAKEN', 'Someone has just taken that seat: choose another role.'],
  [/^Match \S+ reached maximum number of players .*/, 'MATCH_FULL', 'Every seat is taken: you can watch instead.'],
  [/not found/i, 'NOT_FOUND', null],
];
const CODE_OF_STATUS: Partial<Record<number, RefusalCode>> = {
  401: 'BAD_CREDENTIALS',
  403: 'BAD_CREDENTIALS',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'SEAT_TAKEN',
  413: 'BODY_TOO_LARGE',
};

function lobbyRefusal(status: number, message: string): Refusal {
  const found = LOBBY_WORDS.find(([pattern]) => pattern.test(message));
  if (found) return refuse(found[1], found[2] ?? message);
  return refuse(CODE_OF_STATUS[status] ?? 'BAD_INPUT', message);
}

/**
 * The one error mapper of the HTTP edge. Our routes return refusals (answered where they are
 * returned); what is left to catch here is boardgame.io's Lobby (Koa errors it throws on
 * purpose, `expose`: their status is kept, a code is added) and real faults, which answer
 * 500 `INTERNAL` without their details and go to the log.
 */
export async function errorMapper(ctx: Context, next: Next): Promise<void> {
  try {
    await next();
  } catch (error) {
    // A class looked up by its code or a student's token, in a shard another process owns.
    if (error instanceof NotOwnerError) {
      answerRefusal(ctx, refuse('NOT_OWNER', error.message, NOT_OWNER_RETRY_SECONDS));
      return;
    }
    const { status, expose, message } = error as { status?: unknown; expose?: unknown; message?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500 && expose === true) {
      answerRefusal(ctx, lobbyRefusal(status, String(message)), status);
      return;
    }
    answerRefusal(ctx, refuse('INTERNAL', 'Internal server error.'));
    ctx.app.emit('error', error, ctx);
  }
}
