import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { VIEWPORTS, type ViewportName } from './harness';

/* What a newcomer does in the learning tests (learn.test.ts): sit at a table, answer the crisis, follow the guide, seal orders. */

export async function noHorizontalOverflow(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where}: scrollWidth ${scroll} > viewport ${width}`).toBeLessThanOrEqual(width);
}

/**
 * Until the diplomacy phase is current, answers the crisis if it asks this seat to choose. The choice
 * may show a moment after the previous round's end, so looking once and moving on could leave the
 * table waiting for this seat. The choice is in the Act panel; a reader on another tab follows the
 * centre card's "Choose now" to it, as a person would (bounded: 30 s).
 */
export async function reachDiplomacy(page: Page): Promise<void> {
  const diplomacy = page.locator('.steps li.current', { hasText: 'Diplomacy' });
  const choice = page.locator('.crisis-choice button').first();
  const pointer = page.getByRole('button', { name: 'Choose now' });
  const until = Date.now() + 30_000;
  while (!(await diplomacy.isVisible())) {
    if (Date.now() > until) throw new Error('the diplomacy phase never began');
    await diplomacy
      .or(choice)
      .or(pointer)
      .first()
      .waitFor({ timeout: Math.max(1, until - Date.now()) });
    if (await pointer.isVisible().catch(() => false)) await pointer.click().catch(() => undefined);
    if (await choice.isVisible().catch(() => false)) await choice.click().catch(() => undefined);
  }
}

export async function guideStep(page: Page, title: string): Promise<void> {
  await page.getByRole('dialog', { name: title }).waitFor({ timeout: 30_000 });
}

/** A newcomer opens the home page, creates a match as the United States (bots in the other seats), and sits at the table. */
export async function newcomerAtTable(browser: Browser, url: string, viewport: ViewportName, rounds?: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: VIEWPORTS[viewport] })).newPage();
  await page.goto(`${url}/`);
  if (rounds) await page.getByLabel('Rounds').fill(String(rounds));
  await page.getByLabel('Your name').fill('Newcomer');
  await page.getByLabel('Your role').selectOption('US');
  for (const role of ['North Korea', 'South Korea', 'China', 'Japan'])
    await page.getByRole('group', { name: 'Seats for people' }).getByRole('checkbox', { name: role }).uncheck();
  // No timer: on a loaded machine a timer could act for the seat mid-test.
  await page.getByLabel('Phase timer').selectOption('none');
  await page.getByRole('button', { name: 'Create match and get an invite link' }).click();
  await page.waitForURL(/\/match\/[^/]+$/);
  const start = page.getByRole('button', { name: 'Start the match' });
  await start.or(page.locator('.game-grid')).first().waitFor({ timeout: 30_000 });
  if (await start.isVisible()) await start.click();
  await page.locator('.game-grid').waitFor({ timeout: 30_000 });
  return page;
}

/**
 * Ticks two actions from the keyboard (a real user's path that needs no animation frame) and writes a memo.
 * Matches are not seeded here, so the first two actions offered may not go together (a commitment kept
 * rules one out once the other is chosen): like a person, it tries the next pair until Seal is enabled
 * (bounded: the first eight actions, 28 pairs).
 */
export async function sealOrders(page: Page, memo: string): Promise<void> {
  const boxes = page.locator('.action-list > li:not(.unavailable) input[type=checkbox]');
  const seal = page.getByRole('button', { name: 'Seal my orders' });
  const offered = Math.min(8, await boxes.count());
  const pairs = Array.from({ length: offered }, (_, i) => Array.from({ length: offered - i - 1 }, (_, d) => [i, i + d + 1] as const)).flat();
  for (const pair of pairs) {
    for (let k = 0; k < offered; k++) {
      const box = boxes.nth(k);
      const wanted = pair.includes(k);
      if ((await box.isChecked()) === wanted || !(await box.isEnabled())) continue;
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked(), { timeout: 15_000 }).toBe(wanted);
    }
    if (await seal.isEnabled()) break;
  }
  await page.getByLabel(/Decision memo/).fill(memo);
  await seal.click();
  // When the bots have sealed already, the round resolves at once and the "sealed" panel may never be seen.
}
