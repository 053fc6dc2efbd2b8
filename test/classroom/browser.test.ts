import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot, seriousViolations, useBrowserSession, VIEWPORTS } from '../browser/harness';

/**
 * The classroom in Chromium as a teacher and students use it: create (recovery code shown once),
 * join (a taken name offers "that is me"), seat, start, rejoin from a fresh browser into the same
 * seat, message, pause, end (results everywhere), projector, briefing, debrief. Every screen is
 * photographed at 390x844, 1366x768 and 1920x1080 and must be no wider than the viewport.
 */
describe('classroom pages in a browser', () => {
  const session = useBrowserSession();

  /** Every address any page asked for: no key or token may ever be in one (proxies log URLs). */
  const requested: string[] = [];

  async function page(width = 1366, height = 768): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height } });
    context.on('request', (request) => requested.push(request.url()));
    return context.newPage();
  }

  /** The screen at each size: a screenshot, and no sideways scrolling (scrollWidth within the viewport). */
  async function atEverySize(p: Page, name: string): Promise<void> {
    const original = p.viewportSize();
    const widths: Record<string, number> = {};
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await p.setViewportSize(size);
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      widths[label] = await p.evaluate(() => document.documentElement.scrollWidth);
      await screenshot(p, `classroom-${name}-${size.width}`);
    }
    if (original) await p.setViewportSize(original);
    expect(widths, `${name} is wider than the viewport`).toEqual({ desktop: 1920, laptop: 1366, phone: 390 });
  }

  test('create, join, rejoin, start, message, pause, end, projector, briefing, debrief', async () => {
    const teacher = await page();
    await teacher.goto(`${session.server.url}/class`);
    await teacher.getByLabel('Name of the session (optional)').fill('Period 3');
    await teacher.getByLabel('Diplomacy').fill('2');
    await teacher.getByLabel('A fixed number of tables:', { exact: false }).check();
    await teacher.getByRole('spinbutton', { name: 'Number of tables' }).fill('1');
    await atEverySize(teacher, 'create');
    expect(await seriousViolations(teacher)).toEqual([]);
    await teacher.getByRole('button', { name: 'Create the session' }).click();
    await teacher.waitForURL(/\/class\/[\w-]+$/);
    const sessionId = new URL(teacher.url()).pathname.split('/')[2]!;
    const code = (await teacher.locator('.join-line .join-code').textContent())!.trim();
    expect(code).toMatch(/^[ACEFGHJKMNPRTWXY34679]{6}$/);
    // The join address is the server's computed one (never a hard-coded localhost:8000), and the QR carries it.
    const address = (await teacher.locator('.join-address').textContent())!.trim();
    expect(address).toBe(`${new URL(session.server.server.joinBase.base).host}/join`);
    expect(await teacher.locator(`svg.qr[aria-label$="${session.server.server.joinBase.base}/join/${code}"]`).count()).toBe(1);
    // The recovery code is shown once, until the teacher confirms it is written down.
    const recovery = (await teacher.locator('.recovery-code').textContent())!.trim();
    expect(recovery).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await atEverySize(teacher, 'console-lobby');
    await teacher.getByRole('button', { name: 'I have written it down' }).click();
    await teacher.reload();
    await teacher.getByText('Seating (0 students joined)').waitFor();
    expect(await teacher.locator('.recovery-code').count()).toBe(0);

    const projector = await page(1920, 1080);
    await projector.goto(`${session.server.url}/class/projector/${code}`);
    await projector.getByText('0 students joined').waitFor();
    expect(await projector.locator('svg.qr').count()).toBe(1);
    await atEverySize(projector, 'projector-lobby');
    expect(await seriousViolations(projector)).toEqual([]);

    // Two students on their own phones: one types the code, one follows the QR link.
    const ana = await page(390, 844);
    await ana.goto(`${session.server.url}/join`);
    await ana.getByLabel('Class code').fill(code.toLowerCase());
    await ana.getByLabel('Your display name').fill('Ana');
    await atEverySize(ana, 'join');
    await ana.getByRole('button', { name: 'Join', exact: true }).click();
    await ana.getByText('You are').waitFor();
    expect(await ana.locator('h1').textContent()).toContain('United States');
    await atEverySize(ana, 'student-lobby');
    expect(await seriousViolations(ana)).toEqual([]);

    const ben = await page(390, 844);
    await ben.goto(`${session.server.url}/join/${code}`);
    await ben.getByLabel('Your display name').fill('Ben');
    await ben.getByRole('button', { name: 'Join', exact: true }).click();
    await ben.getByText('You are').waitFor();
    expect(await ben.locator('h1').textContent()).toContain('North Korea');

    // A second "Ana" is not seated silently: the name is taken, and she is asked whether it is her.
    const twin = await page(390, 844);
    await twin.goto(`${session.server.url}/join/${code}`);
    await twin.getByLabel('Your display name').fill('ana');
    await twin.getByRole('button', { name: 'Join', exact: true }).click();
    await twin.getByText('has already joined this class').waitFor();
    expect(await twin.getByRole('button', { name: 'That is me: rejoin my seat' }).count()).toBe(1);
    await twin.context().close();

    await ben.getByRole('link', { name: /briefing/ }).click();
    await ben.getByText('Your red lines').waitFor();
    await atEverySize(ben, 'briefing');
    await ben.goBack();

    // Ben joins Ana on the US seat: a team of two.
    await teacher.getByText('Seating (2 students joined)').waitFor();
    await teacher.getByLabel('Move Ben').selectOption('1:US');
    await ben.getByText('with Ana').waitFor({ timeout: 10_000 });
    expect(await seriousViolations(teacher)).toEqual([]);

    teacher.once('dialog', (d) => void d.accept());
    await teacher.getByRole('button', { name: 'Start all tables' }).click();
    await teacher.getByRole('article', { name: 'Table 1' }).locator('.tension-num', { hasText: /\d/ }).waitFor();
    for (const p of [ana, ben]) await p.locator('.class-bar .badge', { hasText: 'Table 1' }).waitFor({ timeout: 20_000 });
    await atEverySize(ana, 'student-table');
    await atEverySize(teacher, 'console-running');

    // Ana's phone is lost: in a fresh browser she types the code and her name, says it is her, and sits in the same seat.
    const anaAgain = await page(390, 844);
    await anaAgain.goto(`${session.server.url}/join/${code}`);
    await anaAgain.getByLabel('Your display name').fill('Ana');
    await anaAgain.getByRole('button', { name: 'Join', exact: true }).click();
    await anaAgain.getByRole('button', { name: 'That is me: rejoin my seat' }).click();
    await anaAgain.locator('.class-bar .badge', { hasText: 'Table 1' }).waitFor({ timeout: 20_000 });
    expect(await anaAgain.locator('.topbar .role-chip').first().textContent()).toContain('United States');
    expect(await anaAgain.locator('h1.sr-only').textContent()).toMatch(/United States's? table/);
    const roleOf = (p: Page) =>
      p.evaluate(async () => {
        const res = await fetch('/api/class/me', { headers: { 'x-student-token': localStorage.getItem('peninsula.class.student') ?? '' } });
        return ((await res.json()) as { seat: { playerID: string } | null; student: { role: string } }).student.role;
      });
    expect(await roleOf(anaAgain)).toBe('US');
    // The old page learns it is no longer in the class (its polling stops with a clear message).
    await ana.getByText('You are not in a class yet').waitFor({ timeout: 20_000 });

    // A message to every table reaches the students' bar.
    await teacher.getByLabel('Message text').fill('Five minutes left');
    await teacher.getByRole('button', { name: 'Send' }).click();
    await ben.getByText('Five minutes left').waitFor({ timeout: 10_000 });

    // Pause: students see it, and nothing they press goes through. First the table must wait on Ben
    // (a crisis choice of his, or the diplomacy table): paused while a bot's crisis choice is pending,
    // he would have nothing to press.
    const bensMove = ben.getByRole('button', { name: 'Leave the table for this round' }).or(ben.locator('fieldset.crisis-choice button')).first();
    await bensMove.waitFor({ timeout: 30_000 });
    await teacher.getByRole('button', { name: 'Pause all' }).click();
    await ben.getByText('Paused by your teacher').waitFor({ timeout: 10_000 });
    // What the student presses now is refused with the reason (the playtest's "Leave the table" went through).
    await bensMove.click();
    await ben.getByText('Your teacher has paused the game').waitFor();
    await teacher.locator('.class-timer.paused').first().waitFor();
    await projector.getByText('Paused').first().waitFor();
    const shown = await projector.textContent('main');
    expect(shown).not.toContain('Ana');
    await atEverySize(projector, 'projector-running');
    expect(await seriousViolations(projector)).toEqual([]);
    await projector.goto(`${session.server.url}/class/projector/${code}/1`);
    await projector.getByText('DPRK capability').waitFor();
    await atEverySize(projector, 'projector-table');

    // End the session: results everywhere, no live control left.
    teacher.once('dialog', (d) => void d.accept());
    await teacher.getByRole('button', { name: 'End session' }).click();
    await teacher.getByText('The session has ended.').waitFor();
    for (const control of ['Pause all', 'End phase now (all)', 'Inject now (all)', 'End session'])
      expect(await teacher.getByRole('button', { name: control }).count()).toBe(0);
    expect(await teacher.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    await atEverySize(teacher, 'console-ended');
    await ben.getByText('Results of your table').waitFor({ timeout: 10_000 });
    expect(await ben.getByText('Leave the table for this round').count()).toBe(0);
    expect(await ben.locator('.class-timer').count()).toBe(0);
    // Ended in the middle of the game: no table names a winner, each says where it stopped (results, projector, debrief).
    const stoppedEarly = /Stopped in round \d+ of \d+ — no winner\. Standings so far:/;
    await ben.getByText(stoppedEarly).waitFor();
    await ben.getByText(stoppedEarly).scrollIntoViewIfNeeded();
    expect(await ben.textContent('main')).not.toMatch(/Winner|Leading/);
    await atEverySize(ben, 'student-results');
    // A class table replays only for its teacher and its players: Ben's seat comes from his class token.
    await ben.getByRole('link', { name: 'Replay table 1 round by round' }).click();
    await ben.getByTestId('replay-round').waitFor();
    expect(await ben.getByRole('alert').count()).toBe(0);
    await ben.goBack();
    await projector.goto(`${session.server.url}/class/projector/${code}`);
    await projector.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await projector.getByText('Paused').count()).toBe(0);
    expect(await projector.textContent('main')).not.toContain('Ben');
    expect(await projector.locator('.table-result').first().textContent()).toMatch(stoppedEarly);
    expect(await projector.textContent('main')).not.toMatch(/Winner|Leading/);
    await atEverySize(projector, 'projector-results');
    expect(await seriousViolations(projector)).toEqual([]);

    // A projector address with a code that names no class says so under a heading, with a way on.
    await projector.goto(`${session.server.url}/class/projector/ZZZZZZ`);
    await projector.getByRole('heading', { name: 'Class ZZZZZZ not found' }).waitFor();
    expect(await projector.getByRole('link', { name: 'Classroom mode' }).count()).toBe(1);
    expect(await seriousViolations(projector)).toEqual([]);
    await atEverySize(projector, 'projector-bad-code');

    await teacher.goto(`${session.server.url}/class/${sessionId}/debrief`);
    await teacher.getByText('Questions for discussion').waitFor();
    expect(await teacher.locator('figure.chart').count()).toBeGreaterThan(1);
    expect(await teacher.locator('.table-result').first().textContent()).toMatch(stoppedEarly);
    expect(await teacher.textContent('main')).not.toMatch(/Winner|Leading/);
    await atEverySize(teacher, 'debrief');
    // The teacher's link is the console's class replay route: it names the class, never the key, which stays in this browser.
    const replayLink = teacher.getByRole('link', { name: 'Replay table 1 round by round' });
    expect(await replayLink.getAttribute('href')).toMatch(new RegExp(`^/class/${sessionId}/replay/[\\w-]+$`));
    await replayLink.click();
    await teacher.getByTestId('replay-round').waitFor();
    expect(await teacher.getByRole('alert').count()).toBe(0);
    await teacher.goBack();
    await teacher.getByText('Questions for discussion').waitFor();
    await teacher.emulateMedia({ media: 'print' });
    await teacher.screenshot({ path: 'test-artifacts/classroom-debrief-print.png', fullPage: true });
    await teacher.emulateMedia({ media: 'screen' });
    expect(await seriousViolations(teacher)).toEqual([]);

    // The console from another device: the recovery code opens it there, and the first browser's key stops working.
    const laptop = await page();
    await laptop.goto(`${session.server.url}/class/recover`);
    await laptop.getByLabel('Join code').fill(code);
    await laptop.getByLabel('Recovery code').fill(recovery);
    await atEverySize(laptop, 'recover');
    await laptop.getByRole('button', { name: 'Open the console here' }).click();
    await laptop.getByText('The session has ended.').waitFor();
    await teacher.goto(`${session.server.url}/class/${sessionId}`);
    await teacher.getByText('Recover the console with your recovery code').waitFor();
    expect(await seriousViolations(teacher)).toEqual([]);

    // Console, students and projector listened by push, each stream opened without a credential in its address.
    const streams = requested.filter((url) => new URL(url).pathname.endsWith('/stream'));
    expect(streams.some((url) => url.includes(`/api/class/${sessionId}/stream?ticket=`))).toBe(true);
    expect(streams.some((url) => url.includes('/api/class/me/stream?ticket='))).toBe(true);
    expect(streams.some((url) => url.endsWith(`/api/class/projector/${code}/stream`))).toBe(true);
    expect(requested.filter((url) => /[?&](key|token|credentials)=/.test(url))).toEqual([]);
  }, 300_000);
});
