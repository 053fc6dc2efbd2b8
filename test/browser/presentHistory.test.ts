import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';
import { expectNoSidewaysScroll, hotSeatScreen, playTurn } from './play';

const session = useBrowserSession();
const SIZES = Object.keys(VIEWPORTS) as ViewportName[];

describe('issue 20 in the browser: the 2025 briefings and history mode', () => {
  it("a 2025 briefing and the teacher's five are set in 2025, name their sources, and fit every size", async () => {
    for (const size of SIZES) {
      const page = await session.browser.newPage({ viewport: VIEWPORTS[size] });
      await page.goto(`${session.server.url}/class/briefing/ROK/present2025`);
      await page.getByRole('heading', { name: /President Lee Jae Myung/ }).waitFor();
      await expect(page.locator('.briefing .eyebrow').first().textContent()).resolves.toContain('September 2025');
      await expect(page.getByRole('heading', { name: 'Sources' }).count()).resolves.toBe(1);
      await expectNoSidewaysScroll(page, `2025 ROK briefing ${size}`);
      await screenshot(page, `briefing-2025-rok-${size}`);
      await page.goto(`${session.server.url}/class/any/briefings/present2025`);
      await page.getByRole('heading', { name: /Kim Jong Un and the Workers/ }).waitFor();
      await expect(page.locator('article.briefing').count()).resolves.toBe(5);
      await expectNoSidewaysScroll(page, `2025 briefings ${size}`);
      // Control: the same route without a scenario is the summit years' briefing.
      await page.goto(`${session.server.url}/class/briefing/ROK`);
      await page.getByRole('heading', { name: /the President and the Blue House/ }).waitFor();
      await expect(page.getByRole('heading', { name: 'Sources' }).count()).resolves.toBe(0);
      await page.close();
    }
  }, 240_000);

  it("history mode is chosen in the hot-seat form, plays history's first card, and its end screen lays history beside the table at every size", async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    await page.goto(`${session.server.url}/hotseat`);
    await page.getByLabel('Scenario').selectOption({ label: 'History: 2018–2020 as it happened' });
    await page.getByLabel('Rounds').fill('4');
    // One person at the screen (the United States answers Hanoi); bots play the rest.
    await page
      .getByRole('group', { name: 'Who sits at this screen' })
      .getByRole('checkbox', { name: /North Korea/ })
      .uncheck();
    await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
    let sawFirstCard = false;
    for (let step = 0; step < 60; step++) {
      const now = await hotSeatScreen(page);
      if (now === 'end') break;
      if (now === 'reveal') await page.getByRole('button', { name: /^Go on to round/ }).click();
      else if (now === 'pass') await page.getByRole('button', { name: /show my screen/ }).click();
      else {
        if (!sawFirstCard && (await page.getByText('Summit fever').count()) > 0) sawFirstCard = true;
        await playTurn(page);
      }
    }
    expect(sawFirstCard).toBe(true);
    await page.locator('.end-screen').waitFor();
    await page.getByRole('heading', { name: 'Your table vs history' }).waitFor();
    await expect(page.locator('.chart g.reference').count()).resolves.toBeGreaterThan(0);
    for (const size of SIZES) {
      await page.setViewportSize(VIEWPORTS[size]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectNoSidewaysScroll(page, `history end screen ${size}`);
      await page.getByRole('heading', { name: 'The tracks, round by round' }).scrollIntoViewIfNeeded();
      await screenshot(page, `history-end-${size}`);
    }
    await page.close();
  }, 300_000);
});
