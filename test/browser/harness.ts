import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import chromium from '@sparticuz/chromium';
import axe from 'axe-core';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startPeninsulaServer, type RunningServer, type ServerOptions } from '../../server/app';
import { initialisedDataDir, sharedClientBuild } from '../support/runShared';

export const VIEWPORTS = {
  desktop: { width: 1920, height: 1080 },
  laptop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export const ARTIFACTS = resolve('test-artifacts');

export interface TestServer {
  server: RunningServer;
  url: string;
  stop(): Promise<void>;
}

/** Options a test may set on the server besides those every browser test shares (e.g. a short HOST_AWAY_MS). */
export type ServerSettings = Partial<Pick<ServerOptions, 'hostAwayMs'>>;

export async function startServer(clientDir: string, settings: ServerSettings = {}): Promise<TestServer> {
  const dataDir = await initialisedDataDir();
  const server = await startPeninsulaServer({ port: 0, dataDir, clientDir, botDelayMs: 0, logLevel: 'warn', ...settings });
  return {
    server,
    url: server.url,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * @sparticuz/chromium's own flags, less two kinds. --single-process breaks a second page or context in the same
 * browser. Its GPU flags (WebGL through SwiftShader, a GPU emulated on the CPU, for Lambda) make every frame
 * composite through that emulation; the client draws no WebGL or canvas (SVG and CSS only), so without them
 * Chromium composites in software: the same pages, the same layout, and learn + screens took 61 CPU-seconds
 * instead of 144 (back to back, same machine).
 */
const NOT_HERE = new Set([
  '--single-process',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--in-process-gpu',
  '--ignore-gpu-blocklist',
]);

export async function launchBrowser(): Promise<Browser> {
  const args = [...chromium.args.filter((a) => !NOT_HERE.has(a)), '--disable-gpu'];
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, as a console would: the page's CSP refuses inline script tags.
  await page.evaluate(`${axe.source}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false, animations: 'disabled', timeout: 90_000 });
  return path;
}

/**
 * The usual browser-test fixture: the client (built once per run, test/support/runShared.ts), the real server
 * on a free port with a temporary database, and one Chromium, shut down after the file's tests.
 */
export function useBrowserSession(timeoutMs = 240_000, settings: ServerSettings = {}): { server: TestServer; browser: Browser } {
  const session = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    await Promise.all([
      sharedClientBuild()
        .then((clientDir) => startServer(clientDir, settings))
        .then((server) => (session.server = server)),
      launchBrowser().then((browser) => (session.browser = browser)),
    ]);
  }, timeoutMs);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Screenshots of the page at every size, with how far the page is wider than each viewport (0: no sideways scroll). */
export async function atEverySize(page: Page, name: string): Promise<Record<ViewportName, number>> {
  const widths = {} as Record<ViewportName, number>;
  for (const size of Object.keys(VIEWPORTS) as ViewportName[]) {
    await page.setViewportSize(VIEWPORTS[size]);
    await screenshot(page, `${name}-${size}`);
    widths[size] = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
  return widths;
}

/** Stores a seat in the browser as the match page does after a join (client/online/seatStore.ts), from the home page of `url`. */
export async function holdSeat(page: Page, url: string, matchID: string, seat: { playerID: string; credentials: string }, playerName: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.evaluate(([id, s, name]) => window.localStorage.setItem(`peninsula:seat:${id}`, JSON.stringify({ ...s, playerName: name })), [
    matchID,
    seat,
    playerName,
  ] as const);
}
