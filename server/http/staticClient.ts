import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context, Next } from 'koa';
import serve from 'koa-static';

const API_PREFIXES = ['/games', '/api', '/health', '/socket.io'];

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peninsula</title></head>
<body><main><h1>Peninsula</h1><p>The server is running, but the client has not been built. Run <code>npm start</code> (it builds the client) or <code>npm run build</code>.</p></main></body></html>`;

/** Serves the built client, and index.html for any other page path so the client's router can take it. */
export function staticClient(clientDir: string) {
  const files = serve(clientDir, { index: 'index.html', maxage: 0 });
  const indexPath = join(clientDir, 'index.html');
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (API_PREFIXES.some((p) => ctx.path === p || ctx.path.startsWith(`${p}/`))) return next();
    await files(ctx, async () => undefined);
    if (ctx.status !== 404 || ctx.body) return;
    ctx.type = 'html';
    ctx.body = existsSync(indexPath) ? readFileSync(indexPath) : PLACEHOLDER;
    ctx.status = 200;
  };
}
