import type { Context, Next } from 'koa';

/**
 * The page loads only its own files: no inline script or style element (the build has none, and
 * React sets style properties through the DOM, which CSP allows), images also as data: URLs,
 * connections (fetch, EventSource, socket.io's polling and WebSocket) to this origin only.
 * frame-ancestors 'none' keeps the teacher's console out of other sites' frames.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
  // Match links carry a match id: other sites see our origin only.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Sets the headers on every answer, set before the rest runs so errors carry them too. */
export async function securityHeaders(ctx: Context, next: Next): Promise<void> {
  ctx.set(SECURITY_HEADERS);
  await next();
}
