import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReplayRound } from '../../shared/api/replay';
import type { GameResult } from '../../shared/scoring';
import { call, type Joined, type Me } from '../classroom/support';
import { autoPlay, connect, waitFor } from '../server/support/players';
import { forkAt, replayAt, waitForStatus } from '../server/support/replayApi';
import { screenshot, useBrowserSession, VIEWPORTS, type ViewportName } from './harness';

const session = useBrowserSession();

async function fitsWidth(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `${where}: scrollWidth ${scroll} > viewport ${width}`).toBeLessThanOrEqual(width);
}

describe('a class table and a fork of it', () => {
  it('only the teacher and the table’s seats may replay a class table; the debrief shows the table and its fork side by side', async () => {
    const url = session.server.url;
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', {
      body: { rounds: 4, tables: 1, title: 'Branches' },
    });
    const { sessionId, joinCode, teacherKey } = created.body;
    const joined = (await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name: 'Ada' } })).body;
    expect((await call(url, 'POST', `/api/class/${sessionId}/start`, { teacherKey })).status).toBe(200);
    const me = (await call<Me>(url, 'GET', '/api/class/me', { studentToken: joined.token })).body;
    const { matchID, playerID, credentials } = me.seat!;
    const client = connect(url, matchID, { playerID, credentials });
    const playing = autoPlay(client);
    await waitFor('the class table’s end', () => client.getState()?.ctx.gameover as GameResult | undefined, 180_000);
    playing.stop();
    client.stop();

    // A class table is not public: no key or a wrong one is refused; its teacher and its seat may look.
    expect((await replayAt(url, matchID, 2)).body.code).toBe('NOT_YOURS');
    expect((await replayAt(url, matchID, 2, { teacherKey: 'wrong' })).body.code).toBe('NOT_YOURS');
    expect((await forkAt(url, matchID, { round: 3 })).body.code).toBe('NOT_YOURS');
    const asSeat = await replayAt(url, matchID, 2, { playerID, credentials });
    expect([asSeat.status, Object.keys(asSeat.body.view.private)]).toEqual([200, [joined.role]]);
    const asTeacher = await replayAt(url, matchID, 2, { teacherKey });
    expect([asTeacher.status, asTeacher.body.seat, asTeacher.body.view.private]).toEqual([200, null, {}]);

    // The teacher forks round 3 with bots in every seat; the bots play it to its end.
    const forked = await forkAt(url, matchID, { round: 3, seats: { US: 'hawk', DPRK: 'hawk', ROK: 'dove', PRC: 'dove', JPN: 'hawk' } }, { teacherKey });
    expect(forked.status, forked.body.error).toBe(200);
    await waitForStatus(url, forked.body.matchID, 'over');
    const parentEnd = (await replayAt(url, matchID, undefined, { teacherKey })).body as ReplayRound;
    expect(parentEnd.forks.map((f) => f.matchID)).toEqual([forked.body.matchID]);

    for (const name of ['phone', 'laptop', 'desktop'] as ViewportName[]) {
      const context = await session.browser.newContext({ viewport: VIEWPORTS[name] });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${url}/`);
      await page.evaluate(([id, key]) => window.localStorage.setItem(`peninsula.class.teacher.${id}`, key), [sessionId, teacherKey] as const);
      await page.goto(`${url}/class/${sessionId}/debrief`);
      const branches = page.getByTestId('branch');
      await branches.nth(1).waitFor({ timeout: 30_000 });
      expect(await branches.count()).toBe(2);
      expect(await branches.nth(0).getByRole('heading').textContent()).toBe('Table 1 as played');
      expect(await branches.nth(1).getByRole('heading').textContent()).toBe('Fork from round 3');
      // The two branches share rounds 1 and 2 and both reach round 4.
      const events = async (i: number) => branches.nth(i).locator('.branch-events li').allTextContents();
      const [played, fork] = [await events(0), await events(1)];
      expect(played.slice(0, 3)).toEqual(fork.slice(0, 3));
      expect([played.length, fork.length]).toEqual([4, 4]);
      const boxes = await Promise.all([0, 1].map(async (i) => (await branches.nth(i).boundingBox())!));
      if (name !== 'phone') expect(Math.abs(boxes[0]!.y - boxes[1]!.y), 'side by side').toBeLessThan(2);
      await branches.nth(0).scrollIntoViewIfNeeded();
      await fitsWidth(page, `debrief ${name}`);
      await screenshot(page, `class-debrief-branches-${name}`);
      if (name === 'laptop') {
        // The teacher's way to a table's replay, from the debrief.
        await page.getByRole('link', { name: 'Replay or fork table 1' }).click();
        await page.waitForURL(/\/class\/[^/]+\/replay\/[^/?]+/);
        await page.getByTestId('replay-round').waitFor();
        expect(await page.getByTestId('replay-agendas').isVisible()).toBe(true);
        await fitsWidth(page, 'class replay');
      }
      expect(errors, name).toEqual([]);
      await context.close();
    }
  }, 400_000);
});
