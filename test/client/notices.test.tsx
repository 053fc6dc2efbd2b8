// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { Inbox } from '../../client/game/panels/Inbox';
import { Notices } from '../../client/game/panels/Notices';
import { ACTIONS } from '../../shared/data/actions';
import { EVENTS } from '../../shared/data/events';
import { fillMark } from '../../shared/fills';
import { asPhase } from '../../shared/phases';
import { holdingOrders } from '../../shared/rules/orders';
import { startMatch, type MatchState } from '../../tools/sim/headless';
import { everyoneDone, move, newMatch } from '../support/match';
import { recordingSend, viewOf } from './support';

afterEach(cleanup);

/** The US offers North Korea aid for remains; China offers it economic aid for the same. */
function twoOffersToDprk(): MatchState {
  const s = move(newMatch(), 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['returnRemains'] });
  return move(s, 'PRC', 'propose', { to: ['DPRK'], venue: 'beijing', offers: ['prcEconomicAid'], asks: ['returnRemains'] });
}

describe('a seat is told what was done for it without its own click', () => {
  test('leaving the table by the timer is shown to that seat only, and Dismiss removes it', () => {
    const s = move(newMatch(), 'DPRK', 'done', null, fillMark('timer'));
    const { unmount } = render(<Notices G={viewOf(s, 'US')} role="US" phase={asPhase(s.ctx.phase)} />);
    expect(screen.queryByRole('status', { name: 'Notices' })).toBeNull();
    unmount();
    render(<Notices G={viewOf(s, 'DPRK')} role="DPRK" phase={asPhase(s.ctx.phase)} />);
    const notice = screen.getByRole('status', { name: 'Notices' });
    expect(notice.textContent).toContain('Time ran out in round 1: you left the table: no more proposals or answers from you this round.');
    fireEvent.click(within(notice).getByRole('button', { name: /^Dismiss/ }));
    expect(screen.queryByRole('status', { name: 'Notices' })).toBeNull();
  });

  test('orders the teacher filled are named after the round resolves, action by action', () => {
    let s = everyoneDone(newMatch());
    for (const role of ['US', 'DPRK', 'ROK', 'PRC'] as const) s = move(s, role, 'submitOrders', holdingOrders(s.G, role));
    const filled = holdingOrders(s.G, 'JPN');
    s = move(s, 'JPN', 'submitOrders', filled, fillMark('teacher'));
    render(<Notices G={viewOf(s, 'JPN')} role="JPN" phase={asPhase(s.ctx.phase)} />);
    const text = screen.getByRole('status', { name: 'Notices' }).textContent ?? '';
    expect(text).toContain('Your teacher ended the phase in round 1: your orders were given for you: ');
    expect(s.G.history[0]!.orders.JPN).toEqual(filled.actions);
    expect(text).toContain(`your orders were given for you: ${filled.actions.map((a) => ACTIONS[a].label).join(' and ')}.`);
  });

  test("a crisis the timer answered is named with the card's question, not the option alone", () => {
    const start = Array.from({ length: 200 }, (_, i) => startMatch({ seed: `choice-${i}` })).find((m) => m.G.crisis.pendingChoice !== null)!;
    const role = start.G.crisis.pendingChoice!;
    const card = EVENTS[start.G.crisis.event!];
    const option = card.choice!.options[0];
    const s = move(start, role, 'chooseCrisisOption', { option: option.id }, fillMark('timer'));
    render(<Notices G={viewOf(s, role)} role={role} phase={asPhase(s.ctx.phase)} />);
    expect(screen.getByRole('status', { name: 'Notices' }).textContent).toContain(
      `Time ran out in round 1: the crisis was answered for you (${card.title}: ${card.choice!.prompt} — ${option.label}).`,
    );
  });
});

describe('accepting a deal says which other offers lapse, before and after', () => {
  test('Accept asks first, naming the offer that will lapse; confirming sends the answer', () => {
    const state = twoOffersToDprk();
    const { send, sent, G } = recordingSend(state, 'DPRK');
    render(<Inbox G={G} role="DPRK" send={send} onCounter={() => undefined} />);
    const fromUs = screen.getByText('United States offers').closest('li')!;
    fireEvent.click(within(fromUs).getByRole('button', { name: 'Accept' }));
    expect(sent).toEqual([]);
    const confirm = within(fromUs).getByRole('group', { name: 'Confirm accepting' });
    expect(confirm.textContent).toContain('If this deal is signed, this other open offer lapses:');
    expect(confirm.textContent).toContain("China's proposal in Beijing (to you): Economic aid for Return remains");
    fireEvent.click(within(confirm).getByRole('button', { name: 'Back' }));
    expect(sent).toEqual([]);
    fireEvent.click(within(fromUs).getByRole('button', { name: 'Accept' }));
    fireEvent.click(within(fromUs).getByRole('button', { name: 'Accept, and let it lapse' }));
    expect(sent).toEqual([{ move: 'respond', args: [{ proposalId: G.proposals[0]!.id, answer: 'accepted' }] }]);
  });

  test('after the deal is signed, the seat is told which offers lapsed', () => {
    const state = twoOffersToDprk();
    const signed = move(state, 'DPRK', 'respond', { proposalId: state.G.proposals[0]!.id, answer: 'accepted' });
    render(<Notices G={viewOf(signed, 'DPRK')} role="DPRK" phase={asPhase(signed.ctx.phase)} />);
    expect(screen.getByRole('status', { name: 'Notices' }).textContent).toContain(
      "A deal was signed, so this offer lapsed: China's proposal in Beijing (to you): Economic aid for Return remains.",
    );
  });

  test('an offer that lapses nothing is accepted at once', () => {
    const state = move(newMatch(), 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['returnRemains'] });
    const { send, sent, G } = recordingSend(state, 'DPRK');
    render(<Inbox G={G} role="DPRK" send={send} onCounter={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(sent).toHaveLength(1);
  });
});

describe("people's proposals come first; bots' are folded together", () => {
  test("with China a bot, the friend's proposal is listed and China's sits in a closed group that says one awaits an answer", () => {
    const { send, G } = recordingSend(twoOffersToDprk(), 'DPRK');
    render(<Inbox G={G} role="DPRK" send={send} onCounter={() => undefined} bots={['PRC', 'ROK', 'JPN']} />);
    const group = screen.getByText(/^Bots' proposals: 1/).closest('details')!;
    expect(group.open).toBe(false);
    expect(group.textContent).toContain("Bots' proposals: 1 (1 awaiting your answer)");
    expect(within(group).getByText('China offers')).toBeTruthy();
    const lists = document.querySelectorAll('.inbox > .proposal-list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.textContent).toContain('United States offers');
    expect(screen.getByRole('heading', { name: /Proposals this round/ }).textContent).toContain('2 awaiting you');
  });
});

describe('orders a teammate sealed last, from another screen, while this one was still choosing', () => {
  afterEach(() => window.localStorage.clear());
  /** Round 1 resolved: every role sealed its holding orders (for the US, a teammate on another screen). */
  function resolved(fill?: ReturnType<typeof fillMark>): MatchState {
    let s = everyoneDone(newMatch());
    for (const role of ['DPRK', 'ROK', 'PRC', 'JPN'] as const) s = move(s, role, 'submitOrders', holdingOrders(s.G, role));
    return fill ? move(s, 'US', 'submitOrders', holdingOrders(s.G, 'US'), fill) : move(s, 'US', 'submitOrders', holdingOrders(s.G, 'US'));
  }
  const draft = 'peninsula:draft:m1:US:1:orders';
  const keepDraft = () => window.localStorage.setItem(draft, JSON.stringify({ actions: ['personalLetter'], choices: {}, memo: '' }));
  const notices = () => screen.queryByRole('status', { name: 'Notices' })?.textContent ?? '';

  test('a draft kept for the round just resolved: the page says what was sealed and that the draft was not sent, once', () => {
    const s = resolved();
    keepDraft();
    const { unmount } = render(<Notices G={viewOf(s, 'US')} role="US" phase={asPhase(s.ctx.phase)} matchID="m1" />);
    const sealed = s.G.history[0]!.orders.US!.map((a) => ACTIONS[a].label).join(' and ');
    expect(notices()).toContain(
      `Your role's orders for round 1 were sealed from another screen (a teammate's) before you sent yours: ${sealed}. What you had chosen here was not sent.`,
    );
    expect(window.localStorage.getItem(draft)).toBeNull();
    unmount();
    // A reload finds no draft: it is not said again.
    render(<Notices G={viewOf(s, 'US')} role="US" phase={asPhase(s.ctx.phase)} matchID="m1" />);
    expect(notices()).not.toContain('sealed from another screen');
  });

  test('no draft kept (this page sealed, or chose nothing), another seat, or the timer sealed: no such notice', () => {
    const s = resolved();
    render(<Notices G={viewOf(s, 'US')} role="US" phase={asPhase(s.ctx.phase)} matchID="m1" />);
    expect(notices()).not.toContain('sealed from another screen');
    cleanup();
    keepDraft();
    render(<Notices G={viewOf(s, 'DPRK')} role="DPRK" phase={asPhase(s.ctx.phase)} matchID="m1" />);
    expect(notices()).not.toContain('sealed from another screen');
    cleanup();
    const byTimer = resolved(fillMark('timer'));
    render(<Notices G={viewOf(byTimer, 'US')} role="US" phase={asPhase(byTimer.ctx.phase)} matchID="m1" />);
    expect(notices()).toContain('Time ran out in round 1: your orders were given for you');
    expect(notices()).not.toContain('sealed from another screen');
  });
});
