/*
 * Path drawing for scripts/buildMap.ts: collect projected rings, simplify them (Douglas–Peucker in
 * screen space), round to tenths and write them as short relative SVG path commands.
 */
import type { geoPath } from 'd3-geo';

export type Point = [number, number];

export interface Ring {
  points: Point[];
  closed: boolean;
}

/** A d3-geo path context that keeps the projected (and clipped) rings instead of drawing them. */
export function ringCollector(): { context: Parameters<ReturnType<typeof geoPath>['context']>[0] & object; rings: Ring[] } {
  const rings: Ring[] = [];
  let current: Ring | null = null;
  const context = {
    moveTo(x: number, y: number) {
      current = { points: [[x, y]], closed: false };
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current?.points.push([x, y]);
    },
    closePath() {
      if (current) current.closed = true;
    },
    arc() {
      // Only point features draw arcs; the map projects points itself.
    },
    beginPath() {},
  };
  return { context, rings };
}

function perpendicularDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

/** Douglas–Peucker, iterative so long coastlines cannot overflow the stack. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i]!, points[first]!, points[last]!);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index !== -1 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

function ringArea(points: Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** A closed ring is simplified as two halves, so its start point does not pin a spike. */
function simplifyRing(ring: Ring, tolerance: number): Point[] {
  if (!ring.closed || ring.points.length < 8) return simplifyLine(ring.points, tolerance);
  const half = Math.floor(ring.points.length / 2);
  const a = simplifyLine(ring.points.slice(0, half + 1), tolerance);
  const b = simplifyLine(ring.points.slice(half), tolerance);
  return [...a, ...b.slice(1)];
}

/** Rounded to 0.1 and written as relative moves in tenths, so the numbers stay short and exact. */
export function ringsToPath(rings: Ring[], tolerance: number, minArea: number): string {
  const out: string[] = [];
  for (const ring of rings) {
    const simplified = simplifyRing(ring, tolerance);
    if (ring.closed && (simplified.length < 3 || ringArea(simplified) < minArea)) continue;
    if (!ring.closed && simplified.length < 2) continue;
    const tenths = simplified.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)] as Point);
    const deduped = tenths.filter((p, i) => i === 0 || p[0] !== tenths[i - 1]![0] || p[1] !== tenths[i - 1]![1]);
    if (deduped.length < 2) continue;
    let d = `M${fmt(deduped[0]![0])} ${fmt(deduped[0]![1])}`;
    let command = '';
    for (let i = 1; i < deduped.length; i++) {
      const dx = deduped[i]![0] - deduped[i - 1]![0];
      const dy = deduped[i]![1] - deduped[i - 1]![1];
      d += `${command === 'l' ? (dx < 0 ? '' : ' ') : 'l'}${fmt(dx)}${dy < 0 ? '' : ' '}${fmt(dy)}`;
      command = 'l';
    }
    out.push(ring.closed ? `${d}z` : d);
  }
  return out.join('');
}

/** Tenths to a short decimal: 1234 → "123.4", -5 → "-.5", 30 → "3". */
function fmt(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}
