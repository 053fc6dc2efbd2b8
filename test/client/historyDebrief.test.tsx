// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { TableSection } from '../../client/classroom/DebriefPage';
import { EndScreen } from '../../client/game/EndScreen';
import { EVENTS } from '../../shared/data/events';
import { HISTORY_ROUNDS } from '../../shared/data/history';
import { SCENARIOS } from '../../shared/data/scenarios';
import { tableDebrief } from '../../shared/debrief';
import type { GameResult } from '../../shared/scoring';
import { playBotGame } from '../../tools/sim/botGame';
import { viewOf } from './support';

afterEach(cleanup);

const PERSONALITIES = { US: 'hawk', DPRK: 'opportunist', ROK: 'dove', PRC: 'dealmaker', JPN: 'hawk' } as const;
const ROUNDS = 4;

/** The screen-reader table under a chart: each row's label and its numbers. */
function chartRows(title: string): Record<string, string[]> {
  const table = screen.getByRole('table', { name: `${title}, round by round` });
  const rows: Record<string, string[]> = {};
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const [head, ...cells] = Array.from(row.children).map((c) => c.textContent ?? '');
    rows[head ?? ''] = cells;
  }
  return rows;
}

describe("the debrief of history mode lays the real path beside the table's", () => {
  const game = playBotGame({ seed: 'history-debrief', scenario: 'history2018', rounds: ROUNDS }, PERSONALITIES);
  const t = tableDebrief({ table: 2, seats: {}, G: game.state.G, over: true });

  test("each class chart carries history's reading as a second, labelled line, and the table's own line is unchanged", () => {
    render(<TableSection t={t} press={undefined} />);
    const rows = chartRows('Table 2: Tension and capability');
    const start = SCENARIOS.history2018.tracks.tension;
    expect(rows['History: Tension']).toEqual([start, ...HISTORY_ROUNDS.slice(0, ROUNDS).map((r) => r.reading.tension)].map(String));
    expect(rows.Tension).toEqual(t.tracks.map((p) => String(p.tracks.tension)));
    const trust = chartRows('Table 2: Trust and rapport');
    expect(trust['History: Leader rapport US–DPRK']).toEqual(
      [SCENARIOS.history2018.tracks.rapport, ...HISTORY_ROUNDS.slice(0, ROUNDS).map((r) => r.reading.rapport)].map(String),
    );
    const figure = screen.getByRole('figure', { name: 'Table 2: Tension and capability' });
    expect(within(figure.querySelector('ul.legend') as HTMLElement).getByText('History: Tension')).toBeTruthy();
    expect(figure.querySelectorAll('g.reference')).toHaveLength(3);
  });

  test('"your table vs history" names each season, what history chose and what the table chose', () => {
    render(<TableSection t={t} press={undefined} />);
    const section = screen.getByRole('region', { name: 'Your table vs history' });
    const hanoi = within(section).getByTestId('history-round-2');
    expect(hanoi.textContent).toContain('Jan–Mar 2019: Walk-out in Hanoi');
    const walkOut = EVENTS.walkOutInHanoi.choice?.options.find((o) => o.id === 'walkOut')?.label ?? '';
    expect(hanoi.textContent).toContain(`History chose: ${walkOut}`);
    const tableChose = game.state.G.history.find((r) => r.round === 2)?.eventChoice;
    const tableLabel = EVENTS.walkOutInHanoi.choice?.options.find((o) => o.id === tableChose)?.label ?? '';
    expect(tableLabel).not.toBe('');
    expect(hanoi.textContent).toContain(`Your table: ${tableLabel}`);
    expect(
      within(section)
        .getAllByRole('listitem')
        .filter((li) => li.dataset.testid?.startsWith('history-round-')),
    ).toHaveLength(ROUNDS);
  });

  test('the end screen of a history game shows the same overlay', () => {
    render(<EndScreen G={viewOf(game.state, 'US')} result={game.state.ctx.gameover as GameResult} role="US" />);
    expect(chartRows('Danger')['History: DPRK capability']).toEqual(
      [SCENARIOS.history2018.tracks.capability, ...HISTORY_ROUNDS.slice(0, ROUNDS).map((r) => r.reading.capability)].map(String),
    );
    // Tracks history is not read on get no second line.
    expect(Object.keys(chartRows('Defence build-up'))).toEqual(['ROK defence', 'Japan defence']);
    expect(screen.getByRole('region', { name: 'Your table vs history' })).toBeTruthy();
  });

  test("another scenario's debrief has no history line and no comparison", () => {
    const other = playBotGame({ seed: 'history-debrief', scenario: 'singapore2018', rounds: ROUNDS }, PERSONALITIES);
    const d = tableDebrief({ table: 1, seats: {}, G: other.state.G, over: true });
    expect(d.history).toBeNull();
    render(<TableSection t={d} press={undefined} />);
    expect(Object.keys(chartRows('Table 1: Tension and capability'))).toEqual(['Tension', 'DPRK capability', 'DPRK legitimacy']);
    expect(screen.queryByRole('region', { name: 'Your table vs history' })).toBeNull();
  });
});
