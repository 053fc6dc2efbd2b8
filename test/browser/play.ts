import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a person does at the table in the browser tests, the way they would do it. */

export async function phaseOf(page: Page): Promise<string> {
  return (await page.locator('.steps li.current').textContent()) ?? '';
}

/** Plays this seat's private turn the simplest way: answer a crisis, leave the table, or seal the first two orders. */
export async function playTurn(page: Page): Promise<string[]> {
  const crisis = page.locator('.crisis-choice button').first();
  if (await crisis.isVisible()) {
    await crisis.click();
    return [];
  }
  const phase = await phaseOf(page);
  if (phase === 'Diplomacy') {
    await page.getByRole('button', { name: 'Leave the table for this round' }).click();
    return [];
  }
  if (phase === 'Orders') {
    await page.getByRole('tab', { name: /^Act/ }).click();
    const boxes = page.locator('.action-list > li:not(.unavailable)');
    const labels = [await boxes.nth(0).locator('.action-label').textContent(), await boxes.nth(1).locator('.action-label').textContent()].map(String);
    for (const label of labels) await page.locator('.action-list').getByRole('checkbox', { name: label }).check();
    await page.getByRole('button', { name: 'Seal my orders' }).click();
    return labels;
  }
  return [];
}

export async function agendaOnScreen(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Your role' }).click();
  const label = (await page.locator('[data-testid=secret-agenda] .agenda-label').textContent()) ?? '';
  await page.getByRole('tab', { name: /^Act/ }).click();
  return label;
}

export type HotSeatScreen = 'pass' | 'reveal' | 'table' | 'end';

/** Waits for the hot-seat page to settle on one of its screens and says which. */
export async function hotSeatScreen(page: Page): Promise<HotSeatScreen> {
  await page.locator('[data-testid=pass-screen], [data-testid=round-reveal], .game-grid, .end-screen').first().waitFor();
  if (await page.getByTestId('pass-screen').isVisible()) return 'pass';
  if (await page.getByTestId('round-reveal').isVisible()) return 'reveal';
  if (await page.locator('.end-screen').isVisible()) return 'end';
  return 'table';
}

/** The page scrolls only up and down: nothing in it is wider than the viewport. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${what}: ${scrollWidth} px wide in a ${clientWidth} px viewport`).toBe(clientWidth);
}
