/**
 * How long bot decisions take, as a histogram with fixed bounds: a game's summary carries its
 * counts across worker threads, and a report adds them up and reads a percentile off them.
 * A mean hides the slow tail and a maximum is one unlucky pause (a busy core, a garbage
 * collection); "99% of decisions take under X ms" is the number a player waits on.
 */
export const DECISION_MS_BOUNDS = [0.5, 1, 2, 5, 10, 20, 50, 100] as const;

/** The 99% bound as a table cell: "5 ms", or, when the open last bucket was needed, "100 ms or more". */
export function boundText(p99Ms: number | null): string {
  return p99Ms === null ? `${DECISION_MS_BOUNDS[DECISION_MS_BOUNDS.length - 1]} ms or more` : `${p99Ms} ms`;
}

export interface DecisionTiming {
  count: number;
  totalMs: number;
  maxMs: number;
  /** Decisions per bucket: bucket i holds those under DECISION_MS_BOUNDS[i] (and not an earlier one); the last holds the rest. */
  histogram: number[];
}

export function emptyDecisionTiming(): DecisionTiming {
  return { count: 0, totalMs: 0, maxMs: 0, histogram: new Array<number>(DECISION_MS_BOUNDS.length + 1).fill(0) };
}

export function recordDecision(timing: DecisionTiming, ms: number): void {
  timing.count += 1;
  timing.totalMs += ms;
  timing.maxMs = Math.max(timing.maxMs, ms);
  const bucket = DECISION_MS_BOUNDS.findIndex((bound) => ms < bound);
  timing.histogram[bucket === -1 ? DECISION_MS_BOUNDS.length : bucket]! += 1;
}

export function addHistograms(histograms: readonly (readonly number[])[]): number[] {
  const sum = new Array<number>(DECISION_MS_BOUNDS.length + 1).fill(0);
  for (const h of histograms) h.forEach((n, i) => (sum[i]! += n));
  return sum;
}

/** Mean, 99th-percentile bound and slowest over many games' timings (the mean is 0 when there were no decisions). */
export function summariseDecisions(timings: readonly DecisionTiming[]): { meanMs: number; p99Ms: number | null; maxMs: number } {
  const count = timings.reduce((s, t) => s + t.count, 0);
  return {
    meanMs: count === 0 ? 0 : timings.reduce((s, t) => s + t.totalMs, 0) / count,
    p99Ms: boundCovering(addHistograms(timings.map((t) => t.histogram)), 0.99),
    maxMs: Math.max(0, ...timings.map((t) => t.maxMs)),
  };
}

/** The smallest bound under which at least `share` of the decisions fall; null if that takes the open last bucket (or there are none). */
export function boundCovering(histogram: readonly number[], share: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (const [i, bound] of DECISION_MS_BOUNDS.entries()) {
    seen += histogram[i] ?? 0;
    if (total > 0 && seen >= share * total) return bound;
  }
  return null;
}
