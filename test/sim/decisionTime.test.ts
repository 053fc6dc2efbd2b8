import { describe, expect, test } from 'vitest';
import {
  addHistograms,
  boundCovering,
  boundText,
  DECISION_MS_BOUNDS,
  emptyDecisionTiming,
  recordDecision,
  summariseDecisions,
} from '../../tools/sim/decisionTime';

describe('decision-time histogram', () => {
  test('each decision lands in the first bucket whose bound it is under; the rest go to the last', () => {
    const timing = emptyDecisionTiming();
    for (const ms of [0.1, 0.5, 3, 49.9, 250]) recordDecision(timing, ms);
    expect(timing.count).toBe(5);
    expect(timing.maxMs).toBe(250);
    expect(timing.totalMs).toBeCloseTo(303.5);
    const at = (bound: number) => timing.histogram[DECISION_MS_BOUNDS.indexOf(bound as (typeof DECISION_MS_BOUNDS)[number])];
    expect([at(0.5), at(1), at(5), at(50), timing.histogram.at(-1)]).toEqual([1, 1, 1, 1, 1]);
  });

  test('the 99th percentile is read off the summed histograms of many games', () => {
    const fast = emptyDecisionTiming();
    for (let i = 0; i < 990; i++) recordDecision(fast, 0.2);
    const slow = emptyDecisionTiming();
    for (let i = 0; i < 10; i++) recordDecision(slow, 7);
    const both = addHistograms([fast.histogram, slow.histogram]);
    expect(boundCovering(both, 0.99)).toBe(0.5);
    expect(boundCovering(both, 0.995)).toBe(10);
    recordDecision(slow, 500);
    expect(boundCovering(addHistograms([slow.histogram]), 1)).toBeNull();
    expect(boundCovering(emptyDecisionTiming().histogram, 0.99)).toBeNull();
  });

  test('many games summarise to one mean, one 99% bound and one slowest decision', () => {
    const a = emptyDecisionTiming();
    for (let i = 0; i < 99; i++) recordDecision(a, 1.5);
    const b = emptyDecisionTiming();
    recordDecision(b, 30);
    expect(summariseDecisions([a, b])).toEqual({ meanMs: (99 * 1.5 + 30) / 100, p99Ms: 2, maxMs: 30 });
    expect(summariseDecisions([emptyDecisionTiming()])).toEqual({ meanMs: 0, p99Ms: null, maxMs: 0 });
    // As the bench table shows the bound: the open last bucket reads as the last bound or more.
    expect([boundText(5), boundText(null)]).toEqual(['5 ms', '100 ms or more']);
  });
});
