// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { TableSection } from '../../client/classroom/DebriefPage';
import { TableResult } from '../../client/classroom/TableResult';
import { tableDebrief } from '../../shared/debrief';
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

  test('a table played to its end still names its winners', () => {
    const game = playBotGame({ seed: 'played-out', scenario: 'singapore2018', rounds: 4 }, PERSONALITIES);
    const over = tableDebrief({ table: 1, seats: {}, G: game.state.G, over: true });
    render(<TableSection t={over} press={undefined} />);
    const line = document.querySelector('.table-result') as HTMLElement;
    expect(line.textContent).toMatch(over.winners.length ? /^Winners?: .* · 4 of 4 rounds/ : /^No winner\. · 4 of 4 rounds/);
    expect(within(line).queryByText(/Stopped/)).toBeNull();
  });
});
