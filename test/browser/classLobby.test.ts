import { describe, expect, it } from 'vitest';
import { call, type Joined } from '../classroom/support';
import { expectNoSidewaysScroll } from './play';
import { screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';

const session = useBrowserSession();

describe('a class before the start', () => {
  it('a team of three on one role keeps every Move list on the screen, on a phone as on a projector', async () => {
    const url = session.server.url;
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', {
      body: { tables: 1, title: 'Seating' },
    });
    const { sessionId, joinCode, teacherKey } = created.body;
    const team: Joined[] = [];
    for (const name of ['Ana', 'Benedikt', 'Chiara']) team.push((await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name } })).body);
    const [ana] = team;
    for (const s of team.slice(1)) {
      const moved = await call(url, 'POST', `/api/class/${sessionId}/seat`, {
        teacherKey,
        body: { studentId: s.studentId, table: ana!.table, role: ana!.role },
      });
      expect(moved.status).toBe(200);
    }

    for (const name of ['phone', 'laptop', 'desktop'] as ViewportName[]) {
      const context = await session.browser.newContext({ viewport: VIEWPORTS[name] });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      await page.evaluate(([id, key]) => window.localStorage.setItem(`peninsula.class.teacher.${id}`, key), [sessionId, teacherKey] as const);
      await page.goto(`${url}/class/${sessionId}`);
      const seating = page.getByRole('region', { name: 'Seating' });
      await seating.getByRole('combobox', { name: 'Move Chiara' }).waitFor();
      // All three sit on the role as a team (one line of the list), each with a Move list the teacher can reach.
      await expect(seating.locator('li', { hasText: 'Benedikt' }).textContent()).resolves.toMatch(/Ana.*Benedikt.*Chiara/);
      for (const student of ['Ana', 'Benedikt', 'Chiara']) {
        const box = await seating.getByRole('combobox', { name: `Move ${student}` }).boundingBox();
        expect(box!.x + box!.width, `${name}: the Move list of ${student} ends past the screen`).toBeLessThanOrEqual(VIEWPORTS[name].width);
      }
      await expectNoSidewaysScroll(page, `the console's seating at ${name}`);
      await seating.scrollIntoViewIfNeeded();
      await screenshot(page, `class-seating-team-${name}`);
      await context.close();
    }
  }, 120_000);

  it('a student reading the briefing is told when the teacher starts, and goes back to the table', async () => {
    const url = session.server.url;
    const { sessionId, joinCode, teacherKey } = (
      await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', { body: { tables: 1, title: 'Briefing' } })
    ).body;
    const context = await session.browser.newContext({ viewport: VIEWPORTS.phone });
    const page = await context.newPage();
    await page.goto(`${url}/join/${joinCode}`);
    await page.getByLabel('Your display name').fill('Kim');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await page.getByRole('link', { name: /^Read the .* briefing$/ }).click();
    await page.getByRole('heading', { name: 'Your red lines' }).waitFor();
    // Before the start the briefing says nothing of a game (the positive control for the wait below).
    await expect(page.getByText('Your teacher has started the game').count()).resolves.toBe(0);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight)); // read down to the sources
    expect((await call(url, 'POST', `/api/class/${sessionId}/start`, { teacherKey })).status).toBe(200);
    await page.getByRole('alert').filter({ hasText: 'Your teacher has started the game' }).waitFor({ timeout: 30_000 });
    const notice = await page.getByRole('alert').filter({ hasText: 'Your teacher has started the game' }).boundingBox();
    expect(notice!.y, 'the notice stays in sight at the foot of the briefing').toBeGreaterThanOrEqual(0);
    expect(notice!.y).toBeLessThan(VIEWPORTS.phone.height);
    await expectNoSidewaysScroll(page, 'the briefing with its notice on a phone');
    await screenshot(page, 'class-briefing-started-phone');
    await page.getByRole('link', { name: 'Back to your table' }).click();
    await page.locator('.game-grid').waitFor({ timeout: 30_000 });
    await context.close();
  }, 120_000);
});
