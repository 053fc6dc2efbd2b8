import { describe, expect, test } from 'vitest';
import { imaginedRounds, imagineOrders } from '../../shared/bots/evaluate';
import { orderWhatIfCopy, signedWhatIfCopy, whatIfCopy } from '../../shared/bots/whatIf';
import { enumerateMoves } from '../../shared/enumerate';
import { resolveRound } from '../../shared/rules/resolution';
import { candidatePackages } from '../../shared/bots/packages';
import { playerView } from '../../shared/playerView';
import { ROLES, playerOfRole } from '../../shared/roles';
import { formAgreement } from '../../shared/rules/agreements';
import { checkPropose } from '../../shared/rules/summits';
import type { Orders, PeninsulaState, Proposal } from '../../shared/state';
import { deepFreeze, statesInPhase } from './botStates';

/** What a bot values on a signed board: all of it but the headlines (signedWhatIfCopy starts them empty). */
const valued = (G: PeninsulaState) => ({ ...G, headlines: [] });

describe('a signing what-if (signedWhatIfCopy) copies every part of the board that signing writes', () => {
  test('every package a bot could propose, signed on a copy of a frozen board, writes nothing of the board and signs as on a full copy', () => {
    let signed = 0;
    for (const seed of ['what-if-1']) {
      const states = statesInPhase(seed);
      expect(states.length).toBeGreaterThan(10);
      for (const [i, G] of states.entries()) {
        if (i % 4 !== 0) continue;
        for (const role of ROLES) {
          const view = deepFreeze(playerView(G, playerOfRole(role)));
          for (const input of candidatePackages(view, role)) {
            if (checkPropose(view, role, input) !== null) continue;
            const proposal: Proposal = { id: 'draft', round: view.round, from: role, ...input, answers: {}, status: 'agreed' };
            const cheap = signedWhatIfCopy(view);
            formAgreement(cheap, proposal);
            const full = whatIfCopy(view);
            formAgreement(full, proposal);
            expect(valued(cheap)).toEqual(valued(full));
            signed += 1;
          }
        }
      }
    }
    expect(signed).toBeGreaterThan(100);
  });

  test('positive control: signing on the frozen board itself throws', () => {
    const [G] = statesInPhase('what-if-1');
    const view = deepFreeze(playerView(G!, '0'));
    const input = candidatePackages(view, 'US').find((p) => checkPropose(view, 'US', p) === null)!;
    expect(() => formAgreement(view, { id: 'draft', round: view.round, from: 'US', ...input, answers: {}, status: 'agreed' })).toThrow(TypeError);
  });
});

describe('an orders what-if (orderWhatIfCopy) copies every part of the board that resolving a round writes', () => {
  /** The bot's orders and imagined others' put in, then the round resolved, as ordersMove does. */
  const resolveOn = (copy: PeninsulaState, role: (typeof ROLES)[number], orders: Orders, round: ReturnType<typeof imaginedRounds>[number]) => {
    const slice = copy.private[role];
    if (slice) slice.orders = orders;
    imagineOrders(copy, round);
    resolveRound(copy);
    return copy;
  };

  test('every order a bot could give, resolved on a copy of a frozen board against imagined rounds, writes nothing of the board and resolves as on a full copy', () => {
    let resolved = 0;
    const states = statesInPhase('what-if-2', 'orders');
    expect(states.length).toBeGreaterThan(10);
    for (const [i, G] of states.entries()) {
      if (i % 3 !== 0) continue;
      for (const role of ROLES) {
        const view = deepFreeze(playerView(G, playerOfRole(role)));
        const rounds = imaginedRounds(view, role, 2, `test|${i}|${role}`);
        for (const choice of enumerateMoves(view, 'orders', playerOfRole(role)).slice(0, 12)) {
          for (const round of rounds) {
            const orders = choice.args[0] as Orders;
            const cheap = resolveOn(orderWhatIfCopy(view), role, orders, round);
            const full = resolveOn(whatIfCopy(view), role, orders, round);
            // Left out of the cheap copy: the proposals, so the round record's refusals (no bot values either).
            const unrefused = (G: PeninsulaState) => ({ ...valued(G), proposals: [], history: G.history.map((r) => ({ ...r, refusals: [] })) });
            expect(unrefused(cheap)).toEqual(unrefused(full));
            resolved += 1;
          }
        }
      }
    }
    expect(resolved).toBeGreaterThan(100);
  });

  test('positive control: resolving on the frozen board itself throws', () => {
    const [G] = statesInPhase('what-if-2', 'orders');
    const view = deepFreeze(playerView(G!, '0'));
    expect(() => resolveRound(view)).toThrow(TypeError);
  });
});
