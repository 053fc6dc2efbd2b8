/**
 * Tiny SVG charts for the balance report, written by hand: no chart library, no DOM.
 * Every chart is one self-contained <svg> string that a Markdown file can hold inline.
 */

export const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#17becf', '#7f7f7f'];

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`,
    ...body,
    '</svg>',
  ].join('\n');
}

function legend(x: number, y: number, series: readonly string[]): string[] {
  return series.flatMap((name, i) => [
    `<rect x="${x}" y="${y + i * 15}" width="10" height="10" fill="${PALETTE[i % PALETTE.length]}"/>`,
    `<text x="${x + 14}" y="${y + i * 15 + 9}">${esc(name)}</text>`,
  ]);
}

export interface BarPoint {
  value: number;
  low?: number;
  high?: number;
}

/**
 * Grouped vertical bars with optional error whiskers and an optional shaded target band.
 * `values[g][s]` is group g, series s. Values are fractions when `percent` is set.
 */
export function groupedBars(options: {
  title: string;
  groups: readonly string[];
  series: readonly string[];
  values: readonly (readonly BarPoint[])[];
  max: number;
  percent?: boolean;
  band?: { low: number; high: number; label: string };
}): string {
  const { groups, series, values, max } = options;
  const left = 44,
    top = 28,
    plotH = 200,
    legendW = 175;
  const barW = 12,
    gap = 3,
    groupGap = 18;
  const groupW = series.length * (barW + gap) + groupGap;
  const width = left + groups.length * groupW + legendW;
  const height = top + plotH + 36;
  const y = (v: number) => top + plotH - (Math.min(v, max) / max) * plotH;
  const body: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    body.push(`<line x1="${left}" x2="${left + groups.length * groupW}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#ddd"/>`);
    body.push(`<text x="${left - 4}" y="${fmt(y(v) + 4)}" text-anchor="end">${options.percent ? `${Math.round(v * 100)}%` : fmt(v)}</text>`);
  }
  if (options.band) {
    body.push(
      `<rect x="${left}" y="${fmt(y(options.band.high))}" width="${groups.length * groupW}" height="${fmt(y(options.band.low) - y(options.band.high))}" fill="#2ca02c" fill-opacity="0.12"/>`,
    );
    body.push(
      `<text x="${left + groups.length * groupW - 2}" y="${fmt(y(options.band.high) - 3)}" text-anchor="end" fill="#2ca02c">${esc(options.band.label)}</text>`,
    );
  }
  groups.forEach((group, g) => {
    const x0 = left + g * groupW + groupGap / 2;
    (values[g] ?? []).forEach((point, s) => {
      const x = x0 + s * (barW + gap);
      body.push(
        `<rect x="${fmt(x)}" y="${fmt(y(point.value))}" width="${barW}" height="${fmt(y(0) - y(point.value))}" fill="${PALETTE[s % PALETTE.length]}"><title>${esc(`${group} · ${series[s]}: ${options.percent ? `${(point.value * 100).toFixed(1)}%` : fmt(point.value)}`)}</title></rect>`,
      );
      if (point.low !== undefined && point.high !== undefined) {
        const cx = fmt(x + barW / 2);
        body.push(`<line x1="${cx}" x2="${cx}" y1="${fmt(y(point.low))}" y2="${fmt(y(point.high))}" stroke="#333"/>`);
        body.push(`<line x1="${fmt(x + 2)}" x2="${fmt(x + barW - 2)}" y1="${fmt(y(point.low))}" y2="${fmt(y(point.low))}" stroke="#333"/>`);
        body.push(`<line x1="${fmt(x + 2)}" x2="${fmt(x + barW - 2)}" y1="${fmt(y(point.high))}" y2="${fmt(y(point.high))}" stroke="#333"/>`);
      }
    });
    body.push(`<text x="${fmt(x0 + (series.length * (barW + gap)) / 2)}" y="${top + plotH + 16}" text-anchor="middle">${esc(group)}</text>`);
  });
  body.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`);
  body.push(...legend(left + groups.length * groupW + 10, top + 4, series));
  return svg(width, height, options.title, body);
}

/** One horizontal bar per row, split into coloured parts that sum to the row's total (e.g. outcomes per scenario). */
export function stackedRows(options: { title: string; rows: readonly string[]; parts: readonly string[]; values: readonly (readonly number[])[] }): string {
  const left = 160,
    top = 28,
    rowH = 22,
    plotW = 360,
    legendW = 170;
  const width = left + plotW + legendW;
  const height = Math.max(top + options.rows.length * rowH + 24, top + options.parts.length * 15 + 12);
  const body: string[] = [];
  options.rows.forEach((row, r) => {
    const values = options.values[r] ?? [];
    const total = values.reduce((a, b) => a + b, 0) || 1;
    let x = left;
    const yTop = top + r * rowH;
    body.push(`<text x="${left - 6}" y="${yTop + 14}" text-anchor="end">${esc(row)}</text>`);
    values.forEach((v, p) => {
      const w = (v / total) * plotW;
      if (w <= 0) return;
      body.push(
        `<rect x="${fmt(x)}" y="${yTop + 3}" width="${fmt(w)}" height="${rowH - 6}" fill="${PALETTE[p % PALETTE.length]}"><title>${esc(`${row} · ${options.parts[p]}: ${v} (${((v / total) * 100).toFixed(1)}%)`)}</title></rect>`,
      );
      if (w > 28) body.push(`<text x="${fmt(x + w / 2)}" y="${yTop + 15}" text-anchor="middle" fill="#fff">${Math.round((v / total) * 100)}%</text>`);
      x += w;
    });
  });
  body.push(...legend(left + plotW + 12, top + 4, options.parts));
  return svg(width, height, options.title, body);
}

/** Horizontal bars with a limit line: action usage against the 60% ceiling. */
export function horizontalBars(options: {
  title: string;
  rows: readonly { label: string; value: number; colour: number }[];
  max: number;
  limit?: { value: number; label: string };
  percent?: boolean;
}): string {
  const left = 200,
    top = 28,
    rowH = 15,
    plotW = 330;
  const width = left + plotW + 60;
  const height = top + options.rows.length * rowH + 28;
  const x = (v: number) => left + (Math.min(v, options.max) / options.max) * plotW;
  const body: string[] = [];
  options.rows.forEach((row, r) => {
    const yTop = top + r * rowH;
    body.push(`<text x="${left - 6}" y="${yTop + 11}" text-anchor="end">${esc(row.label)}</text>`);
    body.push(`<rect x="${left}" y="${yTop + 2}" width="${fmt(x(row.value) - left)}" height="${rowH - 4}" fill="${PALETTE[row.colour % PALETTE.length]}"/>`);
    body.push(`<text x="${fmt(x(row.value) + 3)}" y="${yTop + 11}">${options.percent ? `${(row.value * 100).toFixed(0)}%` : fmt(row.value)}</text>`);
  });
  if (options.limit) {
    const lx = fmt(x(options.limit.value));
    body.push(`<line x1="${lx}" x2="${lx}" y1="${top}" y2="${top + options.rows.length * rowH}" stroke="#d62728" stroke-dasharray="4 3"/>`);
    body.push(`<text x="${lx}" y="${top + options.rows.length * rowH + 14}" text-anchor="middle" fill="#d62728">${esc(options.limit.label)}</text>`);
  }
  return svg(width, height, options.title, body);
}
