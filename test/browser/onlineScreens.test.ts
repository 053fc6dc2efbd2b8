import { describe, expect, it } from 'vitest';
import { createMatchWithPeople } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

describe('the online screens this pass changed, at every size', () => {
  it("waiting room, your games, bots' proposals folded, and the notice of a move the timer made", async () => {
    const page = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // A match waiting for its host (Ana, US), with Bo seated too.
    const waiting = await createMatchWithPeople(session.server.url, ['US', 'ROK'], { rounds: 6 });
    await holdSeat(page, session.server.url, waiting.matchID, waiting.seats.ROK!, 'Player ROK');
    // North Korea, alone with four bots, a 20-second diplomacy that the timer will close.
    const timed = await createMatchWithPeople(session.server.url, ['DPRK'], { rounds: 6, seed: 'screens', timers: { crisis: 20, diplomacy: 20, orders: 0 } });
    await page.evaluate(([id, s]) => window.localStorage.setItem(`peninsula:seat:${id}`, JSON.stringify({ ...s, playerName: 'Player DPRK' })), [
      timed.matchID,
      timed.seats.DPRK!,
    ] as const);

    await page.goto(`${session.server.url}/match/${waiting.matchID}`);
    await page.getByText('Waiting for Player US to start the match. Nothing runs until then.').waitFor();
    await expectAccessible(page, 'waiting room, guest');
    const lobbyWidths = await atEverySize(page, 'online-waiting-guest');

    await page.goto(`${session.server.url}/`);
    await page.locator('.your-games li', { hasText: 'Player ROK' }).filter({ hasText: 'Waiting for Player US to start the match.' }).waitFor();
    await page.locator('.your-games li', { hasText: 'Player DPRK' }).filter({ hasText: 'Waiting for you to start it.' }).waitFor();
    await expectAccessible(page, 'home with your games');
    const homeWidths = await atEverySize(page, 'home-your-games');

    await page.setViewportSize(VIEWPORTS.phone);
    const started = await fetch(`${session.server.url}/api/matches/${timed.matchID}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(timed.seats.DPRK),
    });
    expect(started.status).toBe(200);
    await page.goto(`${session.server.url}/match/${timed.matchID}`);
    const crisis = page.locator('.crisis-choice button').first();
    await page.locator('.steps li.current', { hasText: 'Diplomacy' }).or(crisis).first().waitFor({ timeout: 30_000 });
    if (await crisis.isVisible().catch(() => false)) await crisis.click();
    const bots = page.locator('details.bot-proposals');
    await bots.waitFor({ timeout: 30_000 });
    await expect(page.title()).resolves.toBe('(Your move) Peninsula');
    await bots.locator(':scope > summary').click();
    const inboxWidths = await atEverySize(page, 'online-inbox-bots-folded');

    // The timer closes diplomacy for North Korea: its screen says so.
    const notice = page.locator('.notice[data-notice="fill"]');
    await notice.waitFor({ timeout: 60_000 });
    await expect(notice.textContent()).resolves.toContain('Time ran out in round 1: you left the table');
    await expectAccessible(page, 'game with a timer notice');
    // The notice sits under the header: the screenshots show it, not where the folded bots' list left the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const noticeWidths = await atEverySize(page, 'online-timer-notice');

    console.log('scrollWidth - viewport width', JSON.stringify({ lobbyWidths, homeWidths, inboxWidths, noticeWidths }));
    for (const widths of [lobbyWidths, homeWidths, inboxWidths, noticeWidths]) for (const over of Object.values(widths)) expect(over).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
