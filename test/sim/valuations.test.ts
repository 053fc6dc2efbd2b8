import { describe, expect, test } from 'vitest';
import { chooseBotMove, packageGain, PERSONALITY_TRAITS, traitsFor } from '../../shared/bots';
import { candidatePackages } from '../../shared/bots/packages';
import { forgetValuations, valuationBoard } from '../../shared/bots/valuations';
import { PERSONALITIES } from '../../shared/options';
import { playerView } from '../../shared/playerView';
import { playerOfRole, ROLES } from '../../shared/roles';
import { checkPropose } from '../../shared/rules/summits';
import type { Proposal } from '../../shared/state';
import { statesInPhase } from './botStates';

describe('package values remembered by board (valuations.ts)', () => {
  const states = statesInPhase('valuations-1');

  test('every package a bot could propose is worth the same on the valuation board as on its view, to the proposer and to the invitees', () => {
    let compared = 0;
    // The parts the valuation board sets aside must be there to set aside, or this compares nothing.
    expect(states.some((G) => G.proposals.length > 0)).toBe(true);
    expect(states.some((G) => ROLES.some((r) => G.done[r]))).toBe(true);
    for (const [i, G] of states.entries()) {
      if (i % 3 !== 0) continue;
      for (const role of ROLES) {
        const view = playerView(G, playerOfRole(role));
        const board = valuationBoard(view);
        for (const input of candidatePackages(view, role)) {
          if (checkPropose(view, role, input) !== null) continue;
          const proposal: Proposal = { id: 'draft', round: view.round, from: role, ...input, answers: {}, status: 'open' };
          for (const [valuer, traits] of [[role, traitsFor('hawk', role)], ...input.to.map((r) => [r, PERSONALITY_TRAITS.dealmaker] as const)] as const) {
            expect(packageGain(board, valuer, traits, proposal)).toBe(packageGain(view, valuer, traits, proposal));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  test('a bot makes the same move with the values it remembers as with none remembered', () => {
    let asked = 0;
    for (const [i, G] of states.entries()) {
      if (i % 2 !== 0) continue;
      for (const role of ROLES) {
        if (G.done[role]) continue;
        const personality = PERSONALITIES[(i + ROLES.indexOf(role)) % PERSONALITIES.length]!;
        const input = { G, ctx: { phase: 'diplomacy' } as Parameters<typeof chooseBotMove>[0]['ctx'], playerID: playerOfRole(role), personality };
        const remembered = chooseBotMove(input);
        forgetValuations();
        expect(chooseBotMove(input)).toEqual(remembered);
        asked += 1;
      }
    }
    expect(asked).toBeGreaterThan(20);
  });
});
