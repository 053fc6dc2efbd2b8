// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { HotSeatEngine } from '../../client/hotseat/engine';
import { nextSeat, seatsToAct } from '../../client/hotseat/handoff';
import { HotSeatGame } from '../../client/hotseat/HotSeatGame';
import type { HotSeatOptions } from '../../client/hotseat/engine';
import { loadHotSeat } from '../../client/hotseat/saved';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const base: HotSeatOptions = { humans: ['US', 'DPRK'], personality: 'dealmaker', setup: { scenario: 'singapore2018', rounds: 4 } };

/** A seed whose first event card asks nobody to choose, so round 1 opens at the table. */
function quietSeed(): string {
  for (let i = 0; ; i++) {
    const engine = new HotSeatEngine({ ...base, setup: { ...base.setup, seed: `hotseat-${i}` } });
    const phase = engine.state().ctx.phase;
    engine.stop();
    if (phase === 'diplomacy') return `hotseat-${i}`;
  }
}
const options: HotSeatOptions = { ...base, setup: { ...base.setup, seed: quietSeed() } };

function passScreenFor(name: string) {
  const pass = screen.getByTestId('pass-screen');
  expect(pass.textContent).toContain(`Pass the screen to ${name}`);
  return pass;
}

/** A conversation in the open Press tab. */
function conversationWith(role: string): HTMLElement {
  const button = document.querySelector<HTMLElement>(`[data-conversation="${role}"]`);
  if (!button) throw new Error(`no conversation with ${role}`);
  return button;
}

function reveal(name: string) {
  fireEvent.click(screen.getByRole('button', { name: `I am ${name} — show my screen` }));
}

function readAgenda(): string {
  fireEvent.click(screen.getByRole('tab', { name: 'Your role' }));
  const label = screen.getByTestId('secret-agenda').querySelector('.agenda-label')?.textContent ?? '';
  fireEvent.click(screen.getByRole('tab', { name: /^Act/ }));
  return label;
}

describe('hot-seat', () => {
  test('the engine lets bots act and stops when only people are left to move', () => {
    const engine = new HotSeatEngine(options);
    const { G, ctx } = engine.state();
    expect(ctx.phase).toBe('diplomacy');
    // Bots stay at the table while people talk; the two people still owe a turn.
    expect(seatsToAct(G, ctx, engine.humans)).toEqual(['US', 'DPRK']);
    expect(nextSeat(['US', 'DPRK'], 'US')).toBe('DPRK');
    expect(nextSeat(['US', 'DPRK'], 'DPRK')).toBe('US');
    expect(nextSeat(['US'], 'US')).toBe('US');
    expect(nextSeat([], 'US')).toBeNull();
    engine.stop();
  });

  test('a round in turn: the pass screen never holds the other seat’s agenda or orders, and the round resolves', () => {
    render(<HotSeatGame options={options} onQuit={() => undefined} />);
    passScreenFor('United States');
    expect(document.querySelector('[data-testid=secret-agenda]')).toBeNull();
    reveal('United States');
    const usAgenda = readAgenda();
    expect(usAgenda.length).toBeGreaterThan(0);

    // The United States leaves the table: the screen goes to North Korea, and the curtain hides everything.
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    passScreenFor('North Korea');
    expect(document.body.textContent).not.toContain(usAgenda);
    expect(document.querySelector('.game-grid')).toBeNull();
    reveal('North Korea');
    const dprkAgenda = readAgenda();
    expect(document.body.textContent).not.toContain(usAgenda);
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));

    // North Korea left last, so orders begin with North Korea still at the screen: no pass screen to the same person.
    expect(screen.queryByTestId('pass-screen')).toBeNull();
    expect(screen.getByText('Orders').getAttribute('aria-current')).toBe('step');
    fireEvent.click(screen.getByRole('checkbox', { name: /Charm offensive/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Cyber operation/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));

    passScreenFor('United States');
    expect(document.body.textContent).not.toContain(dprkAgenda);
    expect(document.body.textContent).not.toContain('Cyber operation');
    reveal('United States');
    expect(document.body.textContent).not.toContain('Cyber operation');
    fireEvent.click(screen.getByRole('checkbox', { name: /Reassure allies/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Press China/ }));
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Seal my orders' }));
    });

    // Resolved: the group sees the round together (public only), then round 2 begins behind the pass screen.
    const shared = screen.getByTestId('round-reveal');
    expect(within(shared).getByText('Reassure allies · Press China')).toBeTruthy();
    expect(within(shared).getByText('Charm offensive · Cyber operation')).toBeTruthy();
    expect(shared.textContent).not.toContain(usAgenda);
    expect(shared.textContent).not.toContain(dprkAgenda);
    fireEvent.click(within(shared).getByRole('button', { name: /Go on to round 2: pass the screen to United States/ }));
    const pass = passScreenFor('United States');
    expect(pass.textContent).toContain('Round 2');
    reveal('United States');
    expect(within(screen.getByTestId('resolution')).getByText('Charm offensive · Cyber operation')).toBeTruthy();
  }, 60_000); // a whole round: three bots think through their orders and the next crisis (9 s alone on a loaded machine)

  test('one person with four bots never sees a pass screen', () => {
    render(<HotSeatGame options={{ ...options, humans: ['ROK'] }} onQuit={() => undefined} />);
    expect(screen.queryByTestId('pass-screen')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    expect(screen.queryByTestId('pass-screen')).toBeNull();
    expect(screen.getByText('Orders').getAttribute('aria-current')).toBe('step');
  });

  test('a reload resumes the match behind the pass screen of the seat that held it, with nothing private on the page', () => {
    render(<HotSeatGame options={options} onQuit={() => undefined} />);
    reveal('United States');
    const usAgenda = readAgenda();
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    reveal('North Korea');
    const dprkAgenda = readAgenda();
    cleanup(); // the page goes away (F5): only localStorage is left

    const saved = loadHotSeat();
    expect(saved?.handoff.holder).toBe('DPRK');
    render(<HotSeatGame options={saved!.options} saved={saved} onQuit={() => undefined} />);
    const pass = passScreenFor('North Korea');
    expect(pass.textContent).toContain('goes on where it stopped');
    expect(document.body.textContent).not.toContain(dprkAgenda);
    expect(document.body.textContent).not.toContain(usAgenda);
    reveal('North Korea');
    expect(readAgenda()).toBe(dprkAgenda);
    // The United States' leaving survived the reload: North Korea is the last one talking.
    expect(screen.getByTitle(/United States: at this screen, left the table/)).toBeTruthy();
  });

  test('a seat that passes the screen but stays at the table is not called back only to leave: the table leaves for it', () => {
    render(<HotSeatGame options={options} onQuit={() => undefined} />);
    reveal('United States');
    fireEvent.click(screen.getByRole('button', { name: 'Pass the screen, stay at the table' }));
    reveal('North Korea');
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    // Nothing new awaits the United States, so orders begin, North Korea still at the screen.
    expect(screen.queryByTestId('pass-screen')).toBeNull();
    expect(screen.getByText('Orders').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTitle(/United States: at this screen, choosing orders/)).toBeTruthy();
  });

  test('a message waiting for a seat shows on its Press tab once that seat holds the screen, and only then', async () => {
    render(<HotSeatGame options={options} onQuit={() => undefined} />);
    reveal('United States');
    fireEvent.click(screen.getByRole('tab', { name: /^Press/ }));
    fireEvent.click(within(document.querySelector<HTMLElement>('section.press')!).getByRole('button', { name: 'North Korea' }));
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'Meet me in Hanoi.' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
    // The sender has nothing unread: the badge is the reader's.
    expect(screen.getByRole('tab', { name: /^Press/ }).textContent).toBe('Press');
    fireEvent.click(screen.getByRole('tab', { name: /^Act/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    // The curtain shows no count and no message.
    expect(passScreenFor('North Korea').textContent).not.toMatch(/unread|Hanoi/);
    reveal('North Korea');
    // The bots at the table wrote to North Korea when the talks opened (botOpening, test/press/botOpening.test.ts): unread too.
    const toNorthKorea = loadHotSeat()!.press!.messages.filter((m) => m.to !== 'all' && m.to.includes('DPRK'));
    expect(toNorthKorea.map((m) => m.from)).toContain('US');
    expect(screen.getByLabelText(`${toNorthKorea.length} unread messages`)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /^Press/ }));
    fireEvent.click(conversationWith('US'));
    expect(document.body.textContent).toContain('Meet me in Hanoi.');
    // Read: the US conversation's one message; the bots' openings wait in their own conversations.
    const left = toNorthKorea.length - 1;
    if (left === 0) expect(screen.queryByLabelText(/unread messages/)).toBeNull();
    else expect(screen.getByLabelText(`${left} unread messages`)).toBeTruthy();
  });

  test('leaving the page asks first only when the browser could not keep the game', () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    render(<HotSeatGame options={options} onQuit={() => undefined} />);
    expect(leaving()).toBe(false);
    cleanup();
    // Storage full (or refused by the browser): now a reload would lose the game, so the page asks.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      render(<HotSeatGame options={options} onQuit={() => undefined} />);
      expect(leaving()).toBe(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
