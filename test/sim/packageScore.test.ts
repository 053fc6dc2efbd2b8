import { describe, expect, test } from 'vitest';
import { traitsFor } from '../../shared/bots';
import { packageScorer } from '../../shared/bots/packageScore';
import { candidatePackages, widenedPackages, type PackageInput } from '../../shared/bots/packages';
import { thinkingCopy } from '../../shared/bots/whatIf';
import { forgetValuations } from '../../shared/bots/valuations';
import { PERSONALITIES } from '../../shared/options';
import { playerView } from '../../shared/playerView';
import { playerOfRole, ROLES } from '../../shared/roles';
import { checkPropose } from '../../shared/rules/summits';
import { statesInPhase } from './botStates';

/*
 * A scorer passes over a package remembered as below the bar before asking the rules (packageScore.ts).
 * Every package, scored once on a fresh scorer (nothing remembered: the rules are asked first) and again on a
 * scorer with everything remembered, must score the same, to a bold bot and to a careful one.
 */
describe('a package remembered as not worth it is passed over before the rules are asked', () => {
  test('every package scores the same with its value remembered as weighed afresh', () => {
    let passedOver = 0;
    let scored = 0;
    const states = statesInPhase('package-score-1');
    for (const [i, G] of states.entries()) {
      if (i % 3 !== 0) continue;
      for (const role of ROLES) {
        const playerID = playerOfRole(role);
        const view = thinkingCopy(playerView(G, playerID));
        for (const asksBoldly of [false, true]) {
          const personality = PERSONALITIES[(i + ROLES.indexOf(role)) % PERSONALITIES.length]!;
          const traits = traitsFor(personality, role);
          const rule = { allowed: (input: PackageInput) => checkPropose(view, role, input) === null, floor: traits.proposeThreshold, asksBoldly };
          const small = candidatePackages(view, role, traits.invitesHome);
          const inputs = [...small, ...small.slice(0, 20).flatMap((input) => widenedPackages(role, input))];
          forgetValuations();
          const fresh = packageScorer(view, playerID, role, traits, rule);
          const first = inputs.map((input) => fresh(input));
          const remembered = packageScorer(view, playerID, role, traits, rule);
          const again = inputs.map((input) => remembered(input));
          expect(again).toEqual(first);
          passedOver += first.filter((s) => s === null).length;
          scored += first.filter((s) => s !== null).length;
        }
      }
    }
    // Both kinds were weighed: most packages are passed over, some are put forward.
    expect(passedOver).toBeGreaterThan(100);
    expect(scored).toBeGreaterThan(10);
  });
});
