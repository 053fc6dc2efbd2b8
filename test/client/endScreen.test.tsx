// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { EndScreen } from '../../client/game/EndScreen';
import { AGENDAS } from '../../shared/data/agendas';
import { OUTCOMES, WAR_BLAME_POINTS } from '../../shared/data/outcomes';
import { ROLES } from '../../shared/roles';
import { finalResult, type GameResult } from '../../shared/scoring';
import { newMatch, quietRound } from '../support/match';
import { viewOf } from './support';

afterEach(cleanup);

function finishedMatch() {
  let state = newMatch({ rounds: 4 });
  for (let i = 0; i < 4 && state.ctx.gameover === undefined; i++) state = quietRound(state);
  return state;
}

describe('the end screen', () => {
  test('shows the outcome, every score with its parts, and every agenda revealed', () => {
    const state = finishedMatch();
    const result = state.ctx.gameover as GameResult;
    expect(result).toBeDefined();
    render(<EndScreen G={viewOf(state, 'US')} result={result} role="US" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(OUTCOMES[result.outcome].label);
    for (const role of ROLES) {
      const agenda = result.agendas[role]!;
      expect(screen.getByTestId(`agenda-${role}`).textContent).toContain(AGENDAS[agenda].label);
      const row = screen.getByTestId(`agenda-${role}`).closest('tr')!;
      expect(row.querySelector('.total')?.textContent).toBe(String(result.scores[role].total));
    }
    // Ranked by total, highest first.
    const totals = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => Number(r.querySelector('.total')?.textContent));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  test('charts every track round by round, from the scenario start to the last round', () => {
    const state = finishedMatch();
    render(<EndScreen G={viewOf(state, null)} result={state.ctx.gameover as GameResult} role={undefined} />);
    const danger = screen.getByRole('figure', { name: 'Danger' });
    const lines = danger.querySelectorAll('polyline');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.getAttribute('points')!.split(' ')).toHaveLength(1 + state.G.history.length);
    // The same numbers for screen readers, in a table.
    const table = within(danger).getByRole('table', { hidden: true });
    const tension = within(table).getByRole('rowheader', { name: 'Tension', hidden: true }).closest('tr')!;
    expect([...tension.querySelectorAll('td')].map((td) => Number(td.textContent))).toEqual([4, ...state.G.history.map((h) => h.tracks.tension)]);
  });

  test('a war names its cause and who bears the blame, whose outcome column shows the points it lost', () => {
    const state = finishedMatch();
    const war = { round: 3, cause: 'North Korea fires a ballistic missile into the sea', blamed: 'DPRK' as const };
    const result = finalResult({ ...state.G, war });
    render(<EndScreen G={viewOf(state, 'JPN')} result={result} role="JPN" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('War');
    expect(screen.getByText(/War broke out in round 3/).textContent).toBe(
      `War broke out in round 3 after: North Korea fires a ballistic missile into the sea. North Korea's orders raised tension most in that last round: it bears the blame, ${WAR_BLAME_POINTS} points off its score.`,
    );
    expect(screen.getByText('Nobody wins.')).toBeTruthy();
    const outcomeOf = (role: string) => screen.getByTestId(`agenda-${role}`).closest('tr')!.querySelector('[data-label="Outcome"]')?.textContent;
    expect(outcomeOf('DPRK')).toBe(String(-WAR_BLAME_POINTS));
    expect(outcomeOf('JPN')).toBe('0');
  });
});
