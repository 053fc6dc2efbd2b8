import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot, seriousViolations, useBrowserSession } from '../browser/harness';

/**
 * The teacher console and two student pages in Chromium: create a class, two students join
 * with the code, the teacher moves one, starts, pauses; the projector, briefing and debrief.
 */
describe('classroom pages in a browser', () => {
  const session = useBrowserSession();

  async function page(width = 1366, height = 900): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height } });
    return context.newPage();
  }

  test('create, join, move, start, pause, projector, briefing, debrief', async () => {
    const teacher = await page(1440, 1000);
    await teacher.goto(`${session.server.url}/class`);
    await teacher.getByLabel('Name of the session (optional)').fill('Period 3');
    await teacher.getByLabel('Diplomacy').fill('2');
    await teacher.getByLabel('A fixed number of tables:', { exact: false }).check();
    await screenshot(teacher, 'classroom-create');
    expect(await seriousViolations(teacher)).toEqual([]);
    await teacher.getByRole('button', { name: 'Create the session' }).click();
    await teacher.waitForURL(/\/class\/[\w-]+$/);
    const sessionId = new URL(teacher.url()).pathname.split('/')[2]!;
    const code = (await teacher.locator('.join-line .join-code').textContent())!.trim();
    expect(code).toMatch(/^[ACEFGHJKMNPRTWXY34679]{6}$/);
    expect(await teacher.locator('svg.qr').count()).toBe(1);
    await screenshot(teacher, 'classroom-console-lobby');

    // The projector before the start: the code, the QR code, how many have joined.
    const projector = await page(1920, 1080);
    await projector.goto(`${session.server.url}/class/projector/${code}`);
    await projector.getByText('0 students joined').waitFor();
    expect(await projector.locator('svg.qr').count()).toBe(1);
    await screenshot(projector, 'classroom-projector-lobby');
    expect(await seriousViolations(projector)).toEqual([]);

    // Two students on their own phones: one types the code, one follows the QR link.
    const ana = await page(390, 844);
    await ana.goto(`${session.server.url}/join`);
    await ana.getByLabel('Class code').fill(code.toLowerCase());
    await ana.getByLabel('Your display name').fill('Ana');
    await screenshot(ana, 'classroom-join');
    await ana.getByRole('button', { name: 'Join' }).click();
    await ana.getByText('You are').waitFor();
    expect(await ana.locator('h1').textContent()).toContain('United States');
    await screenshot(ana, 'classroom-student-lobby');
    expect(await seriousViolations(ana)).toEqual([]);

    const ben = await page(390, 844);
    await ben.goto(`${session.server.url}/join/${code}`);
    await ben.getByLabel('Your display name').fill('Ben');
    await ben.getByRole('button', { name: 'Join' }).click();
    await ben.getByText('You are').waitFor();
    expect(await ben.locator('h1').textContent()).toContain('North Korea');

    // The briefing before round 1.
    await ben.getByRole('link', { name: /briefing/ }).click();
    await ben.getByText('Your red lines').waitFor();
    expect(await ben.textContent('main')).toContain('Agreed Framework');
    await screenshot(ben, 'classroom-briefing');
    await ben.goBack();

    // The teacher moves Ben onto the US seat with Ana: a team of two.
    await teacher.getByText('Seating (2 students joined)').waitFor();
    await teacher.getByLabel('Move Ben').selectOption('1:US');
    await ben.getByText('with Ana').waitFor({ timeout: 10_000 });
    expect(await ben.locator('h1').textContent()).toContain('United States');
    expect(await seriousViolations(teacher)).toEqual([]);

    teacher.once('dialog', (d) => void d.accept());
    await teacher.getByRole('button', { name: 'Start all tables' }).click();
    await teacher.getByRole('article', { name: 'Table 1' }).waitFor();
    // Both students now see the US seat's own view of table 1 (boardgame.io client with the shared credentials).
    for (const p of [ana, ben]) await p.locator('.class-bar .badge', { hasText: 'Table 1' }).waitFor({ timeout: 20_000 });
    await screenshot(ana, 'classroom-student-table');
    await teacher.waitForTimeout(2500);
    await screenshot(teacher, 'classroom-console-running');

    // Pause: everyone sees it.
    await teacher.getByRole('button', { name: 'Pause all' }).click();
    await ana.getByText('Paused by your teacher').waitFor({ timeout: 10_000 });
    await teacher.locator('.class-timer.paused').first().waitFor();

    // The projector: public, by code, no names and no secrets.
    await projector.getByText('Tension').first().waitFor();
    await projector.getByText('Paused').first().waitFor();
    const shown = await projector.textContent('main');
    expect(shown).not.toContain('Ana');
    expect(shown).toContain('Paused');
    await screenshot(projector, 'classroom-projector');
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.goto(`${session.server.url}/class/projector/${code}/1`);
    await projector.getByText('DPRK capability').waitFor();
    await screenshot(projector, 'classroom-projector-table');
    expect(await seriousViolations(teacher)).toEqual([]);

    // End the session; the debrief is built from the tables as they stand.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.getByRole('button', { name: 'End session' }).click();
    await teacher.goto(`${session.server.url}/class/${sessionId}/debrief`);
    await teacher.getByText('Questions for discussion').waitFor();
    expect(await teacher.textContent('main')).toContain('Table 1');
    expect(await teacher.locator('figure.chart').count()).toBeGreaterThan(1);
    await screenshot(teacher, 'classroom-debrief');
    await teacher.screenshot({ path: 'test-artifacts/classroom-debrief-full.png', fullPage: true });
    await teacher.emulateMedia({ media: 'print' });
    await teacher.screenshot({ path: 'test-artifacts/classroom-debrief-print.png', fullPage: true });
    await teacher.emulateMedia({ media: 'screen' });
    expect(await seriousViolations(teacher)).toEqual([]);
  }, 180_000);
});
