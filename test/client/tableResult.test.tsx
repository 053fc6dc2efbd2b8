// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { TableSection } from '../../client/classroom/DebriefPage';
import { ResultsBoard } from '../../client/classroom/ProjectorPage';
import { TableResult } from '../../client/classroom/TableResult';
import { OUTCOMES } from '../../shared/data/outcomes';
import { classDebrief, tableDebrief } from '../../shared/debrief';
import { ROLES } from '../../shared/roles';
import { playBotGame } from '../../tools/sim/botGame';
import { startMatch } from '../../tools/sim/headless';

afterEach(cleanup);

const PERSONALITIES = { US: 'hawk', DPRK: 'opportunist', ROK: 'dove', PRC: 'dealmaker', JPN: 'hawk' } as const;

describe('a class table stopped early names no winner', () => {
  const stopped = tableDebrief({ table: 3, seats: {}, G: startMatch({ seed: 'stopped-early', rounds: 6 }).G, over: false });

  test.each([
    ['the debrief and a student’s results', () => render(<TableSection t={stopped} press={undefined} />)],
    ['the projector', () => render(<TableResult t={stopped} short />)],
  ])('%s say where it stopped and give the standings so far, highest first', (_, show) => {
    const { container } = show();
    const text = container.textContent ?? '';
    expect(text).toContain('Stopped in round 1 of 6 — no winner. Standings so far:');
    expect(text).not.toMatch(/Winner|Leading/);
    const standings = screen.getByLabelText('Table 3 standings so far');
    const scores = Array.from(standings.children).map((s) => Number(s.textContent?.match(/-?\d+$/)?.[0]));
    expect(scores).toHaveLength(ROLES.length);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores).toEqual(ROLES.map((r) => stopped.seats[r].score).sort((a, b) => b - a));
  });

  test('its debrief claims no outcome: it is stopped early, and the agendas are met or not only so far', () => {
    expect(stopped.outcome).toBeNull();
    expect(stopped.winners).toEqual([]);
    render(<TableSection t={stopped} press={undefined} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Table 3: Stopped early' })).toBeTruthy();
    const text = document.body.textContent ?? '';
    expect(text).toContain('The teacher stopped this table in round 1 of 6, before the game reached an outcome.');
    for (const o of Object.values(OUTCOMES)) expect(text).not.toContain(o.label);
    const agendas = Array.from(document.querySelectorAll('.score-table tbody tr'));
    expect(agendas).toHaveLength(ROLES.length);
    for (const row of agendas) expect(row.textContent).toMatch(/ so far$/);
  });

  test('the class counts it as stopped, not under an outcome, and the projector’s results board says the same', () => {
    const game = playBotGame({ seed: 'played-out', scenario: 'singapore2018', rounds: 4 }, PERSONALITIES);
    const over = tableDebrief({ table: 1, seats: {}, G: game.state.G, over: true });
    const c = classDebrief([
      { table: 3, seats: {}, G: startMatch({ seed: 'stopped-early', rounds: 6 }).G, over: false },
      { table: 1, seats: {}, G: game.state.G, over: true },
    ]);
    expect(c.stopped).toBe(1);
    expect(Object.values(c.outcomes).reduce((s, n) => s + n, 0)).toBe(1);
    expect(c.outcomes[over.outcome!.id]).toBe(1);
    render(<ResultsBoard results={[over, stopped]} />);
    const outcomes = Array.from(document.querySelectorAll('.outcome-list li')).map((li) => li.textContent);
    expect(outcomes).toEqual([`${over.outcome!.label}: 1 table`, 'Stopped early: 1 table']);
    const card = screen.getByRole('article', { name: 'Table 3 results' });
    expect(within(card).getByText('Stopped early', { selector: '.badge' })).toBeTruthy();
    for (const o of Object.values(OUTCOMES)) expect(card.textContent).not.toContain(o.label);
  });

  test('a table played to its end still names its winners', () => {
    const game = playBotGame({ seed: 'played-out', scenario: 'singapore2018', rounds: 4 }, PERSONALITIES);
    const over = tableDebrief({ table: 1, seats: {}, G: game.state.G, over: true });
    render(<TableSection t={over} press={undefined} />);
    const line = document.querySelector('.table-result') as HTMLElement;
    expect(line.textContent).toMatch(over.winners.length ? /^Winners?: .* · 4 of 4 rounds/ : /^No winner\. · 4 of 4 rounds/);
    expect(within(line).queryByText(/Stopped/)).toBeNull();
  });
});
