import type { Context } from 'koa';
import { HttpError } from './httpError';

export const MAX_BODY_BYTES = 16 * 1024;

/** Reads a request body of at most MAX_BODY_BYTES: 413 beyond that, before the rest is buffered. */
export async function readRawBody(ctx: Context): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as a JSON object; an empty body is `{}`. 400 with a message for anything else. */
export function parseJsonObject(raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body must be JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The request body must be a JSON object.');
  return body as Record<string, unknown>;
}

export async function readJsonObject(ctx: Context): Promise<Record<string, unknown>> {
  return parseJsonObject(await readRawBody(ctx));
}
