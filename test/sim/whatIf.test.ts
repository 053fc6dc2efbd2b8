import { describe, expect, test } from 'vitest';
import { signingCopy, whatIfCopy } from '../../shared/bots/evaluate';
import { candidatePackages } from '../../shared/bots/packages';
import { playerView } from '../../shared/playerView';
import { ROLES, playerOfRole } from '../../shared/roles';
import { formAgreement } from '../../shared/rules/agreements';
import { checkPropose } from '../../shared/rules/summits';
import type { PeninsulaState, Proposal } from '../../shared/state';
import { nextBotMove } from '../../tools/sim/botGame';
import { applyMove, startMatch } from '../../tools/sim/headless';

/** Frozen all the way down: a write anywhere in it throws (ES modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Every diplomacy state of a bot game, as plain (unfrozen) copies. */
function diplomacyStates(seed: string): PeninsulaState[] {
  const states: PeninsulaState[] = [];
  let state = startMatch({ seed, scenario: 'singapore2018' });
  for (let moves = 0; state.ctx.gameover === undefined && moves < 2000; moves++) {
    if (state.ctx.phase === 'diplomacy') states.push(structuredClone(state.G));
    const next = nextBotMove(state, { US: 'dealmaker', DPRK: 'hawk', ROK: 'dove', PRC: 'opportunist', JPN: 'dealmaker' });
    if (!next) break;
    state = applyMove(state, next.playerID, next.choice.move, next.choice.args);
  }
  return states;
}

/** What a bot values on a signed board: all of it but the headlines (signingCopy starts them empty). */
const valued = (G: PeninsulaState) => ({ ...G, headlines: [] });

describe('a signing what-if (signingCopy) copies every part of the board that signing writes', () => {
  test('every package a bot could propose, signed on a copy of a frozen board, writes nothing of the board and signs as on a full copy', () => {
    let signed = 0;
    for (const seed of ['what-if-1']) {
      const states = diplomacyStates(seed);
      expect(states.length).toBeGreaterThan(10);
      for (const [i, G] of states.entries()) {
        if (i % 4 !== 0) continue;
        for (const role of ROLES) {
          const view = deepFreeze(playerView(G, playerOfRole(role)));
          for (const input of candidatePackages(view, role)) {
            if (checkPropose(view, role, input) !== null) continue;
            const proposal: Proposal = { id: 'draft', round: view.round, from: role, ...input, answers: {}, status: 'agreed' };
            const cheap = signingCopy(view);
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
    const [G] = diplomacyStates('what-if-1');
    const view = deepFreeze(playerView(G!, '0'));
    const input = candidatePackages(view, 'US').find((p) => checkPropose(view, 'US', p) === null)!;
    expect(() => formAgreement(view, { id: 'draft', round: view.round, from: 'US', ...input, answers: {}, status: 'agreed' })).toThrow(TypeError);
  });
});
