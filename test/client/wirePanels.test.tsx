// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CommitmentsPanel } from '../../client/game/panels/CommitmentsPanel';
import { TracksPanel } from '../../client/game/panels/TracksPanel';
import { playerView, wireView } from '../../shared/playerView';
import { playerOfRole, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import { botGameStates } from '../support/botGameStates';

/** Late in a deal-making game: an online update leaves commitments out that the whole view lists. */
const states = botGameStates('wire-view-1');
const late = states.findLast((s) => s.ctx.gameover === undefined && wireView(s.G, '0', false).commitments.length < s.G.commitments.length)!;
const role: Role = 'DPRK';
const sent = wireView(late.G, playerOfRole(role), false);
const whole = playerView(late.G, playerOfRole(role));

/** What the server's public routes answer for the match (server/http/routes/matches.ts), with the URLs asked. */
function serveMatch(G: PeninsulaState, status = 200): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const body = url.endsWith('/commitments') ? { commitments: G.commitments } : { headlines: G.headlines };
    return new Response(JSON.stringify(status === 200 ? body : { error: 'boom' }), { status, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

function panelText(): string {
  return screen.getByRole('region', { name: 'Agreements and commitments' }).textContent ?? '';
}

beforeEach(() => {
  vi.unstubAllGlobals();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the panels read an online update as they read the whole view', () => {
  test('the Deals panel asks the server for the commitments settled before the recent rounds and then lists exactly what the whole view lists', async () => {
    expect(sent.recentSince).toBeDefined();
    render(<CommitmentsPanel G={whole} role={role} />);
    const wholeText = panelText();
    cleanup();

    const asked = serveMatch(late.G);
    render(<CommitmentsPanel G={sent} role={role} matchID="m 1" />);
    // Until the answer is in, the update's own commitments are listed: those in force and the recently settled.
    expect(panelText()).not.toBe(wholeText);
    await waitFor(() => expect(panelText()).toBe(wholeText));
    expect(asked).toEqual(['/api/matches/m%201/commitments']);
  });

  test('without a match (hot-seat) nothing is asked; a refused request leaves the update’s commitments listed', async () => {
    const asked = serveMatch(late.G, 500);
    render(<CommitmentsPanel G={sent} role={role} />);
    const alone = panelText();
    expect(asked).toEqual([]);
    cleanup();
    render(<CommitmentsPanel G={sent} role={role} matchID="m1" />);
    await waitFor(() => expect(asked).toEqual(['/api/matches/m1/commitments']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(panelText()).toBe(alone);
    for (const c of sent.commitments.filter((x) => x.status !== 'active')) expect(alone).toContain(c.status);
  });

  test('the tracks panel shows the same changes since the last round began from an update as from the whole view', () => {
    expect(sent.history.length).toBeLessThan(whole.history.length);
    render(<TracksPanel G={whole} />);
    const wholeText = screen.getAllByRole('listitem').map((li) => li.textContent);
    cleanup();
    render(<TracksPanel G={sent} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(wholeText);
    expect(document.querySelectorAll('.track-delta').length).toBeGreaterThan(0);
  });
});
