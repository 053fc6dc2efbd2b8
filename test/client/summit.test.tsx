// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { DiplomacyPanel } from '../../client/game/panels/DiplomacyPanel';
import { Inbox } from '../../client/game/panels/Inbox';
import { SummitComposer } from '../../client/game/panels/SummitComposer';
import type { MatchState } from '../../tools/sim/headless';
import { move, newMatch } from '../support/match';
import { recordingSend } from './support';

afterEach(() => {
  cleanup();
  window.localStorage.clear(); // the composer keeps its draft in the browser (client/game/panels/drafts.ts): each test starts blank
});

function invite(name: RegExp) {
  fireEvent.click(within(screen.getByRole('group', { name: 'Invite' })).getByRole('checkbox', { name }));
}
function pick(group: 'You offer' | 'You ask for', name: RegExp) {
  fireEvent.click(within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name }));
}

function withProposal(): MatchState {
  return move(newMatch(), 'US', 'propose', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['returnRemains'] });
}

describe('the summit composer', () => {
  test('partners, venue, offers and asks make a proposal, with the agreement previewed by the ruleset', () => {
    const { send, sent, G } = recordingSend(newMatch(), 'US');
    render(<SummitComposer G={G} role="US" send={send} />);
    invite(/North Korea/);
    fireEvent.change(screen.getByLabelText('Venue'), { target: { value: 'singapore' } });
    pick('You offer', /Humanitarian aid/);
    pick('You ask for', /Allow inspections/);
    const preview = screen.getByRole('heading', { name: 'If agreed now' }).parentElement!;
    expect(preview.textContent).toContain('This would be a deal');
    // Singapore adds legitimacy; inspections add credibility; a leaders' summit adds rapport.
    expect(preview.textContent).toContain(`DPRK legitimacy ${G.tracks.legitimacy}→`);
    expect(preview.textContent).toContain(`Leader rapport US–DPRK ${G.tracks.rapport}→`);
    fireEvent.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(sent).toEqual([{ move: 'propose', args: [{ to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['allowInspections'] }] }]);
  });

  test('a package the rules refuse shows the reason and cannot be sent', () => {
    const { send, sent, G } = recordingSend(newMatch(), 'US');
    render(<SummitComposer G={G} role="US" send={send} />);
    invite(/South Korea/);
    fireEvent.change(screen.getByLabelText('Venue'), { target: { value: 'beijing' } });
    pick('You offer', /Reassure|Security guarantee/);
    expect(screen.getByTestId('refusal').textContent).toMatch(/needs North Korea at the table|needs China at the table/);
    expect((screen.getByRole('button', { name: 'Send proposal' }) as HTMLButtonElement).disabled).toBe(true);
    expect(sent).toEqual([]);
  });

  test('below rapport 3 the leaders cannot meet without a mediator, and the composer says so', () => {
    const state = newMatch();
    const { send, G } = recordingSend(state, 'US');
    render(<SummitComposer G={{ ...G, tracks: { ...G.tracks, rapport: 2 } }} role="US" send={send} />);
    invite(/North Korea/);
    pick('You offer', /Humanitarian aid/);
    expect(screen.getByTestId('refusal').textContent).toContain('Rapport is below 3');
  });
});

describe('the inbox', () => {
  test('an invitee sees the package and its preview, and accepting sends respond', () => {
    const state = withProposal();
    const { send, sent, G } = recordingSend(state, 'DPRK');
    render(<Inbox G={G} role="DPRK" send={send} onCounter={() => undefined} />);
    expect(screen.getByRole('heading', { name: /Proposals this round/ }).textContent).toContain('1 awaiting you');
    const card = screen.getByText('Return remains (North Korea)').closest('li')!;
    expect(card.textContent).toContain('United States offers');
    expect(within(card).getByText(/What signing would do/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Accept' }));
    expect(sent).toEqual([{ move: 'respond', args: [{ proposalId: G.proposals[0]!.id, answer: 'accepted' }] }]);
  });

  test('rejecting sends respond with "rejected"; the proposer can walk out instead', () => {
    const state = withProposal();
    const dprk = recordingSend(state, 'DPRK');
    const { unmount } = render(<Inbox G={dprk.G} role="DPRK" send={dprk.send} onCounter={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));
    expect(dprk.sent[0]?.args).toEqual([{ proposalId: dprk.G.proposals[0]!.id, answer: 'rejected' }]);
    unmount();
    const us = recordingSend(state, 'US');
    render(<Inbox G={us.G} role="US" send={us.send} onCounter={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Walk out' }));
    expect(us.sent).toEqual([{ move: 'walkOut', args: [{ proposalId: us.G.proposals[0]!.id }] }]);
  });

  test('countering opens the composer with the table fixed and the package turned round', () => {
    const state = withProposal();
    const { send, sent, G } = recordingSend(state, 'DPRK');
    render(<DiplomacyPanel G={G} role="DPRK" send={send} />);
    fireEvent.click(screen.getByRole('button', { name: 'Counter…' }));
    expect(screen.getByRole('heading', { name: "Counter the United States' proposal" })).toBeTruthy();
    // Pre-filled: DPRK offers what was asked of it, and asks for what was offered.
    expect((within(screen.getByRole('group', { name: 'You offer' })).getByRole('checkbox', { name: /Return remains/ }) as HTMLInputElement).checked).toBe(true);
    expect((within(screen.getByRole('group', { name: 'You ask for' })).getByRole('checkbox', { name: /Humanitarian aid/ }) as HTMLInputElement).checked).toBe(
      true,
    );
    pick('You ask for', /Partial sanctions relief/);
    fireEvent.click(screen.getByRole('button', { name: 'Send counter-proposal' }));
    expect(sent).toEqual([
      { move: 'counter', args: [{ proposalId: G.proposals[0]!.id, offers: ['returnRemains'], asks: ['usHumanitarianAid', 'partialSanctionsRelief'] }] },
    ]);
  });

  test('leaving the table sends done, and a seat that has left sees who is still talking', () => {
    const state = newMatch();
    const { send, sent, G } = recordingSend(state, 'JPN');
    const { unmount } = render(<DiplomacyPanel G={G} role="JPN" send={send} />);
    fireEvent.click(screen.getByRole('button', { name: 'Leave the table for this round' }));
    expect(sent).toEqual([{ move: 'done', args: [] }]);
    unmount();
    const after = move(state, 'JPN', 'done');
    const view = recordingSend(after, 'JPN');
    render(<DiplomacyPanel G={view.G} role="JPN" send={view.send} />);
    expect(screen.getByRole('heading', { name: 'You have left the table' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Still talking: United States, North Korea, South Korea, China.');
    expect(screen.queryByRole('button', { name: 'Send proposal' })).toBeNull();
  });
});
