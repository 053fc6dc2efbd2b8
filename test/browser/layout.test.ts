import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';
import { expectNoSidewaysScroll, hotSeatScreen, phaseOf, playTurn } from './play';

const session = useBrowserSession();
const SIZES = Object.keys(VIEWPORTS) as ViewportName[];

/** Solo hot-seat as South Korea (bots elsewhere), played to round 2 so the ticker carries a round of news. */
async function soloToRoundTwo(page: Page): Promise<void> {
  await page.goto(`${session.server.url}/hotseat`);
  const picker = page.getByRole('group', { name: 'Who sits at this screen' });
  await picker.getByRole('checkbox', { name: /North Korea/ }).uncheck();
  await picker.getByRole('checkbox', { name: /United States/ }).uncheck();
  await picker.getByRole('checkbox', { name: /South Korea/ }).check();
  await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
  for (let step = 0; step < 10; step++) {
    await page.locator('.game-grid').waitFor();
    if ((await page.locator('.round-num').textContent()) === 'Round 2' && (await phaseOf(page)) === 'Diplomacy') return;
    await playTurn(page);
  }
  throw new Error('round 2 did not come within 10 turns');
}

/** Ana creates an online match from the home page (bots will take the other seats) and waits in its waiting room. */
async function createMatch(page: Page, timer: 'none' | 'default'): Promise<void> {
  await page.goto(`${session.server.url}/`);
  await page.getByLabel('Your name').fill('Ana');
  if (timer === 'none') await page.getByLabel('Phase timer').selectOption('none');
  await page.getByRole('button', { name: 'Create match and get an invite link' }).click();
  await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
}

describe('layout in the browser', () => {
  it('no page is wider than the viewport: home, hot-seat pass screen, table and round reveal, at every size', async () => {
    for (const size of SIZES) {
      const page = await session.browser.newPage({ viewport: VIEWPORTS[size] });
      await page.goto(`${session.server.url}/`);
      await page.getByRole('heading', { name: 'Peninsula', level: 1 }).waitFor();
      await expectNoSidewaysScroll(page, `home ${size}`);
      await page.goto(`${session.server.url}/hotseat`);
      await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
      const seen = new Set<string>();
      for (let step = 0; step < 16; step++) {
        const now = await hotSeatScreen(page);
        await expectNoSidewaysScroll(page, `hot-seat ${now} ${size}, step ${step}`);
        seen.add(now);
        if (now === 'reveal') {
          await screenshot(page, `hotseat-reveal-${size}`);
          await page.getByRole('button', { name: /Go on to round 2/ }).click();
        } else if (now === 'pass') {
          if ((await page.locator('.pass-card .eyebrow').textContent())?.includes('Round 2')) {
            await page.getByRole('button', { name: /show my screen/ }).click();
            await page.locator('.game-grid').waitFor();
            // Round 2's table: the ticker now carries round 1's news, hidden screen-reader text included.
            await expect(page.locator('.ticker .headline').count()).resolves.toBeGreaterThan(1);
            await expectNoSidewaysScroll(page, `hot-seat round 2 ${size}`);
            await screenshot(page, `hotseat-round2-${size}`);
            break;
          }
          await page.getByRole('button', { name: /show my screen/ }).click();
        } else {
          await playTurn(page);
        }
      }
      expect([...seen].sort()).toEqual(['pass', 'reveal', 'table']);
      await page.evaluate(() => localStorage.clear());
      await page.close();
    }
  }, 300_000);

  it('an online game page, a round in, is no wider than the viewport at every size', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    await createMatch(page, 'none');
    for (const size of SIZES) {
      await page.setViewportSize(VIEWPORTS[size]);
      await expectNoSidewaysScroll(page, `waiting room ${size}`);
    }
    await page.getByRole('button', { name: 'Start the match' }).click();
    for (let step = 0; step < 10; step++) {
      await page.locator('.game-grid').waitFor({ timeout: 30_000 });
      if ((await page.locator('.round-num').textContent()) === 'Round 2' && (await phaseOf(page)) === 'Diplomacy') break;
      await playTurn(page);
      await page.waitForTimeout(300); // the server's answer; the loop re-reads the phase either way
    }
    await expect(page.locator('.round-num').textContent()).resolves.toBe('Round 2');
    // The last click's pointer would hover a track and show its tooltip in every screenshot.
    await page.mouse.move(0, 0);
    for (const size of SIZES) {
      await page.setViewportSize(VIEWPORTS[size]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoSidewaysScroll(page, `online game ${size}`);
      await screenshot(page, `online-round2-${size}`);
    }
    await page.close();
  }, 240_000);

  it('on a phone the header is compact, the map comes before the panels, and a tap on "Leave the table" leaves the table', async () => {
    const context = await session.browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await soloToRoundTwo(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'phone-table-top');
    const header = await page.evaluate(() =>
      ['.topbar', '.phasebar', '.ticker'].reduce((sum, s) => sum + (document.querySelector(s)?.getBoundingClientRect().height ?? 0), 0),
    );
    // The header (brand, role, round, phase, five seats, news) takes under a quarter of the first screen.
    expect(header).toBeGreaterThan(0);
    expect(header).toBeLessThan(VIEWPORTS.phone.height / 4);
    const mapTop = await page.locator('.map-slot').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const panelsTop = await page.locator('.col-right').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(mapTop).toBeLessThan(panelsTop);
    expect(mapTop).toBeLessThan(VIEWPORTS.phone.height);

    const leave = page.getByRole('button', { name: 'Leave the table for this round' });
    await leave.scrollIntoViewIfNeeded();
    // Nothing lies over the button where a finger lands (the sticky header, the summit form).
    const onTop = await leave.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el;
    });
    expect(onTop).toBe(true);
    await leave.tap();
    // The tap reached the button: South Korea left, and (bots following) orders began.
    await page.locator('.steps li.current', { hasText: 'Orders' }).waitFor();
    await context.close();
  }, 240_000);

  it('at 1366 the phase timer stays in sight however far the panels are scrolled', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    await createMatch(page, 'default');
    await page.getByRole('button', { name: 'Start the match' }).click();
    await page.locator('.game-grid').waitFor({ timeout: 30_000 });
    const timer = page.getByRole('timer');
    await timer.waitFor();
    const scrolled = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return window.scrollY;
    });
    expect(scrolled).toBeGreaterThan(200);
    const box = await timer.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORTS.laptop.height);
    await screenshot(page, 'laptop-scrolled-timer');
    await page.close();
  }, 120_000);
});
