import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseBotMove } from '../../shared/bots';
import { connect, createMatchWithPeople, startHeldMatch, type PeninsulaClient } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';
import { phaseOf, playTurn } from './play';

const session = useBrowserSession();

/** The United States played by the ruleset's bot through the crisis and the talks, never its orders: the round waits on them, so the orders screens stay. */
function talkOnly(client: PeninsulaClient): () => void {
  const consider = () => {
    const state = client.getState();
    if (!state || state.ctx.phase === 'orders' || !client.playerID) return;
    const choice = chooseBotMove({ G: state.G, ctx: state.ctx, playerID: client.playerID, personality: 'dealmaker' });
    if (choice) client.moves[choice.move]?.(...choice.args);
  };
  const retry = setInterval(consider, 1000);
  return () => {
    clearInterval(retry);
    client.stop();
  };
}

const storedSeat = (page: Page, matchID: string) => page.evaluate((id) => window.localStorage.getItem(`peninsula:seat:${id}`), matchID);

describe('Play on another device', () => {
  it('a personal link carries the seat to a second browser, which plays it (orders it seals are said sealed elsewhere on the first); a forged link stores nothing', async () => {
    const errors: string[] = [];
    const first = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    first.on('pageerror', (e) => errors.push(e.message));
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['ROK', 'US'], { rounds: 6 });
    const stopUS = talkOnly(connect(session.server.url, matchID, seats.US!));
    await holdSeat(first, session.server.url, matchID, seats.ROK!, 'Min-jun');
    await first.goto(`${session.server.url}/match/${matchID}`);

    // The waiting room offers the link, folded, with its warning.
    await first.getByText('Play on another device').click();
    const waitingLink = await first.getByTestId('device-link').inputValue();
    expect(waitingLink.startsWith(`${session.server.url}/match/${matchID}#seat=2&key=`)).toBe(true);
    await expect(first.locator('.device-link').textContent()).resolves.toContain('anyone with it can play as you');
    expect(await atEverySize(first, 'device-link-waiting')).toEqual({ phone: 0, laptop: 0, desktop: 0 });
    await expectAccessible(first, 'device link in the waiting room');

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

    // Two screens on one seat (as a class role's teammates are): the second seals the orders while the first has one ticked.
    await first.locator('.steps li.current', { hasText: 'Orders' }).waitFor({ timeout: 60_000 });
    await second.locator('.steps li.current', { hasText: 'Orders' }).waitFor({ timeout: 30_000 });
    await first.getByRole('tab', { name: /^Act/ }).click();
    await first.locator('.action-list > li:not(.unavailable) input').first().check();
    expect(await playTurn(second)).toHaveLength(2);
    const elsewhere = first.getByRole('alert').filter({ hasText: 'They were sealed from another screen (a teammate, the timer or the teacher)' });
    await elsewhere.waitFor({ timeout: 30_000 });
    await expect(elsewhere.textContent()).resolves.toContain('what you had chosen here was not sent');
    await elsewhere.scrollIntoViewIfNeeded();
    expect(await atEverySize(first, 'sealed-elsewhere')).toEqual({ phone: 0, laptop: 0, desktop: 0 });
    // The screen that sealed them says nothing of the kind.
    await second.getByRole('heading', { name: 'Your orders are sealed' }).waitFor();
    expect(await second.locator('.sealed-elsewhere').count()).toBe(0);

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
    stopUS();
    expect(errors).toEqual([]);
  }, 240_000);
});
