export interface Series {
  label: string;
  values: number[];
}

const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
const DASHES = ['', '6 4', '2 3', '10 3 2 3', '1 0'];
const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'circle'] as const;

function Marker({ kind, x, y, colour }: { kind: (typeof MARKERS)[number]; x: number; y: number; colour: string }) {
  if (kind === 'square') return <rect x={x - 3} y={y - 3} width={6} height={6} fill={colour} />;
  if (kind === 'diamond') return <path d={`M${x} ${y - 4}L${x + 4} ${y}L${x} ${y + 4}L${x - 4} ${y}Z`} fill={colour} />;
  if (kind === 'triangle') return <path d={`M${x} ${y - 4}L${x + 4} ${y + 3}L${x - 4} ${y + 3}Z`} fill={colour} />;
  return <circle cx={x} cy={y} r={3} fill={colour} />;
}

/** A reference line is drawn thin and dotted in its series' colour, with hollow markers: history beside the table. */
const REFERENCE_DASH = '1 5';

/**
 * A small SVG line chart of tracks round by round (0–10). Lines differ by colour, dash and marker,
 * and a table under the figure carries the same numbers for screen readers. `reference[i]`, when
 * given, is a second path for series i (history mode: what really happened), drawn beside it.
 */
export function LineChart({
  title,
  series,
  reference = [],
  max = 10,
}: {
  title: string;
  series: Series[];
  reference?: readonly (Series | null)[];
  max?: number;
}) {
  const width = 360;
  const height = 180;
  const pad = { l: 28, r: 12, t: 10, b: 24 };
  const references = reference.flatMap((r, i) => (r ? [{ ...r, index: i }] : []));
  const rows = [...series, ...references];
  const rounds = Math.max(1, ...rows.map((s) => s.values.length - 1));
  const x = (i: number) => pad.l + (i / rounds) * (width - pad.l - pad.r);
  const y = (v: number) => pad.t + (1 - v / max) * (height - pad.t - pad.b);
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${title}: ${rows.map((s) => `${s.label} from ${s.values[0]} to ${s.values[s.values.length - 1]}`).join('; ')}`}
      >
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={pad.l} x2={width - pad.r} y1={y(v)} y2={y(v)} className="grid" />
            <text x={pad.l - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {Array.from({ length: rounds + 1 }, (_, i) => (
          <text key={i} x={x(i)} y={height - 6} textAnchor="middle" className="axis">
            {i === 0 ? 'start' : i}
          </text>
        ))}
        {references.map((r) => {
          const colour = COLOURS[r.index % COLOURS.length] as string;
          return (
            <g key={`ref-${r.label}`} className="reference">
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={1.5}
                strokeLinecap="round"
                strokeDasharray={REFERENCE_DASH}
                points={r.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              />
              {r.values.map((v, i) => (
                <circle key={i} cx={x(i)} cy={y(v)} r={2.5} fill="#fff" stroke={colour} strokeWidth={1.2} />
              ))}
            </g>
          );
        })}
        {series.map((s, si) => {
          const colour = COLOURS[si % COLOURS.length] as string;
          return (
            <g key={s.label}>
              <polyline
                fill="none"
                stroke={colour}
                strokeWidth={2.5}
                strokeDasharray={DASHES[si % DASHES.length]}
                points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')}
              />
              {s.values.map((v, i) => (
                <Marker key={i} kind={MARKERS[si % MARKERS.length] ?? 'circle'} x={x(i)} y={y(v)} colour={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="legend">
        {series.map((s, si) => (
          <li key={s.label}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={COLOURS[si % COLOURS.length]} strokeWidth="2.5" strokeDasharray={DASHES[si % DASHES.length]} />
            </svg>
            {s.label}
          </li>
        ))}
        {references.map((r) => (
          <li key={`ref-${r.label}`}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={COLOURS[r.index % COLOURS.length]}
                strokeWidth="1.5"
                strokeLinecap="round"
                strokeDasharray={REFERENCE_DASH}
              />
            </svg>
            {r.label}
          </li>
        ))}
      </ul>
      {/* The wrapper is the one that is hidden: a table never shrinks below its content, so a 1 px table still widened the page. */}
      <div className="sr-only">
        <table>
          <caption>{title}, round by round</caption>
          <thead>
            <tr>
              <th scope="col">Track</th>
              {Array.from({ length: rounds + 1 }, (_, i) => (
                <th key={i} scope="col">
                  {i === 0 ? 'Start' : `Round ${i}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                {s.values.map((v, i) => (
                  <td key={i}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
