import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GameResult } from '../../shared/scoring';
import { autoPlay, connect, createMatchWithPeople, startHeldMatch, waitFor } from '../server/support/players';
import { expectAccessible, screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';

const session = useBrowserSession();

async function fitsWidth(page: Page, where: string): Promise<number> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where}: scrollWidth ${scroll} > viewport ${width}`).toBeLessThanOrEqual(width);
  return scroll;
}

const shownRound = async (page: Page) => Number(await page.getByTestId('replay-round').textContent());
const news = (page: Page) => page.getByTestId('replay-news').textContent();

describe('the replay viewer', () => {
  it('steps forward and back through a real finished match, reached from the end screen, and forks round 3 into a match of bots', async () => {
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['US'], { rounds: 4, seed: 'browser-replay' });
    await startHeldMatch(session.server.url, matchID, seats.US!);
    const player = connect(session.server.url, matchID, seats.US);
    const playing = autoPlay(player);
    await waitFor('the end of the match', () => player.getState()?.ctx.gameover as GameResult | undefined, 180_000);
    playing.stop();
    player.stop();

    const widths: Record<string, number> = {};
    for (const name of ['phone', 'laptop', 'desktop'] as ViewportName[]) {
      const context = await session.browser.newContext({ viewport: VIEWPORTS[name] });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${session.server.url}/`);
      await page.evaluate(([id, seat]) => window.localStorage.setItem(`peninsula:seat:${id}`, JSON.stringify({ ...seat, playerName: 'Player US' })), [
        matchID,
        seats.US!,
      ] as const);
      // From the end screen.
      await page.goto(`${session.server.url}/match/${matchID}`);
      await page.getByRole('link', { name: /Replay round by round/ }).click();
      await page.waitForURL(/\/replay\?round=4$/);
      expect(await shownRound(page)).toBe(4);
      await page.getByTestId('replay-agendas').waitFor();
      // Back to round 1, one step at a time; then forward again. Each round shows its own news.
      const seen = new Map<number, string | null>([[4, await news(page)]]);
      for (const round of [3, 2, 1]) {
        await page.getByRole('button', { name: 'Previous round' }).click();
        await page.locator(`main[data-round="${round}"]`).waitFor();
        seen.set(round, await news(page));
      }
      expect(await page.getByRole('button', { name: 'Previous round' }).isDisabled()).toBe(true);
      expect(new URL(page.url()).search).toBe('?round=1');
      expect(new Set(seen.values()).size, 'four rounds, four different news lists').toBe(4);
      await page.getByRole('button', { name: 'Next round' }).click();
      await page.locator('main[data-round="2"]').waitFor();
      expect(await news(page)).toBe(seen.get(2));
      await page.getByRole('button', { name: '3', exact: true }).click();
      await page.locator('main[data-round="3"]').waitFor();
      await page.getByTestId('replay-orders').waitFor();
      widths[name] = await fitsWidth(page, `replay ${name}`);
      await screenshot(page, `replay-round3-${name}`);
      await page.getByRole('heading', { name: 'Fork from round 3' }).scrollIntoViewIfNeeded();
      await screenshot(page, `replay-fork-form-${name}`);
      if (name === 'laptop') await expectAccessible(page, 'replay');
      expect(errors, name).toEqual([]);
      await context.close();
    }

    // Fork round 3 with a bot in every seat: the new match opens in its own replay, which names its parent.
    const context = await session.browser.newContext({ viewport: VIEWPORTS.laptop });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/match/${matchID}/replay?round=3`);
    await page.getByTestId('fork-seat-US').selectOption('dove');
    await page.getByRole('button', { name: 'Fork from round 3' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/replay') && !url.pathname.includes(matchID), { timeout: 30_000 });
    await page.getByTestId('fork-origin').waitFor();
    expect(await page.getByTestId('fork-origin').textContent()).toContain('round 3');
    expect(await shownRound(page)).toBe(3);
    // The page follows a match still being played: the bots finish the fork and it says so.
    await page.getByText(/· Finished/).waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Next round' }).click();
    await page.locator('main[data-round="4"]').waitFor();
    await page.getByTestId('replay-agendas').waitFor();
    await fitsWidth(page, 'fork replay');
    await screenshot(page, 'replay-fork-laptop');
    await context.close();
    console.log('replay scrollWidth by viewport', widths);
  }, 400_000);
});
