/** A rate with its 95% Wilson score interval: honest at small counts and near 0 or 1. */
export interface Interval {
  count: number;
  n: number;
  rate: number;
  low: number;
  high: number;
}

const Z95 = 1.959964;

export function wilson(count: number, n: number, z = Z95): Interval {
  if (n === 0) return { count, n, rate: 0, low: 0, high: 1 };
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { count, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
