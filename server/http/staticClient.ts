import { createReadStream, statSync, type Stats } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Next } from 'koa';
import { refuse } from '../../shared/api/errors';
import { answerRefusal } from './refusals';

/** Paths the server answers itself; everything else is the client's. */
const SERVER_PREFIXES = ['/games', '/api', '/health', '/livez', '/readyz', '/metrics', '/socket.io'];

/** Vite names every file under /assets/ by its content hash: it never changes, so browsers keep it a year. */
const HASHED_PREFIX = '/assets/';
export const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** index.html (and anything unhashed) is checked with the server on every load, so a new build shows at once. */
export const CACHE_PAGE = 'no-cache';

/** The build writes `.br` and `.gz` beside each text file (the `precompressed` plugin in vite.config.ts); best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const PLACEHOLDER = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Peninsula</title></head>
<body><main><h1>Peninsula</h1><p>The server is running, but the client has not been built. Run <code>npm start</code> (it builds the client) or <code>npm run build</code>; on a production install, see docs/DEPLOY.md.</p></main></body></html>`;

function fileAt(path: string): Stats | null {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The file a URL path names inside clientDir, or null (outside it, a folder, missing, or not a path at all). */
function resolveInside(clientDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const path = normalize(join(clientDir, decoded));
  return path.startsWith(clientDir + sep) ? path : null;
}

/** Sends one file, or its precompressed copy when the browser accepts it, with its cache policy. */
function sendFile(ctx: Context, path: string, stats: Stats, cacheControl: string): void {
  const variants = ENCODINGS.map((e) => ({ ...e, stats: fileAt(path + e.suffix) })).filter((v) => v.stats);
  // Ours is the order of preference: browsers list gzip first with the same weight as br.
  const variant = variants.find((v) => ctx.acceptsEncodings(v.name) === v.name);
  ctx.type = extname(path);
  ctx.set('Cache-Control', cacheControl);
  if (variants.length > 0) ctx.vary('Accept-Encoding');
  ctx.lastModified = stats.mtime;
  ctx.etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}${variant ? `-${variant.name}` : ''}"`;
  ctx.status = 200;
  // Koa's freshness check needs the 200 set first.
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  if (variant) ctx.set('Content-Encoding', variant.name);
  const file = variant ? path + variant.suffix : path;
  // A HEAD answer keeps the 200 and the length without a body (Koa ends it before the body).
  if (ctx.method === 'GET') ctx.body = createReadStream(file);
  ctx.length = (variant?.stats ?? stats).size;
}

/**
 * Serves the built client: hashed assets cached for a year, pages revalidated every time, each
 * text file as brotli or gzip when the browser accepts it, and index.html for any other page
 * path so the client's router can take it. A missing hashed asset is a 404, never the page.
 */
export function staticClient(clientDir: string) {
  const root = normalize(clientDir);
  const indexPath = join(root, 'index.html');
  return async (ctx: Context, next: Next) => {
    if (ctx.path === '/api' || ctx.path.startsWith('/api/')) {
      await next();
      // No route answered: still the one error shape a client can read, not Koa's plain "Not Found".
      if (ctx.status === 404 && ctx.body === undefined) answerRefusal(ctx, refuse('NOT_FOUND', 'There is no such API route.'));
      return;
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (SERVER_PREFIXES.some((p) => ctx.path === p || ctx.path.startsWith(`${p}/`))) return next();
    const path = resolveInside(root, ctx.path);
    const stats = path ? fileAt(path) : null;
    const hashed = ctx.path.startsWith(HASHED_PREFIX);
    if (path && stats) return sendFile(ctx, path, stats, hashed ? CACHE_HASHED : CACHE_PAGE);
    if (hashed || extname(ctx.path) !== '') {
      answerRefusal(ctx, refuse('NOT_FOUND', `No file ${ctx.path} in this build.`));
      return;
    }
    const index = fileAt(indexPath);
    if (index) return sendFile(ctx, indexPath, index, CACHE_PAGE);
    ctx.set('Cache-Control', CACHE_PAGE);
    ctx.type = 'html';
    ctx.body = PLACEHOLDER;
  };
}
