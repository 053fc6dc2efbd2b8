import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, screenshot, useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

/** If this round's crisis card asks this seat to choose, it takes the first option. */
async function answerCrisisIfAsked(page: Page): Promise<void> {
  const choice = page.locator('.crisis-choice button').first();
  if (await choice.isVisible().catch(() => false)) await choice.click();
}

async function waitForPhase(page: Page, phase: 'Crisis' | 'Diplomacy' | 'Orders'): Promise<void> {
  await page.locator('.steps li.current', { hasText: phase }).waitFor({ timeout: 30_000 });
}

/**
 * Ticks the two actions from the keyboard (focus, then Space) and seals them. A pointer click waits for
 * the checkbox to be "stable" over two animation frames, and on a loaded CI machine a page in a second
 * browser context once got no frame for 30 seconds; keyboard input needs none, and is a real user's path too.
 */
async function chooseOrders(page: Page, actions: [string, string]): Promise<void> {
  await page.bringToFront();
  await page.getByRole('tab', { name: /^Act/ }).click();
  for (const action of actions) {
    const box = page.locator('.action-list').getByRole('checkbox', { name: action });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked(), { timeout: 15_000 }).toBe(true);
  }
  const seal = page.getByRole('button', { name: 'Seal my orders' });
  await seal.focus();
  await page.keyboard.press('Enter');
}

describe('online play in the browser', () => {
  it('two people create and join a match through the invite link and play a whole round: summit, orders, resolution', async () => {
    const alice = await session.browser.newContext({ viewport: VIEWPORTS.desktop });
    const bob = await session.browser.newContext({ viewport: VIEWPORTS.laptop });
    const a = await alice.newPage();
    const b = await bob.newPage();
    const errors: string[] = [];
    for (const page of [a, b]) page.on('pageerror', (e) => errors.push(e.message));
    // The moves Bob's page receives as patches (it asks for them: client/common/matchSocket.ts), sealed orders (a redacted move) and the resolution among them.
    let patches = 0;
    b.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => void (typeof payload === 'string' && payload.includes('["patch",') && (patches += 1))));

    // Alice creates the match as the United States.
    await a.goto(`${session.server.url}/`);
    await expectAccessible(a, 'home');
    await a.getByLabel('Your name').fill('Alice');
    await a.getByLabel('Your role').selectOption('US');
    // No timer: on a loaded machine a two-minute orders timer could expire mid-test and act for a seat.
    await a.getByLabel('Phase timer').selectOption('none');
    await a.getByRole('button', { name: 'Create match and get an invite link' }).click();
    await a.waitForURL(/\/match\/[^/]+$/);
    const invite = await a.getByTestId('invite-link').inputValue();
    expect(invite).toBe(a.url());
    await a.getByRole('heading', { name: 'Waiting room' }).waitFor();
    await expectAccessible(a, 'waiting room');
    await screenshot(a, 'online-lobby-desktop');

    // Bob follows the invite link, picks North Korea and a name.
    await b.goto(invite);
    await b.getByRole('heading', { name: 'Take a seat' }).waitFor();
    await expect(b.getByRole('radio', { name: 'United States' }).count()).resolves.toBe(0);
    await b.getByRole('radio', { name: 'North Korea' }).check();
    await b.getByLabel('Your name').fill('Bob');
    await expectAccessible(b, 'join form');
    await screenshot(b, 'online-join-laptop');
    await b.getByRole('button', { name: 'Join as North Korea' }).click();
    await b.getByRole('heading', { name: 'Waiting room' }).waitFor();
    await a.locator('.seat-list li', { hasText: 'Bob' }).waitFor();

    // Only the host starts: Bob is told whom the table waits for and has no Start of his own.
    await b.getByText('Waiting for Alice to start the match. Nothing runs until then.').waitFor();
    await expect(b.getByRole('button', { name: 'Start the match' }).count()).resolves.toBe(0);
    await expect(a.locator('.seat-list li', { hasText: 'Alice' }).textContent()).resolves.toContain('host');
    await screenshot(b, 'online-lobby-guest-laptop');

    // Alice starts: bots take the three open seats and both screens switch to the table.
    await a.getByRole('button', { name: 'Start the match' }).click();
    for (const page of [a, b]) await page.locator('.game-grid').waitFor({ timeout: 20_000 });
    await expect(a.locator('.topbar .role-chip').textContent()).resolves.toContain('United States');
    await expect(b.locator('.topbar .role-chip').textContent()).resolves.toContain('North Korea');

    await answerCrisisIfAsked(a);
    await answerCrisisIfAsked(b);
    for (const page of [a, b]) await waitForPhase(page, 'Diplomacy');
    await expectAccessible(a, 'table, diplomacy');
    await screenshot(a, 'online-diplomacy-desktop');

    // Alice proposes a summit in Singapore: US aid for the return of remains.
    const invite_ = a.getByRole('group', { name: 'Invite' });
    await invite_.getByRole('checkbox', { name: /North Korea/ }).check();
    await a
      .getByRole('group', { name: 'You offer' })
      .getByRole('checkbox', { name: /Humanitarian aid/ })
      .check();
    await a
      .getByRole('group', { name: 'You ask for' })
      .getByRole('checkbox', { name: /Return remains/ })
      .check();
    await expect(a.locator('.composer .preview-box').textContent()).resolves.toContain('deal');
    await a.getByRole('button', { name: 'Send proposal' }).click();

    // Bob sees it awaiting his answer, and accepts.
    // Only Alice's: a bot (South Korea) may also be asking Pyongyang for the remains this round.
    const proposal = b.locator('.proposal.needs-answer', { hasText: 'Return remains' }).filter({ hasText: 'United States offers' });
    await proposal.waitFor({ timeout: 15_000 });
    await screenshot(b, 'online-inbox-laptop');
    await proposal.getByRole('button', { name: 'Accept' }).click();
    // Bots' offers to Pyongyang lapse when this deal is signed: Accept names them and asks once more.
    const lapsing = proposal.getByRole('group', { name: 'Confirm accepting' });
    if (await lapsing.isVisible().catch(() => false)) {
      await expect(lapsing.textContent()).resolves.toMatch(/If this deal is signed, (this other open offer lapses|these \d+ other open offers lapse)/);
      await screenshot(b, 'online-accept-lapses-laptop');
      await lapsing.getByRole('button', { name: /^Accept, and let/ }).click();
    }
    for (const page of [a, b]) {
      await page.getByRole('tab', { name: 'Deals' }).click();
      await page.locator('.agreement-list li', { hasText: 'Return remains' }).waitFor({ timeout: 15_000 });
      await page.getByRole('tab', { name: /^Act/ }).click();
    }

    // Both leave the table; the bots follow; orders begin.
    for (const page of [a, b]) await page.getByRole('button', { name: 'Leave the table for this round' }).click();
    for (const page of [a, b]) await waitForPhase(page, 'Orders');
    await expectAccessible(b, 'table, orders');
    await screenshot(b, 'online-orders-laptop');

    // A reload keeps the seat (credentials in localStorage) and reconnects.
    await a.reload();
    await a.locator('.game-grid').waitFor({ timeout: 20_000 });
    await expect(a.locator('.topbar .role-chip').textContent()).resolves.toContain('United States');

    // The home page lists the match under "Your games"; Resume goes back to the same seat.
    await a.goto(`${session.server.url}/`);
    const mine = a.locator('.your-games li', { hasText: 'United States' });
    await expect.poll(() => mine.textContent(), { timeout: 15_000 }).toContain('Round 1 of');
    await screenshot(a, 'home-your-games-desktop');
    await mine.getByRole('link', { name: /^Resume/ }).click();
    await a.locator('.game-grid').waitFor({ timeout: 20_000 });
    await expect(a.locator('.topbar .role-chip').textContent()).resolves.toContain('United States');

    // Alice seals first: her screen says so, and nothing of her orders reaches Bob's page.
    await chooseOrders(a, ['Reassure allies', 'Personal letter']);
    await a.getByRole('heading', { name: 'Your orders are sealed' }).waitFor({ timeout: 30_000 });
    await expect(a.getByTestId('my-orders').textContent()).resolves.toBe('Reassure alliesPersonal letter');
    await b.locator('.seat', { hasText: 'US' }).filter({ hasText: 'orders sealed' }).waitFor({ timeout: 15_000 });
    await expect(b.locator('body').textContent()).resolves.not.toContain('Reassure allies');
    // Bob seals last (the bots have already): the round resolves at once.
    await chooseOrders(b, ['Charm offensive', 'Cyber operation']);

    // The resolution: every role's orders revealed on both screens (in resolution order: PRC, DPRK, ROK, JPN, US), and round 2 begins.
    for (const page of [a, b]) {
      const resolution = page.getByTestId('resolution');
      await resolution.waitFor({ timeout: 30_000 });
      await expect(resolution.textContent()).resolves.toContain('Round 1 resolved');
    }
    await expect(b.getByTestId('resolution').locator('.revealed li').nth(4).textContent()).resolves.toBe('USReassure allies · Personal letter');
    await expect(a.getByTestId('resolution').locator('.revealed li').nth(1).textContent()).resolves.toBe('DPRKCharm offensive · Cyber operation');
    await expect(a.locator('.round-num').textContent()).resolves.toContain('Round 2');
    await expect(b.locator('.round-num').textContent()).resolves.toContain('Round 2');
    expect(patches, 'moves reached Bob as patches').toBeGreaterThan(5);
    await screenshot(a, 'online-resolution-desktop');

    // A third person with the link, once every seat is taken, watches as a spectator.
    const carol = await session.browser.newContext({ viewport: VIEWPORTS.phone });
    const c = await carol.newPage();
    await c.goto(invite);
    await c.locator('.game-grid').waitFor({ timeout: 20_000 });
    await expect(c.getByText('Spectator').first().isVisible()).resolves.toBe(true);
    await expect(c.getByTestId('secret-agenda').count()).resolves.toBe(0);
    await expectAccessible(c, 'spectator, phone');
    await screenshot(c, 'online-spectator-phone');

    // A dropped connection shows a banner, and the client recovers by itself when the network is back.
    await alice.setOffline(true);
    await a.getByText(/Connection lost — reconnecting/).waitFor({ timeout: 60_000 });
    await screenshot(a, 'online-offline-desktop');
    await alice.setOffline(false);
    await a.getByText(/Connection lost/).waitFor({ state: 'detached', timeout: 60_000 });
    await expect(a.locator('.round-num').textContent()).resolves.toContain('Round 2');

    // Leaving frees the seat and forgets the credentials.
    await b.getByRole('button', { name: 'Leave match' }).click();
    await b.getByRole('button', { name: 'Yes, leave' }).click();
    await b.waitForURL(`${session.server.url}/`);
    const held = await b.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('peninsula:seat:')));
    expect(held).toEqual([]);
    await expect(b.locator('.your-games').count()).resolves.toBe(0);

    // A seat in a match the server no longer has can be removed from the list.
    await b.evaluate(() => window.localStorage.setItem('peninsula:seat:gone-match', JSON.stringify({ playerID: '2', credentials: 'x', playerName: 'Bob' })));
    await b.reload();
    const gone = b.locator('.your-games li', { hasText: 'No longer on the server.' });
    await gone.waitFor({ timeout: 15_000 });
    await gone.getByRole('button', { name: /^Remove/ }).click();
    await expect(b.locator('.your-games').count()).resolves.toBe(0);

    expect(errors).toEqual([]);
    await Promise.all([alice.close(), bob.close(), carol.close()]);
  }, 240_000);
});
