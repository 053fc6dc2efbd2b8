import { describe, expect, it } from 'vitest';
import { createMatchWithPeople } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';

// Two seconds stand for the product's minute (HOST_AWAY_MS).
const session = useBrowserSession(240_000, { hostAwayMs: 2000 });

describe('a guest is not stranded when the host closes the tab before the start', () => {
  it('the waiting room shows the host here; once the host has gone, the guest is told and starts the match', async () => {
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['US', 'ROK'], { rounds: 6, seed: 'host-gone' });
    const alice = await (await session.browser.newContext({ viewport: VIEWPORTS.laptop })).newPage();
    const bob = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    const errors: string[] = [];
    for (const page of [alice, bob]) page.on('pageerror', (e) => errors.push(e.message));
    await holdSeat(alice, session.server.url, matchID, seats.US!, 'Player US');
    await holdSeat(bob, session.server.url, matchID, seats.ROK!, 'Player ROK');
    await alice.goto(`${session.server.url}/match/${matchID}`);
    await bob.goto(`${session.server.url}/match/${matchID}`);

    // Alice's waiting room is open: Bob sees her here and waits, for longer than the away time.
    const hostRow = bob.locator('.seat-list li', { hasText: 'Player US' });
    await hostRow.locator('.badge.here').waitFor();
    await bob.getByText('If Player US is away for 2 seconds, anyone seated may start it.').waitFor();
    await new Promise((r) => setTimeout(r, 4000));
    await expect(hostRow.locator('.badge.here').count()).resolves.toBe(1);
    await expect(bob.getByRole('button', { name: 'Start the match' }).count()).resolves.toBe(0);
    await expectAccessible(bob, 'waiting room, host here');
    const hereWidths = await atEverySize(bob, 'online-waiting-host-here');

    // Alice closes the tab: Bob is told, and may start.
    await alice.context().close();
    await bob
      .getByText('Player US has left the waiting room, so anyone seated may start the match now. Bots take the 3 open seats.')
      .waitFor({ timeout: 30_000 });
    await hostRow.locator('.badge.away').waitFor();
    await expectAccessible(bob, 'waiting room, host gone');
    const goneWidths = await atEverySize(bob, 'online-waiting-host-gone');

    // The home page's "Your games" tells Bob the same, not "waiting for the host".
    await bob.goto(`${session.server.url}/`);
    await bob
      .locator('.your-games li', { hasText: 'Player ROK' })
      .filter({ hasText: 'Player US has left the waiting room, so anyone seated may start the match now.' })
      .waitFor();
    await expectAccessible(bob, 'your games, host gone');
    const homeWidths = await atEverySize(bob, 'home-your-games-host-gone');
    await bob.setViewportSize(VIEWPORTS.phone);
    await bob.getByRole('link', { name: /^Resume/ }).click();
    await bob.getByRole('button', { name: 'Start the match' }).click();
    await bob.locator('.steps li.current').waitFor({ timeout: 30_000 });
    const summary = (await (await fetch(`${session.server.url}/api/matches/${matchID}/summary`)).json()) as { status: string; host: string };
    expect(summary).toMatchObject({ status: 'playing', host: '2' });

    console.log('scrollWidth - viewport width', JSON.stringify({ hereWidths, goneWidths, homeWidths }));
    for (const widths of [hereWidths, goneWidths, homeWidths]) for (const over of Object.values(widths)) expect(over).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
