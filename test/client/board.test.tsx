// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { CommitmentsPanel } from '../../client/game/panels/CommitmentsPanel';
import { CrisisCard } from '../../client/game/panels/CrisisCard';
import { LastRound } from '../../client/game/panels/LastRound';
import { NewsLog, NewsTicker } from '../../client/game/panels/News';
import { PhaseBar } from '../../client/game/panels/PhaseBar';
import { RoleCard } from '../../client/game/panels/RoleCard';
import { TracksPanel } from '../../client/game/panels/TracksPanel';
import { AGENDAS } from '../../shared/data/agendas';
import { SCENARIOS } from '../../shared/data/scenarios';
import { EVENTS } from '../../shared/data/events';
import { FLAG_INFO, TRACK_INFO, TRACKS } from '../../shared/tracks';
import { startMatch } from '../../tools/sim/headless';
import { everyoneDone, move, newMatch, quietRound, submitOrders } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(cleanup);

describe('the tracks panel', () => {
  test('every track shows its value, and its explanation is tied to it for hover and keyboard focus', () => {
    const G = viewOf(newMatch(), 'US');
    render(<TracksPanel G={G} />);
    const rows = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-track'));
    expect(rows.map((r) => r.getAttribute('data-track'))).toEqual([...TRACKS]);
    for (const row of rows) {
      const track = row.getAttribute('data-track') as (typeof TRACKS)[number];
      expect(row.tabIndex).toBe(0);
      const tip = document.getElementById(row.getAttribute('aria-describedby')!)!;
      expect(tip.textContent).toBe(TRACK_INFO[track].explain);
      expect(within(row).getByText(String(G.tracks[track]), { selector: 'b' })).toBeTruthy();
    }
  });

  test('a track that moved since the previous round began shows by how much', () => {
    const state = quietRound(newMatch());
    const G = viewOf(state, 'US');
    const start = SCENARIOS.singapore2018.tracks;
    render(<TracksPanel G={G} />);
    const moved = TRACKS.filter((t) => G.tracks[t] !== start[t]);
    expect(moved.length).toBeGreaterThan(0);
    for (const track of TRACKS) {
      const row = screen.getAllByRole('listitem').find((li) => li.getAttribute('data-track') === track)!;
      const delta = G.tracks[track] - start[track];
      const label = row.querySelector('.track-delta')?.getAttribute('aria-label');
      expect(label).toBe(delta === 0 ? undefined : `${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} since the previous round began`);
    }
    expect(screen.getByText(/Test moratorium/).textContent).toContain(G.flags.moratorium ? 'holds' : 'off');
  });

  test('the brink is shown as a warning while it holds, with what it means', () => {
    const G = viewOf(newMatch(), 'US');
    render(<TracksPanel G={G} />);
    expect(screen.getByText(/On the brink/).textContent).toMatch(/^○ On the brink: no/);
    cleanup();
    render(<TracksPanel G={{ ...G, flags: { ...G.flags, brink: true } }} />);
    const row = screen.getByText(/On the brink/);
    expect(row.textContent).toContain('tension must end this round at 8 or less, or it is war');
    expect(row.className).toContain('warn');
    expect(document.getElementById(row.getAttribute('aria-describedby')!)!.textContent).toBe(FLAG_INFO.brink.explain);
  });
});

describe('the role card', () => {
  test("shows the seat's objectives scored now and its own secret agenda", () => {
    const state = newMatch();
    const G = viewOf(state, 'JPN');
    render(<RoleCard G={G} role="JPN" />);
    const agenda = AGENDAS[G.private.JPN!.agenda!];
    expect(screen.getByTestId('secret-agenda').textContent).toContain(agenda.label);
    expect(screen.getByText('Low DPRK capability').parentElement?.textContent).toContain(String(10 - G.tracks.capability));
  });

  test("another seat's view never holds this seat's agenda", () => {
    const state = newMatch();
    const mine = AGENDAS[state.G.private.JPN!.agenda!].label;
    const { container } = render(<RoleCard G={viewOf(state, 'US')} role="US" />);
    expect(container.textContent).toContain(AGENDAS[state.G.private.US!.agenda!].label);
    expect(container.textContent).not.toContain(mine);
  });
});

describe('the crisis card', () => {
  test('a card with a choice for this seat previews each option and sends the choice', () => {
    // Find a seed whose first card asks someone to choose.
    let state = startMatch({ seed: 'crisis-0', scenario: 'singapore2018' });
    for (let i = 1; state.G.crisis.pendingChoice === null && i < 200; i++) state = startMatch({ seed: `crisis-${i}`, scenario: 'singapore2018' });
    const role = state.G.crisis.pendingChoice!;
    const card = EVENTS[state.G.crisis.event!];
    const { send, sent, G } = recordingSend(state, role);
    render(<CrisisCard G={G} playerID={String(['US', 'DPRK', 'ROK', 'PRC', 'JPN'].indexOf(role))} send={send} />);
    expect(screen.getByRole('heading', { name: card.title })).toBeTruthy();
    const group = screen.getByRole('group', { name: card.choice!.prompt });
    expect(within(group).getAllByRole('list', { name: 'Effects on the board' }).length + within(group).queryAllByText('No change to the board').length).toBe(2);
    fireEvent.click(within(group).getByRole('button', { name: card.choice!.options[1].label }));
    expect(sent).toEqual([{ move: 'chooseCrisisOption', args: [{ option: card.choice!.options[1].id }] }]);
  });
});

describe('news, commitments and the last round', () => {
  test('the ticker and the log tell the game in plain language from G.headlines', () => {
    const state = quietRound(newMatch());
    const G = viewOf(state, null);
    render(
      <>
        <NewsTicker G={G} />
        <NewsLog G={G} />
      </>,
    );
    const latest = G.headlines[G.headlines.length - 1]!;
    expect(screen.getByRole('region', { name: 'Latest news' }).textContent).toContain(latest.text);
    expect(screen.getByRole('heading', { name: 'Round 1' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Round 2' })).toBeTruthy();
  });

  test('an agreement and the commitment it binds are listed; the bound seat is told what complying forbids', () => {
    let state = newMatch();
    state = move(state, 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium'] });
    state = move(state, 'DPRK', 'respond', { proposalId: state.G.proposals[0]!.id, answer: 'accepted' });
    render(<CommitmentsPanel G={viewOf(state, 'DPRK')} role="DPRK" />);
    expect(screen.getByText(/deal between/).closest('li')?.textContent).toContain('Partial sanctions relief; Test moratorium');
    const binding = screen.getByRole('heading', { name: 'Binding you' }).nextElementSibling?.nextElementSibling;
    expect(screen.getByText('Test moratorium', { selector: 'b' }).parentElement?.textContent).toContain('Complying forbids: Missile test, Nuclear test');
    expect(binding).toBeTruthy();
  });

  test('after a resolution every role’s orders are revealed in resolution order', () => {
    const state = submitOrders(everyoneDone(newMatch()), { US: { actions: ['pressChina', 'reassureAllies'], commitments: {} } });
    render(<LastRound G={viewOf(state, 'DPRK')} />);
    const revealed = screen.getByTestId('resolution');
    expect(revealed.textContent).toContain('Round 1 resolved');
    const items = within(revealed)
      .getAllByRole('listitem')
      .filter((li) => li.closest('.revealed'));
    expect(items.map((li) => li.querySelector('.role-chip')?.textContent)).toEqual(['PRC', 'DPRK', 'ROK', 'JPN', 'US']);
    expect(items[4]?.textContent).toContain('Press China · Reassure allies');
  });
});

describe('the phase bar', () => {
  test('shows the round, the current phase, a server deadline and what each seat is doing', () => {
    const state = move(newMatch(), 'ROK', 'done');
    render(
      <PhaseBar
        G={viewOf(state, 'US')}
        phase="diplomacy"
        seats={[
          { role: 'US', kind: 'human', name: 'Alice', connected: true },
          { role: 'DPRK', kind: 'human', name: 'Bob', connected: false },
        ]}
        deadline={{ deadline: Date.now() + 90_000, paused: false }}
      />,
    );
    expect(screen.getByLabelText('Round 1 of 6')).toBeTruthy();
    expect(screen.getByText('Diplomacy').getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('timer').textContent).toMatch(/^1:(29|30) left$/);
    const seats = screen.getByRole('list', { name: 'Seats' });
    expect(within(seats).getByTitle('South Korea: empty seat, left the table')).toBeTruthy();
    expect(within(seats).getByTitle('North Korea: Bob, talking').textContent).toContain('offline');
  });
});
