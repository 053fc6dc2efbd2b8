import type { IncomingMessage } from 'node:http';
import { describe, expect, test } from 'vitest';
import { originAllowed } from '../../server/socket/origins';

/** Which pages may open a socket (server/socket/origins.ts); the real handshake is in httpEdge.test.ts. */
describe('socket origins: the server’s own, the listed ones, and clients that are not browser pages', () => {
  const request = (host: string, origin?: string) => ({ headers: { host, ...(origin ? { origin } : {}) } }) as IncomingMessage;
  test.each([
    ['the server’s own page', '127.0.0.1:8000', 'http://127.0.0.1:8000', true],
    ['the Vite dev server’s page through its proxy (the Host it forwards is its own)', 'localhost:5173', 'http://localhost:5173', true],
    ['a listed origin', 'peninsula.example', 'https://school.example', true],
    ['a page from elsewhere', 'peninsula.example', 'https://evil.example', false],
    ['a malformed origin', 'peninsula.example', 'null', false],
    ['no Origin: not a browser page (bots, scripts)', 'peninsula.example', undefined, true],
  ])('%s', (_name, host, origin, allowed) => {
    expect(originAllowed(request(host, origin), ['https://school.example'])).toBe(allowed);
  });
});
