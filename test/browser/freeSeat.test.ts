import { describe, expect, it } from 'vitest';
import { createMatchWithPeople } from '../server/support/players';
import { atEverySize, expectAccessible, holdSeat, useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

const storedSeat = (page: import('playwright-core').Page, matchID: string) =>
  page.evaluate((id) => window.localStorage.getItem(`peninsula:seat:${id}`), matchID);

describe('the host frees a seat whose browser is gone, and the player takes it back through the invite link', () => {
  it('in the waiting room and again mid-game: the old browser is told, a bot keeps the seat in the game, the invite link offers it', async () => {
    const { matchID, seats } = await createMatchWithPeople(session.server.url, ['US', 'ROK'], { rounds: 6, seed: 'free-seat-browser' });
    const alice = await (await session.browser.newContext({ viewport: VIEWPORTS.laptop })).newPage();
    const bob = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    const errors: string[] = [];
    // The only error a console shows: the freed browser's presence call refused (403), which is how it learns.
    for (const page of [alice, bob]) {
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && !m.text().includes('the server responded with a status of 403') && errors.push(m.text())));
    }
    await holdSeat(alice, session.server.url, matchID, seats.US!, 'Player US');
    await holdSeat(bob, session.server.url, matchID, seats.ROK!, 'Player ROK');
    await alice.goto(`${session.server.url}/match/${matchID}`);
    await bob.goto(`${session.server.url}/match/${matchID}`);

    // Only the host has Free seat, and only beside another person's seat.
    const bobRow = alice.locator('.seat-list li', { hasText: 'Player ROK' });
    await bobRow.getByRole('button', { name: 'Free seat: Player ROK' }).waitFor();
    await expect(alice.getByRole('button', { name: /^Free seat/ }).count()).resolves.toBe(1);
    await bob.locator('.seat-list li', { hasText: 'Player US' }).waitFor();
    await expect(bob.getByRole('button', { name: /^Free seat/ }).count()).resolves.toBe(0);
    await expectAccessible(alice, 'waiting room, the host’s Free seat');

    await bobRow.getByRole('button', { name: 'Free seat: Player ROK' }).click();
    await bobRow.getByText('Player ROK’s browser loses the seat now; they can take it again through the invite link.').waitFor();
    await expectAccessible(alice, 'waiting room, confirm freeing a seat');
    const confirmWidths = await atEverySize(alice, 'free-seat-confirm-waiting');
    await bobRow.getByRole('button', { name: 'Yes, free it' }).click();
    await alice.locator('.seat-list li.open', { hasText: 'open seat' }).filter({ hasText: 'South Korea' }).waitFor({ timeout: 30_000 });

    // Bob's waiting room hears it on its next presence call: told, the seat forgotten, the join form offers South Korea.
    await bob.getByRole('alert').filter({ hasText: 'This browser no longer holds your seat' }).waitFor({ timeout: 30_000 });
    expect(await storedSeat(bob, matchID)).toBeNull();
    await bob.getByRole('radio', { name: 'South Korea' }).check();
    await bob.getByLabel('Your name').fill('Bob');
    await bob.getByRole('button', { name: 'Join as South Korea' }).click();
    await alice.locator('.seat-list li', { hasText: 'Bob' }).waitFor({ timeout: 30_000 });

    // In the game: the host's Seats panel frees Bob's seat again; a bot plays it meanwhile.
    await alice.getByRole('button', { name: 'Start the match' }).click();
    await alice.getByRole('button', { name: 'Seats' }).click();
    const panel = alice.getByRole('region', { name: 'Seats' });
    await panel.getByRole('button', { name: 'Free seat: Bob' }).click();
    await panel.getByText('Bob’s browser loses the seat now; a bot plays it until they take it again through the invite link.').waitFor();
    await expectAccessible(alice, 'game, the host’s seats panel');
    const panelWidths = await atEverySize(alice, 'free-seat-panel-game');
    await panel.getByRole('button', { name: 'Yes, free it' }).click();
    await panel.getByText('free: a bot plays it').waitFor({ timeout: 30_000 });

    await bob.getByRole('alert').filter({ hasText: 'freed by the host' }).waitFor({ timeout: 30_000 });
    await bob.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ timeout: 30_000 });
    expect(await storedSeat(bob, matchID)).toBeNull();
    // The way back: the page of the invite link offers the freed role to whoever watches.
    await bob.getByRole('button', { name: 'Join as South Korea' }).waitFor({ timeout: 30_000 });
    await expectAccessible(bob, 'game, a freed seat offered');
    const offerWidths = await atEverySize(bob, 'free-seat-offer-game');
    await bob.setViewportSize(VIEWPORTS.phone);
    await bob.getByRole('button', { name: 'Join as South Korea' }).click();
    await bob.getByRole('button', { name: 'Leave match' }).waitFor({ timeout: 30_000 });
    await bob.locator('.topbar .badge', { hasText: 'Spectator' }).waitFor({ state: 'detached', timeout: 30_000 });
    expect(JSON.parse((await storedSeat(bob, matchID)) ?? 'null')).toMatchObject({ playerID: '2', playerName: 'Bob' });
    const players = (await (await fetch(`${session.server.url}/games/peninsula/${matchID}`)).json()) as { players: { name?: string; data?: unknown }[] };
    expect(players.players[2]).toMatchObject({ name: 'Bob' });
    expect(players.players[2]?.data).toBeUndefined();

    console.log('scrollWidth - viewport width', JSON.stringify({ confirmWidths, panelWidths, offerWidths }));
    for (const widths of [confirmWidths, panelWidths, offerWidths]) for (const over of Object.values(widths)) expect(over).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  }, 240_000);
});
