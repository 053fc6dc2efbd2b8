import { describe, expect, it } from 'vitest';
import { expectAccessible, screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';
import { agendaOnScreen, expectNoSidewaysScroll, playTurn } from './play';

const session = useBrowserSession();

describe('screens in the browser', () => {
  it('home, rules and hot-seat set-up pass axe at every size', async () => {
    for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
      const page = await session.browser.newPage({ viewport: VIEWPORTS[name] });
      await page.goto(`${session.server.url}/`);
      await page.getByRole('heading', { name: 'Peninsula', level: 1 }).waitFor();
      await expectAccessible(page, `home ${name}`);
      await screenshot(page, `home-${name}`);
      await page.getByRole('link', { name: 'Read the rules' }).click();
      await page.getByRole('navigation', { name: 'Sections of the rules' }).waitFor();
      await expectAccessible(page, `rules ${name}`);
      await screenshot(page, `rules-${name}`);
      await page.goto(`${session.server.url}/hotseat`);
      await page.getByRole('heading', { name: 'Hot-seat game' }).waitFor();
      await expectAccessible(page, `hot-seat set-up ${name}`);
      await screenshot(page, `hotseat-setup-${name}`);
      await page.close();
    }
  }, 240_000);

  it('a hot-seat round for two people: while the pass screen is up the page holds no agenda and no orders', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.desktop });
    await page.goto(`${session.server.url}/hotseat`);
    await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
    const agendas = new Set<string>();
    const orders = new Set<string>();
    let passScreens = 0;
    for (let step = 0; step < 12; step++) {
      await page.locator('[data-testid=pass-screen], [data-testid=round-reveal], .game-grid').first().waitFor();
      if (await page.getByTestId('round-reveal').isVisible()) {
        await screenshot(page, 'hotseat-reveal-desktop');
        await page.getByRole('button', { name: /Go on to round 2/ }).click();
        continue;
      }
      if (await page.getByTestId('pass-screen').isVisible()) {
        passScreens++;
        const html = await page.content();
        for (const secret of [...agendas, ...orders]) expect(html, `pass screen ${passScreens} holds "${secret}"`).not.toContain(secret);
        expect(html).not.toContain('secret-agenda');
        expect(html).not.toContain('my-orders');
        if (passScreens === 1) {
          await expectAccessible(page, 'pass screen');
          await screenshot(page, 'hotseat-pass-desktop');
        }
        if ((await page.locator('.pass-card .eyebrow').textContent())?.includes('Round 2')) break;
        await page.getByRole('button', { name: /show my screen/ }).click();
        continue;
      }
      agendas.add(await agendaOnScreen(page));
      if (passScreens === 1) {
        await expectAccessible(page, 'hot-seat table');
        await screenshot(page, 'hotseat-table-desktop');
      }
      for (const label of await playTurn(page)) orders.add(label);
    }
    expect(agendas.size).toBe(2);
    expect(orders.size).toBeGreaterThanOrEqual(3);
    expect(passScreens).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: /show my screen/ }).click();
    await page.getByTestId('resolution').waitFor();
    await screenshot(page, 'hotseat-resolution-desktop');
    await page.close();
  }, 240_000);

  it('a whole solo hot-seat game ends on the debrief, shown at every size', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    await page.goto(`${session.server.url}/hotseat`);
    const picker = page.getByRole('group', { name: 'Who sits at this screen' });
    await picker.getByRole('checkbox', { name: /North Korea/ }).uncheck();
    await picker.getByRole('checkbox', { name: /United States/ }).uncheck();
    await picker.getByRole('checkbox', { name: /South Korea/ }).check();
    await page.getByLabel('Rounds').fill('4');
    await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
    for (let step = 0; step < 40; step++) {
      await page.locator('.game-grid, .end-screen').first().waitFor();
      if (await page.locator('.end-screen').isVisible()) break;
      if (step === 2) {
        await expectAccessible(page, 'solo table, laptop');
        await screenshot(page, 'hotseat-solo-laptop');
      }
      await playTurn(page);
    }
    await page.locator('.end-screen').waitFor();
    await expect(page.locator('.charts figure').count()).resolves.toBe(5);
    for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
      await page.setViewportSize(VIEWPORTS[name]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectAccessible(page, `end screen ${name}`);
      // The charts' data tables are there for screen readers only, and must not widen the page.
      await expectNoSidewaysScroll(page, `end screen ${name}`);
      await screenshot(page, `end-${name}`);
    }
    await page.setViewportSize(VIEWPORTS.phone);
    await page.getByRole('heading', { name: 'The tracks, round by round' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'end-charts-phone');
    await page.close();
  }, 300_000);

  it('the hot-seat table at the laptop and phone sizes', async () => {
    for (const name of ['laptop', 'phone'] as const) {
      const page = await session.browser.newPage({ viewport: VIEWPORTS[name] });
      await page.goto(`${session.server.url}/hotseat`);
      await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
      await page.getByTestId('pass-screen').waitFor();
      await screenshot(page, `hotseat-pass-${name}`);
      await page.getByRole('button', { name: /show my screen/ }).click();
      await page.locator('.game-grid').waitFor();
      await expectAccessible(page, `hot-seat table ${name}`);
      await screenshot(page, `hotseat-table-${name}`);
      await page.close();
    }
  }, 120_000);
});
