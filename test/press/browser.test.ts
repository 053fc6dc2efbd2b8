import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { LobbyClient } from 'boardgame.io/client';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { launchBrowser, screenshot, seriousViolations, startServer, type TestServer } from '../browser/harness';

/**
 * The press panel in Chromium against the real server: the page in test/press/page mounts
 * PressPanel with usePress (EventSource + fetch) for the seat in its URL, as the game screen does.
 */
let outDir = '';
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'peninsula-press-page-'));
  await build({ root: resolve('test/press/page'), configFile: false, plugins: [react()], logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await startServer(outDir);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function seatPage(matchID: string, seat?: { playerID: string; credentials: string }): Promise<Page> {
  const page = await browser.newPage();
  const query = new URLSearchParams({ matchID, ...(seat ?? {}) });
  await page.goto(`${server.url}/press-test?${query.toString()}`);
  await page
    .getByTestId('connected')
    .filter({ hasText: /^connected$/ })
    .waitFor();
  return page;
}

describe('press in the browser', () => {
  it('a private message reaches only its recipient, a public statement reaches everyone as plain text, and a bot answers', async () => {
    const lobby = new LobbyClient({ server: server.url });
    const { matchID } = await lobby.createMatch('peninsula', { numPlayers: 5, setupData: { bots: { PRC: 'dealmaker' } } });
    const seats: Partial<Record<Role, { playerID: string; credentials: string }>> = {};
    for (const role of ['US', 'DPRK', 'ROK'] as const) {
      const playerID = String(ROLES.indexOf(role));
      seats[role] = { playerID, credentials: (await lobby.joinMatch('peninsula', matchID, { playerID, playerName: role })).playerCredentials };
    }
    const us = await seatPage(matchID, seats.US);
    const dprk = await seatPage(matchID, seats.DPRK);
    const rok = await seatPage(matchID, seats.ROK);
    const spectator = await seatPage(matchID);

    // US writes privately to North Korea through the panel.
    await us.getByRole('button', { name: 'North Korea' }).click();
    await us.getByLabel(/^Message/).fill('Meet me at Panmunjom. <b>Only you.</b>');
    await us.getByRole('button', { name: 'Send' }).click();
    await us.locator('[data-conversation="DPRK"]').waitFor();

    const fromUs = dprk.locator('[data-conversation="US"]');
    await fromUs.getByLabel('1 unread').waitFor();
    await fromUs.click();
    await dprk.getByText('Meet me at Panmunjom. <b>Only you.</b>').waitFor();
    await expect.poll(() => fromUs.getByLabel(/unread/).count()).toBe(0);

    // A public statement with markup in it: every page shows it as text, in the panel and the ticker.
    await us.getByRole('button', { name: 'Everyone (public)' }).click();
    const statement = 'Peace is near <img src=x onerror="window.pwned = true">';
    await us.getByLabel(/^Message/).fill(statement);
    await us.getByRole('button', { name: 'Send' }).click();
    for (const page of [us, dprk, rok, spectator]) {
      await page.getByTestId('ticker').getByText(statement, { exact: false }).waitFor();
      expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
      expect(await page.locator('#root img').count()).toBe(0);
    }

    // The bot at China's seat answers the person who wrote to it.
    await us.getByRole('button', { name: 'China' }).click();
    await us.getByLabel(/^Message/).fill('What would you accept at a summit?');
    await us.getByRole('button', { name: 'Send' }).click();
    // The conversation can show in the list (the server's echo) a moment before the send resolves and opens it.
    await expect.poll(() => us.locator('[data-conversation="PRC"]').getAttribute('aria-current'), { timeout: 10_000 }).toBe('true');
    const answer = us.locator('.press-messages .press-message:not(.mine) .press-text');
    await answer.first().waitFor({ timeout: 10_000 });
    expect((await answer.first().innerText()).length).toBeGreaterThan(5);

    // Nobody else ever had the private message or China's answer on screen.
    for (const page of [rok, spectator]) {
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('Panmunjom');
      expect(text).not.toContain('What would you accept');
    }
    expect(await dprk.locator('body').innerText()).not.toContain('What would you accept');

    expect(await seriousViolations(us)).toEqual([]);
    await screenshot(us, 'press-panel-us');
    for (const page of [us, dprk, rok, spectator]) await page.close();
  }, 120_000);
});
