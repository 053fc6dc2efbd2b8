import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createMatchWithPeople, startHeldMatch } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';
import { phaseOf } from './play';

const session = useBrowserSession();

const storedSeat = (page: Page, matchID: string) => page.evaluate((id) => window.localStorage.getItem(`peninsula:seat:${id}`), matchID);

describe('Play on another device', () => {
  it('a personal link carries the seat to a second browser, which plays it; a forged link stores nothing', async () => {
    const errors: string[] = [];
    const first = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    first.on('pageerror', (e) => errors.push(e.message));
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['ROK'], { rounds: 6 });
    await holdSeat(first, session.server.url, matchID, seats.ROK!, 'Min-jun');
    await first.goto(`${session.server.url}/match/${matchID}`);

    // The waiting room offers the link, folded, with its warning.
    await first.getByText('Play on another device').click();
    const waitingLink = await first.getByTestId('device-link').inputValue();
    expect(waitingLink.startsWith(`${session.server.url}/match/${matchID}#seat=2&key=`)).toBe(true);
    await expect(first.locator('.device-link').textContent()).resolves.toContain('anyone with it can play as you');
    expect(await atEverySize(first, 'device-link-waiting')).toEqual({ phone: 0, laptop: 0, desktop: 0 });

    // In the game: the toolbar's Other device opens the same link.
    await startHeldMatch(session.server.url, matchID, seats.ROK!);
    await first.getByRole('button', { name: 'Other device' }).click();
    const panel = first.getByRole('region', { name: 'Play on another device' });
    await expect(panel.getByTestId('device-link').inputValue()).resolves.toBe(waitingLink);
    expect(await atEverySize(first, 'device-link-game')).toEqual({ phone: 0, laptop: 0, desktop: 0 });
    await expectAccessible(first, 'device link in the game');
    await panel.getByRole('button', { name: 'Close' }).click();
    await panel.waitFor({ state: 'detached' });

    // The second device opens it: the seat is stored there, the fragment leaves the address bar, and the page plays as South Korea.
    const second = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    second.on('pageerror', (e) => errors.push(e.message));
    await second.goto(waitingLink);
    await second.getByRole('alert').filter({ hasText: 'This browser now holds the South Korea seat (Min-jun)' }).waitFor({ timeout: 30_000 });
    expect(second.url()).toBe(`${session.server.url}/match/${matchID}`);
    expect(JSON.parse((await storedSeat(second, matchID)) ?? 'null')).toEqual({ ...seats.ROK!, playerName: 'Min-jun' });
    expect(await second.locator('.topbar .badge', { hasText: 'Spectator' }).count()).toBe(0);
    // It plays the seat: answers the crisis if South Korea must, then leaves the diplomacy table; the first browser sees the move.
    for (let step = 0; step < 40 && (await phaseOf(second)) !== 'Diplomacy'; step++) {
      const crisis = second.locator('.crisis-choice button').first();
      if (await crisis.isVisible()) await crisis.click();
      await second.waitForTimeout(500);
    }
    await first.locator('.steps li.current', { hasText: 'Diplomacy' }).waitFor({ timeout: 30_000 });
    await second.getByRole('button', { name: 'Leave the table for this round' }).click();
    // (Orders come at once when the bots had already left: South Korea was the last at the table.)
    const left = first.getByRole('heading', { name: 'You have left the table' }).or(first.locator('.steps li.current', { hasText: 'Orders' }));
    await left.first().waitFor({ timeout: 30_000 });

    // A forged link (credentials with a space) is refused in words, stores nothing and leaves the page watching.
    const forged = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    forged.on('pageerror', (e) => errors.push(e.message));
    await forged.goto(`${session.server.url}/match/${matchID}#seat=2&key=not%20a%20key&name=Min-jun`);
    await forged.getByRole('alert').filter({ hasText: 'This seat link is damaged or incomplete, so nothing was stored' }).waitFor({ timeout: 30_000 });
    expect(forged.url()).toBe(`${session.server.url}/match/${matchID}`);
    expect(await storedSeat(forged, matchID)).toBeNull();
    await forged.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ timeout: 30_000 });
    // Once read, the usual word on why this browser only watches.
    await forged.getByRole('button', { name: 'OK' }).click();
    await forged.getByRole('alert').filter({ hasText: 'this browser holds no seat in it, so you are watching' }).waitFor();
    expect(errors).toEqual([]);
  }, 240_000);
});
