import { describe, expect, it } from 'vitest';
import { screenshot, useBrowserSession, VIEWPORTS } from './harness';
import { agendaOnScreen, hotSeatScreen, playTurn } from './play';

const session = useBrowserSession();

describe('a hot-seat match survives a reload', () => {
  it('F5 mid-round resumes behind the pass screen, hides the last seat’s secrets, and the round goes on to its reveal', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.accept();
    });
    await page.goto(`${session.server.url}/hotseat`);
    await page.getByRole('button', { name: 'Start the hot-seat game' }).click();

    const secrets: string[] = [];
    let reloads = 0;
    for (let step = 0; step < 16; step++) {
      const now = await hotSeatScreen(page);
      if (now === 'reveal') break;
      if (now === 'pass') {
        await page.getByRole('button', { name: /show my screen/ }).click();
        continue;
      }
      expect(now).toBe('table');
      secrets.push(await agendaOnScreen(page));
      secrets.push(...(await playTurn(page)));
      if (reloads < 2) {
        // The seat has just acted; the page is reloaded before anyone touches it.
        await page.reload();
        reloads++;
        expect(await hotSeatScreen(page)).toBe('pass');
        await expect(page.getByTestId('pass-screen').textContent()).resolves.toContain('goes on where it stopped');
        const html = await page.content();
        for (const secret of secrets) expect(html, `after reload ${reloads} the page holds "${secret}"`).not.toContain(secret);
        if (reloads === 1) await screenshot(page, 'hotseat-resumed-laptop');
      }
    }
    expect(reloads).toBe(2);
    // Both seats' moves before and after the reloads counted: the round resolved and is shown to everyone.
    const reveal = page.getByTestId('round-reveal');
    await reveal.waitFor();
    await expect(reveal.locator('.revealed li').count()).resolves.toBe(5);
    await screenshot(page, 'hotseat-reveal-laptop');
    await page.reload();
    await reveal.waitFor();
    // The reveal's heading takes the focus (announced to a screen reader) without a ring: it is no control.
    const heading = reveal.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
    await expect(heading.evaluate((h) => getComputedStyle(h).outlineStyle)).resolves.toBe('none');
    await page.getByRole('button', { name: /Go on to round 2/ }).click();
    await expect(page.getByTestId('pass-screen').textContent()).resolves.toContain('Round 2');
    // Nothing could be lost (every change was saved), so leaving never asked.
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
