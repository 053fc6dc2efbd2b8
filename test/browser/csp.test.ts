import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession, VIEWPORTS } from './harness';

const session = useBrowserSession();

/** Every CSP refusal the page reports, collected from the moment it starts loading. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...console];
}

describe('the app under its Content-Security-Policy', () => {
  it('renders home, the rules, learn and teach, the classroom pages, a match page and a hot-seat game with no refusal, while an injected inline script is refused', async () => {
    const page = await session.browser.newPage({ viewport: VIEWPORTS.laptop });
    const violations = await watchViolations(page);
    const response = await page.goto(`${session.server.url}/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { name: 'Peninsula', level: 1 }).waitFor();
    for (const path of ['/rules', '/learn', '/learn/roles', '/teach', '/class', '/join']) {
      await page.goto(`${session.server.url}${path}`);
      await page.locator('h1').first().waitFor();
    }
    // A match page connects to socket.io (polling, then a WebSocket) and opens the press stream.
    const created = await fetch(`${session.server.url}/games/peninsula/create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ numPlayers: 5 }),
    });
    const { matchID } = (await created.json()) as { matchID: string };
    await page.goto(`${session.server.url}/match/${matchID}`);
    await page.locator('h1, h2').first().waitFor();
    await page.waitForLoadState('networkidle');
    // A game screen: the map (SVG with styles set from React) and the panels with their meters.
    await page.goto(`${session.server.url}/hotseat`);
    await page.getByRole('button', { name: 'Start the hot-seat game' }).click();
    await page.locator('[data-testid=pass-screen], .game-grid').first().waitFor();
    expect(await violations()).toEqual([]);

    // Positive control: the policy is enforced and the watch sees it.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      await new Promise((r) => setTimeout(r, 200));
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  }, 120_000);
});
