// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GameScreen } from '../../client/game/GameScreen';
import { GUIDE_STORAGE_KEY } from '../../client/learn/guide/useGuide';
import { GUIDE_STEPS, stepToShow } from '../../shared/learn/guide';
import { ROLES } from '../../shared/roles';
import { everyoneDone, newMatch, quietRound } from '../support/match';
import { startMatch } from '../../tools/sim/headless';
import { recordingSend } from './support';

const seats = ROLES.map((role) => ({ role, kind: 'human' as const, name: role.toLowerCase(), connected: true }));

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** requestAnimationFrame callbacks (the guide outlines and focuses its step in one). */
async function frame() {
  await act(async () => {
    await new Promise((resolve) => window.requestAnimationFrame(() => resolve(null)));
  });
}

function screenFor(state = newMatch(), playerID: string | null = '0', inClass = false) {
  const { send, G, ctx } = recordingSend(state, playerID === null ? null : ROLES[Number(playerID)]!);
  return <GameScreen G={G} ctx={ctx} playerID={playerID} send={send} seats={seats} isConnected inClass={inClass} />;
}

/** The offer's explanation paragraph: what makes it tall (~280 px on a phone). */
const offerText = () => screen.queryByText('A guided first round shows you the screen in six short steps while you play.');

describe('the guided first round', () => {
  test('a newcomer is offered it once; "No thanks" is remembered by the browser', () => {
    render(screenFor());
    expect(screen.getByRole('heading', { name: 'New to Peninsula?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No thanks' }));
    expect(screen.queryByRole('heading', { name: 'New to Peninsula?' })).toBeNull();
    expect(window.localStorage.getItem(GUIDE_STORAGE_KEY)).toBe('skipped');
    cleanup();
    render(screenFor());
    expect(screen.queryByRole('heading', { name: 'New to Peninsula?' })).toBeNull();
  });

  test('the offer never pushes a decision down: one slim line while the seat has a move to make, or sits in a class; in full while it waits', () => {
    // A first round whose card asks the United States: China waits for the answer, the United States decides.
    const asksUS = Array.from({ length: 200 }, (_, i) => startMatch({ seed: `us-choice-${i}` })).find((s) => s.G.crisis.pendingChoice === 'US');
    if (!asksUS) throw new Error('no seed of 200 opens with a card for the United States');
    const slim = () => screen.getByRole('region', { name: 'New to Peninsula?' }).classList.contains('slim');
    render(screenFor(asksUS, '0'));
    expect(slim()).toBe(true);
    expect(offerText()).toBeNull();
    expect(screen.getByRole('button', { name: 'Start the guided round' })).toBeTruthy();
    cleanup();
    // Positive control: a seat with nothing to decide reads the whole offer.
    render(screenFor(asksUS, '3'));
    expect(slim()).toBe(false);
    expect(offerText()).toBeTruthy();
    cleanup();
    // A class student waiting on the same card: the teacher explains, the clock runs; still one line.
    render(screenFor(asksUS, '3', true));
    expect(slim()).toBe(true);
    cleanup();
    // Diplomacy: every seat still at the table has moves to make.
    render(screenFor(newMatch(), '1'));
    expect(slim()).toBe(true);
  });

  test('a spectator is not offered it', () => {
    render(screenFor(newMatch(), null));
    expect(screen.queryByRole('heading', { name: 'New to Peninsula?' })).toBeNull();
  });

  test('its steps follow the round: role, board, crisis, a deal; then it waits for orders, and for the resolution', async () => {
    const diplomacy = newMatch();
    const { rerender } = render(screenFor(diplomacy));
    fireEvent.click(screen.getByRole('button', { name: 'Start the guided round' }));
    await frame();
    const dialog = screen.getByRole('dialog', { name: 'Your role and what you score' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement?.textContent).toBe('Your role and what you score');
    expect(screen.getByRole('tab', { name: 'Your role' }).getAttribute('aria-selected')).toBe('true');
    expect(dialog.textContent).toContain('You are United States');
    expect(document.querySelector('.guide-target')?.getAttribute('data-guide')).toBe('act');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    await frame();
    expect(screen.getByRole('dialog', { name: 'The board' })).toBeTruthy();
    expect(document.querySelector('.guide-target')?.getAttribute('data-guide')).toBe('board');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await frame();
    expect(screen.getByRole('dialog', { name: 'Propose and answer a deal' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^Act/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('dialog', { name: 'Play on' }).textContent).toContain('begins when the orders phase does');

    const orders = everyoneDone(diplomacy);
    rerender(screenFor(orders));
    await frame();
    expect(screen.getByRole('dialog', { name: 'Choose orders; keep or break a commitment' })).toBeTruthy();
    expect(document.activeElement?.id).toBe('guide-title');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('dialog', { name: 'Play on' })).toBeTruthy();

    rerender(screenFor(quietRound(diplomacy)));
    await frame();
    const last = screen.getByRole('dialog', { name: 'Read the resolution' });
    // The wrapper is `display: contents` in the browser, so there the outline goes on the panel itself.
    expect(document.querySelector('.guide-target')?.closest('[data-guide]')?.getAttribute('data-guide')).toBe('resolution');
    expect(document.querySelector('.guide-target [data-testid=resolution], [data-testid=resolution].guide-target')).not.toBeNull();
    fireEvent.click(within(last).getByRole('button', { name: 'Finish' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.localStorage.getItem(GUIDE_STORAGE_KEY)).toBe('done');
  });

  test('when the crisis asks the newcomer to choose, its step opens the Act panel with the choice; "Choose now" opens it too', async () => {
    // A real first round whose card asks the United States (bounded search over fixed seeds).
    const asksUS = Array.from({ length: 200 }, (_, i) => startMatch({ seed: `us-choice-${i}` })).find((s) => s.G.crisis.pendingChoice === 'US');
    if (!asksUS) throw new Error('no seed of 200 opens with a card for the United States');
    render(screenFor(asksUS));
    fireEvent.click(screen.getByRole('button', { name: 'Start the guided round' }));
    await frame();
    expect(screen.getByRole('tab', { name: 'Your role' }).getAttribute('aria-selected')).toBe('true');
    expect(document.querySelector('.crisis-choice')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await frame();
    expect(screen.getByRole('dialog', { name: 'The crisis' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /^Act/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.querySelectorAll('.crisis-choice button').length).toBeGreaterThan(0);

    // Without the guide: a reader on the role card follows the centre card's pointer to the choice.
    fireEvent.click(screen.getByRole('tab', { name: 'Your role' }));
    expect(document.querySelector('.crisis-choice')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose now' }));
    expect(screen.getByRole('tab', { name: /^Act/ }).getAttribute('aria-selected')).toBe('true');
    expect(document.querySelectorAll('.crisis-choice button').length).toBeGreaterThan(0);
  });

  test('Escape skips it, and the Help menu replays it from the first step', async () => {
    render(screenFor());
    fireEvent.click(screen.getByRole('button', { name: 'Start the guided round' }));
    await frame();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.localStorage.getItem(GUIDE_STORAGE_KEY)).toBe('skipped');
    const help = screen.getByRole('button', { name: 'Help' });
    fireEvent.click(help);
    expect(help.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('group', { name: 'Help' });
    expect(
      within(menu)
        .getByRole('link', { name: /Glossary/ })
        .getAttribute('href'),
    ).toBe('/learn/glossary');
    expect(
      within(menu)
        .getByRole('link', { name: /Your role card/ })
        .getAttribute('href'),
    ).toBe('/learn/roles/US');
    expect(
      within(menu)
        .getByRole('link', { name: /Full rules/ })
        .getAttribute('target'),
    ).toBe('_blank');
    fireEvent.click(within(menu).getByRole('button', { name: 'Replay the guided round' }));
    await frame();
    expect(screen.getByRole('dialog', { name: 'Your role and what you score' })).toBeTruthy();
  });

  test('a guide started once orders are under way skips the diplomacy step', () => {
    const s = { phase: 'orders', round: 1, startRound: 1, over: false };
    expect(GUIDE_STEPS[stepToShow(3, s)!]?.id).toBe('orders');
    expect(stepToShow(5, s)).toBeNull();
    expect(GUIDE_STEPS[stepToShow(4, { ...s, round: 2 })!]?.id).toBe('resolution');
  });
});
