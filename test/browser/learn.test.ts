import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, atEverySize, expectAccessible, screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';
import { guideStep, newcomerAtTable, noHorizontalOverflow, reachDiplomacy, sealOrders } from './learnSteps';

const session = useBrowserSession();

describe('learning Peninsula in the browser', () => {
  it("a newcomer follows the guide's own steps through the guided round, then plays a second round alone", async () => {
    const began = Date.now();
    const page = await newcomerAtTable(session.browser, session.server.url, 'desktop');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByRole('button', { name: 'Start the guided round' }).click();

    // Steps 1–3: read, then Next. Each step is a dialog that takes the focus and outlines its part of the screen.
    await guideStep(page, 'Your role and what you score');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('guide-title');
    await expect(page.getByRole('tab', { name: 'Your role' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expectAccessible(page, 'guide step 1');
    await screenshot(page, 'guide-step1-desktop');
    await page.keyboard.press('Tab'); // from the title to the dialog's first button: Next
    await page.getByRole('button', { name: 'Next' }).click();
    await guideStep(page, 'The board');
    await expect.poll(() => page.locator('.guide-target').getAttribute('data-guide'), { timeout: 10_000 }).toBe('board');
    await page.getByRole('button', { name: 'Next' }).click();
    await guideStep(page, 'The crisis');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 4, as it says: invite a role, pick one thing, send; answer what is sent to you; leave the table.
    await reachDiplomacy(page);
    await guideStep(page, 'Propose and answer a deal');
    // Bots answer at once and may already have left the table: invite one still there, if any.
    const stillThere = page.getByRole('group', { name: 'Invite' }).locator('label.chip-toggle:not(.gone)');
    if ((await stillThere.count()) > 0) {
      await stillThere.first().locator('input').check();
      const offers = page.getByRole('group', { name: 'You offer' }).getByRole('checkbox');
      const send = page.getByRole('button', { name: 'Send proposal' });
      for (let i = 0; i < Math.min(8, await offers.count()) && !(await send.isEnabled()); i++) {
        await offers.nth(i).check();
        if (!(await send.isEnabled())) await offers.nth(i).uncheck();
      }
      await screenshot(page, 'guide-step4-desktop');
      if (await send.isEnabled()) {
        await send.click();
        await page.locator('.proposal', { hasText: 'United States offers' }).first().waitFor({ timeout: 15_000 });
      }
    }
    const toMe = page.locator('.proposal.needs-answer').first();
    if (await toMe.isVisible().catch(() => false)) await toMe.getByRole('button', { name: 'Reject' }).click();
    await page.getByRole('button', { name: 'Leave the table for this round' }).click();

    // The guide moves on by itself when the game does. Step 5 appears when the orders phase begins: two actions, a memo, seal.
    await guideStep(page, 'Choose orders; keep or break a commitment');
    await expectAccessible(page, 'guide orders step');
    await screenshot(page, 'guide-step5-desktop');
    await sealOrders(page, 'Aid for remains first; keep the allies close.');

    // Step 6 appears once the round is resolved.
    await guideStep(page, 'Read the resolution');
    await page.getByRole('heading', { name: 'Round 1 resolved' }).waitFor();
    await screenshot(page, 'guide-step6-desktop');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await expect(page.evaluate(() => window.localStorage.getItem('peninsula.guidedRound'))).resolves.toBe('done');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('help-button');

    // A full round without the guide.
    await reachDiplomacy(page);
    await page.getByRole('button', { name: 'Leave the table for this round' }).click();
    await page.locator('.steps li.current', { hasText: 'Orders' }).waitFor({ timeout: 30_000 });
    await sealOrders(page, 'Hold steady.');
    await page.getByRole('heading', { name: 'Round 2 resolved' }).waitFor({ timeout: 30_000 });
    // The memo was revealed with the orders: it is in the round's record every seat receives.
    await expect(page.locator('body').textContent()).resolves.not.toContain('Unexpected');
    expect(errors).toEqual([]);
    console.log(`Newcomer: guided round and a second round in ${((Date.now() - began) / 1000).toFixed(1)} s of wall time (bots instant, no timers).`);

    // Replayable from the Help menu.
    await page.getByRole('button', { name: 'Help' }).click();
    await page.getByRole('button', { name: 'Replay the guided round' }).click();
    await guideStep(page, 'Your role and what you score');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('guide-title');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.context().close();
  }, 240_000);

  it('memos written with the orders come back in the debrief, beside the decisions, with reflection prompts and the table beside history', async () => {
    const page = await newcomerAtTable(session.browser, session.server.url, 'desktop', 4);
    await page.getByRole('button', { name: 'No thanks' }).click();
    for (let round = 1; round <= 4; round++) {
      await reachDiplomacy(page);
      await page.getByRole('button', { name: 'Leave the table for this round' }).click();
      await page.locator('.steps li.current', { hasText: 'Orders' }).waitFor({ timeout: 30_000 });
      await sealOrders(page, `Round ${round}: hold the line.`);
      if (round < 4) await page.getByRole('heading', { name: `Round ${round} resolved` }).waitFor({ timeout: 30_000 });
    }
    await page.getByRole('heading', { name: 'Decision memos' }).waitFor({ timeout: 30_000 });
    const memos = page.getByRole('region', { name: 'Decision memos beside the orders' });
    for (let round = 1; round <= 4; round++)
      await expect(memos.getByRole('row', { name: new RegExp(`Round ${round}: hold the line`) }).count()).resolves.toBe(1);
    await page.getByRole('heading', { name: /Reflect on your game, United States/ }).waitFor();
    await expect(page.getByTestId('what-if-dialogue').textContent()).resolves.toContain('What really happened');
    await expectAccessible(page, 'end screen with memos');
    for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
      await page.setViewportSize(VIEWPORTS[name]);
      await page.getByRole('heading', { name: 'Decision memos' }).scrollIntoViewIfNeeded();
      await noHorizontalOverflow(page, `end screen ${name}`);
      await screenshot(page, `debrief-memos-${name}`);
      await page.getByRole('heading', { name: 'Your table and history' }).scrollIntoViewIfNeeded();
      await screenshot(page, `debrief-what-ifs-${name}`);
    }
    await page.context().close();
  }, 240_000);

  it('the guide is offered in every mode: at a hot-seat table and to a classroom student', async () => {
    const hot = await (await session.browser.newContext({ viewport: VIEWPORTS.laptop })).newPage();
    await hot.goto(`${session.server.url}/hotseat`);
    await hot.getByRole('button', { name: 'Start the hot-seat game' }).click();
    await hot.getByTestId('pass-screen').or(hot.locator('.game-grid')).first().waitFor({ timeout: 20_000 });
    if (await hot.getByTestId('pass-screen').isVisible()) await hot.getByTestId('pass-screen').getByRole('button').first().click();
    await hot.getByRole('button', { name: 'Start the guided round' }).click();
    await guideStep(hot, 'Your role and what you score');
    await screenshot(hot, 'guide-hotseat-laptop');
    await hot.context().close();

    const teacher = await (await session.browser.newContext({ viewport: VIEWPORTS.laptop })).newPage();
    await teacher.goto(`${session.server.url}/class`);
    await teacher.getByLabel('Lesson preset').selectOption('lesson45');
    await teacher.getByRole('button', { name: 'Create the session' }).click();
    await teacher.waitForURL(/\/class\/[\w-]+$/);
    const code = (await teacher.locator('.join-line .join-code').textContent())!.trim();
    const student = await (await session.browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
    await student.goto(`${session.server.url}/join/${code}`);
    await student.getByLabel('Your display name').fill('Ana');
    await student.getByRole('button', { name: 'Join' }).click();
    await student.getByText('You are').waitFor();
    teacher.once('dialog', (d) => void d.accept());
    await teacher.getByRole('button', { name: 'Start all tables' }).click();
    // In class the offer is one slim line (the crisis clock runs): it took ~280 px of a phone above the map and the choice.
    const offer = student.locator('.guide-offer.slim');
    await offer.waitFor({ timeout: 30_000 });
    const offerHeight = (await offer.boundingBox())?.height ?? Infinity;
    const offerWidths = await atEverySize(student, 'class-guide-offer');
    await student.setViewportSize(VIEWPORTS.phone);
    console.log('class guide offer on a phone, px high:', offerHeight, 'scrollWidth - viewport width', JSON.stringify(offerWidths));
    expect(offerHeight).toBeLessThanOrEqual(100);
    for (const over of Object.values(offerWidths)) expect(over).toBeLessThanOrEqual(0);
    await student.getByRole('button', { name: 'Start the guided round' }).click({ timeout: 30_000 });
    await guideStep(student, 'Your role and what you score');
    await noHorizontalOverflow(student, 'classroom guide');
    await screenshot(student, 'guide-classroom-phone');
    await teacher.context().close();
    await student.context().close();
  }, 180_000);

  it('the guide and the Help menu fit a phone and a laptop', async () => {
    for (const name of ['phone', 'laptop'] as const) {
      const page = await newcomerAtTable(session.browser, session.server.url, name);
      await page.getByRole('heading', { name: 'New to Peninsula?' }).waitFor();
      await screenshot(page, `guide-offer-${name}`);
      await page.getByRole('button', { name: 'Start the guided round' }).click();
      await guideStep(page, 'Your role and what you score');
      await noHorizontalOverflow(page, `guide ${name}`);
      await screenshot(page, `guide-step1-${name}`);
      await page.getByRole('button', { name: 'Skip the guide' }).click();
      await page.getByRole('button', { name: 'Help' }).click();
      await page.getByRole('group', { name: 'Help' }).waitFor();
      await noHorizontalOverflow(page, `help menu ${name}`);
      await expectAccessible(page, `help menu ${name}`);
      await screenshot(page, `help-menu-${name}`);
      await page.context().close();
    }
  }, 240_000);

  it('how to play, the glossary, the role cards and the kit pass axe and fit every size', async () => {
    const pages = [
      ['/learn', 'How to play: a round, and how to win', 'learn-1'],
      ['/learn/2?role=DPRK', 'How to play: five things to know about your role', 'learn-2'],
      ['/learn/glossary', 'Glossary', 'glossary'],
      ['/learn/roles/US', 'Quick card: United States', 'role-card'],
      ['/teach', "Teacher's kit: nuclear diplomacy in one lesson", 'teach'],
    ] as const;
    for (const name of Object.keys(VIEWPORTS) as ViewportName[]) {
      const page = await session.browser.newPage({ viewport: VIEWPORTS[name] });
      for (const [path, heading, shot] of pages) {
        await page.goto(`${session.server.url}${path}`);
        await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
        await noHorizontalOverflow(page, `${path} ${name}`);
        await expectAccessible(page, `${path} ${name}`);
        await screenshot(page, `${shot}-${name}`);
      }
      await page.goto(`${session.server.url}/class`);
      await page.getByLabel('Lesson preset').selectOption('lesson45');
      await expect(page.getByLabel('Rounds').inputValue()).resolves.toBe('4');
      await noHorizontalOverflow(page, `class form ${name}`);
      await screenshot(page, `class-preset-${name}`);
      await page.close();
    }
  }, 240_000);

  it('from the home page a newcomer reaches how to play in two screens, and the teacher the kit', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    await page.goto(`${session.server.url}/`);
    await page.getByRole('link', { name: 'Learn in two screens' }).click();
    await page.getByRole('heading', { name: 'How to play: a round, and how to win', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Next: your role →' }).click();
    await page.getByRole('heading', { name: 'How to play: five things to know about your role', level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 10_000 }).toBe('H1');
    await page.getByRole('link', { name: 'Full rules' }).first().click();
    await page.getByRole('navigation', { name: 'Sections of the rules' }).waitFor();
    await page.goto(`${session.server.url}/`);
    await page.getByRole('link', { name: "Teacher's kit" }).click();
    await page.getByRole('heading', { name: 'Primary sources' }).waitFor();
    await page.close();
  }, 120_000);

  it('prints: one role card is one page, the navigation is hidden, the kit prints whole', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.desktop });
    await mkdir(ARTIFACTS, { recursive: true });
    await page.emulateMedia({ media: 'print' });
    for (const role of ['US', 'DPRK', 'ROK', 'PRC', 'JPN']) {
      await page.goto(`${session.server.url}/learn/roles/${role}`);
      await page.getByTestId(`quick-card-${role}`).waitFor();
      await expect(page.locator('.learn-nav').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${role} card pages`).toBe(1);
      if (role === 'US') await page.screenshot({ path: join(ARTIFACTS, 'print-role-card-US.png'), fullPage: true });
    }
    await page.goto(`${session.server.url}/learn/roles`);
    await page.getByTestId('quick-card-JPN').waitFor();
    await expect(page.getByTestId('quick-card-US').evaluate((el) => getComputedStyle(el).breakAfter)).resolves.toBe('page');
    const all = await page.pdf({ format: 'A4' });
    expect((all.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(5);
    await page.goto(`${session.server.url}/teach`);
    await page.getByRole('heading', { name: 'Rubric' }).waitFor();
    await expect(page.locator('.topbar').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
    await page.screenshot({ path: join(ARTIFACTS, 'print-teach.png'), fullPage: true });
    await page.close();
  }, 180_000);
});
