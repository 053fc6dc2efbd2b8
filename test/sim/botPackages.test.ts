import { describe, expect, test } from 'vitest';
import { chooseBotMove, packageGain, PERSONALITY_TRAITS, traitsFor } from '../../shared/bots';
import { valueFor } from '../../shared/bots/evaluate';
import { candidatePackages, MAX_BOT_PACKAGE_ITEMS } from '../../shared/bots/packages';
import { SCENARIO_IDS } from '../../shared/data/scenarios';
import { playerOfRole } from '../../shared/roles';
import { applyMove } from '../../tools/sim/headless';
import type { PeninsulaState } from '../../shared/state';
import { atDiplomacy, atOrders } from './botStates';

describe('bots build packages (balance pass 9)', () => {
  test('deal-makers put forward action-for-action packages of several items, at most four, that they expect the other side to accept', () => {
    let largest = 0;
    for (const scenario of SCENARIO_IDS) {
      for (const role of ['US', 'ROK', 'PRC', 'JPN'] as const) {
        const base = atDiplomacy(`package-${role}`, scenario);
        const choice = chooseBotMove({ G: base.G, ctx: base.ctx, playerID: playerOfRole(role), personality: 'dealmaker' });
        if (choice?.move !== 'propose') continue;
        const proposed = applyMove(base, playerOfRole(role), choice.move, choice.args);
        expect(proposed._stateID).toBeGreaterThan(base._stateID);
        const proposal = proposed.G.proposals.at(-1)!;
        const items = proposal.offers.length + proposal.asks.length;
        expect(items).toBeLessThanOrEqual(MAX_BOT_PACKAGE_ITEMS);
        largest = Math.max(largest, items);
        for (const partner of proposal.to)
          expect(packageGain(proposed.G, partner, PERSONALITY_TRAITS.dealmaker, proposal)).toBeGreaterThanOrEqual(PERSONALITY_TRAITS.dealmaker.acceptThreshold);
      }
    }
    expect(largest).toBeGreaterThanOrEqual(3);
  });

  test('a deal-making US trades: its first package both offers and asks', () => {
    const base = atDiplomacy('package-us');
    const choice = chooseBotMove({ G: base.G, ctx: base.ctx, playerID: playerOfRole('US'), personality: 'dealmaker' });
    expect(choice?.move).toBe('propose');
    const input = choice!.args[0] as { offers: string[]; asks: string[] };
    expect(input.offers.length).toBeGreaterThan(0);
    expect(input.asks.length).toBeGreaterThan(0);
  });
});

describe('a US deal-maker invites Pyongyang to Washington too (balance pass 13)', () => {
  test('with the leaders in touch its packages for North Korea are tabled in Pyongyang and in Washington (without the trait, in Pyongyang only); China is met in Beijing', () => {
    const { G } = atDiplomacy('package-home');
    const venuesFor = (inviteHome: boolean) =>
      new Set(
        candidatePackages(G, 'US', inviteHome)
          .filter((p) => p.to.length === 1 && p.to[0] === 'DPRK')
          .map((p) => p.venue),
      );
    expect([...venuesFor(false)]).toEqual(['pyongyang']);
    expect([...venuesFor(true)].sort()).toEqual(['pyongyang', 'washington']);
    // A partner that hosts nothing (Japan) is met in Washington either way, and a mediator (China) in its own capital: no second table.
    for (const partner of ['JPN', 'PRC'] as const) {
      const tables = (inviteHome: boolean) => candidatePackages(G, 'US', inviteHome).filter((p) => p.to[0] === partner);
      expect(tables(true)).toEqual(tables(false));
    }
    expect(
      new Set(
        candidatePackages(G, 'US', true)
          .filter((p) => p.to[0] === 'PRC')
          .map((p) => p.venue),
      ),
    ).toEqual(new Set(['beijing']));
    expect(traitsFor('dealmaker', 'US').invitesHome).toBe(true);
    expect(traitsFor('dealmaker', 'DPRK').invitesHome).toBe(false);
  });
});

describe('once the game is over there is no war to fear (balance pass 9)', () => {
  const finishedAt = (G: PeninsulaState, tension: number, finished: boolean): PeninsulaState => ({
    ...G,
    tracks: { ...G.tracks, tension },
    flags: { ...G.flags, brink: tension === 10 },
    finished,
  });

  test('tension 10 after the last round costs a deal-making US nothing its objectives do not count; before it, it costs the fear of war and the dread of the brink', () => {
    const { G } = atOrders('over');
    // Without rivalry (the rivals' scores count tension): the US's objectives and the outcome do not count tension between 4 and 10, so the difference is the fear alone.
    const traits = { ...traitsFor('dealmaker', 'US'), rivalry: 0 };
    expect(valueFor(finishedAt(G, 10, true), 'US', traits)).toBeCloseTo(valueFor(finishedAt(G, 5, true), 'US', traits));
    expect(valueFor(finishedAt(G, 10, false), 'US', traits)).toBeLessThan(valueFor(finishedAt(G, 5, false), 'US', traits) - traits.brinkDread);
  });

  test('a hawk sees no leverage in tension once the game is over', () => {
    const { G } = atOrders('over-hawk');
    for (const role of ['US', 'DPRK', 'JPN'] as const) {
      expect(valueFor(finishedAt(G, 9, false), role, PERSONALITY_TRAITS.hawk)).toBeGreaterThan(
        valueFor(finishedAt(G, 5, false), role, PERSONALITY_TRAITS.hawk),
      );
      expect(valueFor(finishedAt(G, 9, true), role, PERSONALITY_TRAITS.hawk)).toBeCloseTo(valueFor(finishedAt(G, 5, true), role, PERSONALITY_TRAITS.hawk));
    }
  });
});
