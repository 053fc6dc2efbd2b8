import { describe, expect, it } from 'vitest';
import type { GameResult } from '../../shared/scoring';
import { autoPlay, connect, createMatchWithPeople } from '../server/support/players';
import { waitFor } from '../server/support/players';
import { screenshot, useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

describe('play again after an online match', () => {
  it('the result screen offers Play again; it makes a rematch held for its host, with the player back in the same role', async () => {
    // One person (Japan) and four bots play four rounds; the person's moves come over its own socket.
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['JPN'], { rounds: 4, seed: 'rematch' });
    const started = await fetch(`${session.server.url}/api/matches/${matchID}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(seats.JPN),
    });
    expect(started.status).toBe(200);
    const player = connect(session.server.url, matchID, seats.JPN);
    const playing = autoPlay(player);
    await waitFor('the end of the match', () => player.getState()?.ctx.gameover as GameResult | undefined, 180_000);
    playing.stop();
    player.stop();

    // The same seat in the browser: the result screen, and Play again.
    const context = await session.browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/`);
    await page.evaluate(([id, seat]) => window.localStorage.setItem(`peninsula:seat:${id}`, JSON.stringify({ ...seat, playerName: 'Player JPN' })), [
      matchID,
      seats.JPN!,
    ] as const);
    await page.goto(`${session.server.url}/match/${matchID}`);
    const again = page.getByRole('group', { name: 'Play again' });
    await again.waitFor({ timeout: 30_000 });
    await screenshot(page, 'online-result-play-again-phone');
    await again.getByRole('button', { name: 'Play again' }).click();

    // The rematch: a new match, waiting for its host, who is this player, seated as Japan again.
    await page.waitForURL((url) => /\/match\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(matchID), { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Waiting room' }).waitFor();
    const me = page.locator('.seat-list li', { hasText: 'Player JPN' });
    await expect(me.textContent()).resolves.toContain('Japan');
    await expect(me.textContent()).resolves.toContain('host');
    await page.getByRole('button', { name: 'Start the match' }).waitFor();
    const nextID = page.url().split('/').pop()!;
    const summary = (await (await fetch(`${session.server.url}/api/matches/${matchID}/summary`)).json()) as { nextMatchID: string };
    expect(summary.nextMatchID).toBe(nextID);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
