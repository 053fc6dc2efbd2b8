import { describe, expect, it } from 'vitest';
import { createMatchWithPeople, lobby, startHeldMatch } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

describe('a seat this browser no longer holds', () => {
  it('left from another tab mid-game, or stored with credentials since replaced: the page says so and goes on watching', async () => {
    const page = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['US', 'ROK'], { rounds: 6 });
    await startHeldMatch(session.server.url, matchID, seats.US!);

    // Playing as the US; then "another tab" leaves the seat.
    await holdSeat(page, session.server.url, matchID, seats.US!, 'Player US');
    await page.goto(`${session.server.url}/match/${matchID}`);
    await page.getByRole('button', { name: 'Leave match' }).waitFor({ timeout: 30_000 });
    await lobby(session.server.url).leaveMatch('peninsula', matchID, { playerID: seats.US!.playerID, credentials: seats.US!.credentials });
    const notice = page.getByRole('alert').filter({ hasText: 'Your seat was given up from another tab' });
    await notice.waitFor({ timeout: 30_000 });
    await expect(notice.textContent()).resolves.toContain('You are watching the match.');
    // Watching: the spectator's header and its way out, and the board kept coming (not "reconnecting…" for ever).
    await page.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Stop watching' }).waitFor();
    // The server closed the seat's socket; the page reconnects (a second later) as a spectator.
    await page.getByText('Connection lost').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.evaluate((id) => window.localStorage.getItem(`peninsula:seat:${id}`), matchID)).toBeNull();
    expect(await atEverySize(page, 'seat-lost')).toEqual({ phone: 0, laptop: 0, desktop: 0 });
    await expectAccessible(page, 'seat lost');

    // South Korea's seat stored here with credentials the server no longer has (the seat is someone else's now).
    await holdSeat(page, session.server.url, matchID, { playerID: seats.ROK!.playerID, credentials: 'given-up-long-ago' }, 'Player ROK');
    await page.goto(`${session.server.url}/match/${matchID}`);
    await page.getByRole('alert').filter({ hasText: 'This browser no longer holds your seat' }).waitFor({ timeout: 30_000 });
    await page.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ timeout: 30_000 });

    // Another phone, or this browser's data cleared: the invite link of the match under way says why it only watches.
    const elsewhere = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    elsewhere.on('pageerror', (e) => errors.push(e.message));
    await elsewhere.goto(`${session.server.url}/match/${matchID}`);
    const seatless = elsewhere.getByRole('alert').filter({ hasText: 'this browser holds no seat in it, so you are watching' });
    await seatless.waitFor({ timeout: 30_000 });
    await expect(seatless.textContent()).resolves.toContain('if one here was yours, open this link in that browser');
    await elsewhere.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ timeout: 30_000 });
    expect(await atEverySize(elsewhere, 'seatless')).toEqual({ phone: 0, laptop: 0, desktop: 0 });
    await seatless.getByRole('button', { name: 'OK' }).click();
    await seatless.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 180_000);
});
