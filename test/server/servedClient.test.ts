import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sharedClientBuild } from '../support/runShared';
import { startServerProcess, type ServerProcess } from './support/serverProcess';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, not fetch: fetch asks for compression itself and hides the encoding it got. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = request(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

let clientDir = '';
let server: ServerProcess;
let entry = '';

beforeAll(async () => {
  clientDir = await sharedClientBuild();
  server = await startServerProcess({ env: { CLIENT_DIR: clientDir } });
  const page = (await get(`${server.url}/`)).body.toString();
  entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(page)?.[1] ?? '';
}, 240_000);

afterAll(async () => {
  await server?.dispose();
});

describe('the built client, as the running server sends it', () => {
  test('the page is revalidated on every load, has no inline script or style, and carries the security headers', async () => {
    const page = await get(`${server.url}/`, { 'accept-encoding': 'br, gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString();
    expect(html).toContain('<div id="root"></div>');
    // Every script is a file: a CSP without 'unsafe-inline' would refuse an inline one.
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/assets\//.test(tag))).toBe(true);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // A client route gets the same page, with the same policy.
    const route = await get(`${server.url}/class`);
    expect(route.body.toString()).toBe(html);
    expect(route.headers['cache-control']).toBe('no-cache');
  });

  test('the hashed entry script is immutable for a year and sent as brotli, gzip or plain as the browser accepts', async () => {
    expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const plain = await get(`${server.url}${entry}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.length).toBeGreaterThan(50_000);

    const br = await get(`${server.url}${entry}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

    const head = await get(`${server.url}${entry}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(br.body.length));

    const gz = await get(`${server.url}${entry}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);

    // Brotli refused by q=0: gzip; everything refused but identity: plain.
    expect((await get(`${server.url}${entry}`, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await get(`${server.url}${entry}`, { 'accept-encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
  });

  test('a browser that has the file is told it has not changed, per encoding', async () => {
    const first = await get(`${server.url}${entry}`, { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    const again = await get(`${server.url}${entry}`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip copy is another representation: the brotli tag does not match it.
    expect((await get(`${server.url}${entry}`, { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
  });

  test('a missing asset is a 404, never the page, and paths outside the build are not served', async () => {
    const missing = await get(`${server.url}/assets/index-nothere.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/json/);
    for (const path of ['/..%2f..%2fpackage.json', '/assets/..%2f..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/%00.js']) {
      const answer = await get(`${server.url}${path}`);
      expect(answer.body.toString()).not.toContain('"name": "peninsula"');
      expect([400, 404]).toContain(answer.status);
    }
    // Positive control: a real asset next to them is served.
    expect((await get(`${server.url}${entry}`)).status).toBe(200);
  });

  test('the API answers carry the same headers, and the probes say live and ready without the version', async () => {
    const listing = await get(`${server.url}/games/peninsula`);
    expect(listing.status).toBe(200);
    expect(listing.headers['x-content-type-options']).toBe('nosniff');
    expect(listing.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(JSON.parse((await get(`${server.url}/livez`)).body.toString())).toEqual({ live: true });
    const ready = await get(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body.toString())).toEqual({ ready: true });
    const health = JSON.parse((await get(`${server.url}/health`)).body.toString()) as Record<string, unknown>;
    expect(health).toEqual({ ok: true, ready: true, storage: 'pglite' });
  });

  test('/metrics is Prometheus text with the counters and histograms a monitor needs', async () => {
    const metrics = await get(`${server.url}/metrics`);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = metrics.body.toString();
    for (const name of ['peninsula_moves_total', 'peninsula_matches_open', 'peninsula_sockets']) expect(text).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    for (const name of ['peninsula_move_seconds', 'peninsula_storage_write_seconds', 'peninsula_bot_decision_seconds', 'peninsula_timer_lag_seconds']) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} histogram$`, 'm'));
      expect(text).toMatch(new RegExp(`^${name}_bucket\\{le="\\+Inf"\\} \\d+$`, 'm'));
    }
    // The server's own bot socket is connected.
    expect(Number(/^peninsula_sockets (\d+)$/m.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
  });
});
