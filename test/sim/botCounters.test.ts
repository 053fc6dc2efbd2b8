import { describe, expect, test } from 'vitest';
import { chooseBotMove, MAX_BOT_PROPOSALS_PER_TARGET, packageGain, traitsFor } from '../../shared/bots';
import { chooseCounter, counteredInChain } from '../../shared/bots/answer';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { PERSONALITIES, type Personality } from '../../shared/options';
import { playerOfRole, roleOfPlayer, type Role } from '../../shared/roles';
import { checkCounter, isBadDealFor, type ProposalInput } from '../../shared/rules/summits';
import type { Proposal } from '../../shared/state';
import { move } from '../support/match';
import { applyMove, seatsToMove, type MatchState } from '../../tools/sim/headless';
import { atDiplomacy } from './botStates';

const ask = (state: MatchState, role: Role, personality: Personality) =>
  chooseBotMove({ G: state.G, ctx: state.ctx, playerID: playerOfRole(role), personality });
const last = (state: MatchState): Proposal => state.G.proposals.at(-1)!;

/** Washington asks Pyongyang to freeze Yongbyon for nothing: a deal-making North Korea sells dear (bots.test.ts). */
const FREEZE_FOR_NOTHING: ProposalInput = { to: ['DPRK'], venue: 'singapore', offers: [], asks: ['freezeYongbyon'] };
/** Dismantling Yongbyon for a liaison office: a bad deal for Pyongyang, the kind one walks out of. */
const DISMANTLE_FOR_AN_OFFICE: ProposalInput = { to: ['DPRK'], venue: 'pyongyang', offers: ['liaisonOffice'], asks: ['dismantleYongbyon'] };

describe('bots counter-propose when that is better for them than a plain no', () => {
  test('a bot that would turn a proposal down counters with a package it would sign and expects the proposer to accept; the deal-making US signs it', () => {
    const base = atDiplomacy('counter');
    const asked = move(base, 'US', 'propose', FREEZE_FOR_NOTHING);
    const original = last(asked);
    const dprk = traitsFor('dealmaker', 'DPRK');
    expect(packageGain(asked.G, 'DPRK', dprk, original)).toBeLessThan(dprk.acceptThreshold);
    const choice = ask(asked, 'DPRK', 'dealmaker');
    expect(choice?.move).toBe('counter');
    expect(checkCounter(asked.G, 'DPRK', choice!.args[0])).toBeNull();
    const countered = move(asked, 'DPRK', 'counter', choice!.args[0]);
    const counter = last(countered);
    expect(counter).toMatchObject({ from: 'DPRK', to: ['US'], venue: original.venue, counters: original.id, status: 'open' });
    expect(countered.G.proposals.find((p) => p.id === original.id)?.status).toBe('countered');
    // The bot values its counter at its accept threshold or more...
    expect(packageGain(countered.G, 'DPRK', dprk, counter)).toBeGreaterThanOrEqual(dprk.acceptThreshold);
    // ...and a deal-making Washington, as the bot modelled it, signs it.
    expect(ask(countered, 'US', 'dealmaker')).toEqual({ move: 'respond', args: [{ proposalId: counter.id, answer: 'accepted' }] });
    const signed = move(countered, 'US', 'respond', { proposalId: counter.id, answer: 'accepted' });
    expect([...(signed.G.agreements.at(-1)?.parties ?? [])].sort()).toEqual(['DPRK', 'US']);
  });

  test('the same state gives the same counter (deterministic)', () => {
    const asked = move(atDiplomacy('counter'), 'US', 'propose', FREEZE_FOR_NOTHING);
    expect(ask(asked, 'DPRK', 'dealmaker')).toEqual(ask(asked, 'DPRK', 'dealmaker'));
  });

  test('a bot counters a chain once: when its counter is countered back, it answers yes, no or walks out, and walks out of a bad deal', () => {
    const asked = move(atDiplomacy('chain'), 'US', 'propose', DISMANTLE_FOR_AN_OFFICE);
    const first = ask(asked, 'DPRK', 'dealmaker');
    expect(first?.move).toBe('counter');
    const countered = move(asked, 'DPRK', 'counter', first!.args[0]);
    // A person at the US seat counters with the bad deal again.
    const back = move(countered, 'US', 'counter', {
      proposalId: last(countered).id,
      offers: DISMANTLE_FOR_AN_OFFICE.offers,
      asks: DISMANTLE_FOR_AN_OFFICE.asks,
    });
    const again = last(back);
    expect(counteredInChain(back.G, 'DPRK', again)).toBe(true);
    expect(chooseCounter(back.G, playerOfRole('DPRK'), 'DPRK', traitsFor('dealmaker', 'DPRK'), again)).toBeNull();
    expect(isBadDealFor(back.G, 'DPRK', again)).toBe(true);
    expect(ask(back, 'DPRK', 'dealmaker')).toEqual({ move: 'walkOut', args: [{ proposalId: again.id }] });
    // Positive control: the first proposal of the chain could be countered by the bot.
    expect(counteredInChain(asked.G, 'DPRK', last(asked))).toBe(false);
  });

  test('a bot walks out of a bad deal when no counter is worth more to it (a hawkish North Korea asked to dismantle for an office)', () => {
    const asked = move(atDiplomacy('walk'), 'US', 'propose', DISMANTLE_FOR_AN_OFFICE);
    expect(isBadDealFor(asked.G, 'DPRK', last(asked))).toBe(true);
    expect(ask(asked, 'DPRK', 'hawk')).toEqual({ move: 'walkOut', args: [{ proposalId: last(asked).id }] });
  });

  test(`a bot that has put ${MAX_BOT_PROPOSALS_PER_TARGET} proposals to the proposer this round says no instead of countering`, () => {
    let state = atDiplomacy('counter');
    state = move(state, 'DPRK', 'propose', { to: ['US'], venue: 'singapore', offers: ['returnRemains'], asks: [] });
    state = move(state, 'DPRK', 'propose', { to: ['US'], venue: 'singapore', offers: ['testMoratorium'], asks: [] });
    const asked = move(state, 'US', 'propose', FREEZE_FOR_NOTHING);
    expect(ask(asked, 'DPRK', 'dealmaker')).toEqual({ move: 'respond', args: [{ proposalId: last(asked).id, answer: 'rejected' }] });
    // Positive control: without those two proposals it counters (the first test).
    expect(ask(move(atDiplomacy('counter'), 'US', 'propose', FREEZE_FOR_NOTHING), 'DPRK', 'dealmaker')?.move).toBe('counter');
  });

  test('bots among themselves: every diplomacy phase ends, no bot counters twice in one chain, and counters happen', () => {
    let counters = 0;
    for (const [i, scenario] of SCENARIO_IDS.entries()) {
      let state = atDiplomacy(`chains-${i}`, scenario);
      for (let step = 0; state.ctx.phase === 'diplomacy' && step < 200; step++) {
        const seat = seatsToMove(state.ctx).find((id) => ask(state, roleOfPlayer(id)!, PERSONALITIES[(i + Number(id)) % PERSONALITIES.length]!) !== null);
        expect(seat).toBeDefined();
        const role = roleOfPlayer(seat!)!;
        const choice = ask(state, role, PERSONALITIES[(i + Number(seat)) % PERSONALITIES.length]!)!;
        if (choice.move === 'counter') {
          const target = state.G.proposals.find((p) => p.id === (choice.args[0] as { proposalId: string }).proposalId)!;
          expect(counteredInChain(state.G, role, target)).toBe(false);
          counters += 1;
        }
        const next = applyMove(state, seat!, choice.move, choice.args);
        expect(next._stateID).toBeGreaterThan(state._stateID);
        state = next;
      }
      expect(state.ctx.phase).not.toBe('diplomacy');
    }
    expect(counters).toBeGreaterThan(0);
  }, 60_000);
});
