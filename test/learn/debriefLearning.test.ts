import { describe, expect, test } from 'vitest';
import { tableDebrief } from '../../shared/debrief';
import { reflectionPrompts } from '../../shared/learn/reflection';
import { whatIfPaths } from '../../shared/learn/whatIfs';
import { holdingOrders } from '../../shared/rules/orders';
import { answerCrisis, everyoneDone, newMatch, quietRound, submitOrders } from '../support/match';
import { round } from '../ruleset/support/script';

const byId = (G: Parameters<typeof whatIfPaths>[0]) => Object.fromEntries(whatIfPaths(G).map((p) => [p.id, p]));

describe("a table's path beside the three what-ifs", () => {
  test('a table that never brings Washington and Pyongyang to an agreement took the no-agreement path', () => {
    const paths = byId(quietRound(quietRound(newMatch())).G);
    expect(paths.noAgreement?.took).toBe(true);
    expect(paths.dialogue?.took).toBe(false);
    expect(paths.dialogue?.verdict).toBeNull();
    expect(paths.noAgreement?.history).toContain('Stockholm');
  });

  test("a moratorium signed and then broken by a test is dialogue as delay, and North Korea's test shows as a sign", () => {
    const signed = round(newMatch(), ['US propose DPRK @singapore give:partialSanctionsRelief get:testMoratorium', 'DPRK accept #1']);
    const broken = round(answerCrisis(signed), [], ['DPRK orders missileTest cyberOperation breach:testMoratorium']);
    const paths = byId(broken.G);
    expect(paths.dialogue?.took).toBe(true);
    expect(paths.dialogue?.verdict).toMatch(/^Dialogue as delay/);
    expect(paths.dialogue?.signs[0]).toContain('Singapore');
    expect(paths.noAgreement?.took).toBe(false);
    expect(paths.noAgreement?.signs[0]).toContain('round 2: Missile test');
    const prompts = reflectionPrompts(broken.G, 'DPRK');
    expect(prompts.find((p) => p.id === 'breach')?.context).toContain('You breached "Test moratorium"');
    expect(prompts.some((p) => p.id === 'kept')).toBe(false);
  });

  test("a refused proposal and the round tension peaked become the refusing seat's prompts, with its own orders and memo", () => {
    const refused = round(newMatch(), ['DPRK propose US @singapore give:returnRemains get:partialSanctionsRelief', 'US reject #1']);
    const prompts = reflectionPrompts(refused.G, 'US');
    expect(prompts.find((p) => p.id === 'refusal')?.context).toContain("refused North Korea's proposal in Singapore");
    expect(prompts.find((p) => p.id === 'kept')).toBeDefined();
    const inOrders = everyoneDone(newMatch());
    const withMemo = submitOrders(inOrders, { US: { ...holdingOrders(inOrders.G, 'US'), memo: 'Calm first.' } });
    const peak = reflectionPrompts(withMemo.G, 'US').find((p) => p.id === 'peak');
    expect(peak?.context).toMatch(/^Tension peaked at \d+ in round 1\. You ordered .+, and wrote: "Calm first\."\.$/);
    const debrief = tableDebrief({ table: 1, seats: {}, G: withMemo.G, over: false });
    expect(debrief.memos).toEqual([{ round: 1, role: 'US', orders: expect.any(Array), memo: 'Calm first.' }]);
    expect(debrief.whatIfs.map((p) => p.id)).toEqual(['noAgreement', 'dialogue', 'alliesReact']);
  });
});
