import { TRACK_MAX } from '../../shared/tracks';
import { CHINA_DPRK_BORDER, POINTS, type MapPoint } from './geometry';
import type { LaunchKind, MapView } from './mapView';

/** The crisis on the map: sanctions at the border, the nuclear and launch sites, tests and launches. */

/** Sanctions are a wall along the Yalu and Tumen; China's enforcement decides how many gaps it has. */
export function BorderSanctions({ view }: { view: MapView }) {
  const wallWidth = 2 + view.sanctions * 0.9;
  const gap = Math.max(0, (TRACK_MAX - view.enforcement) * 1.6);
  const [dx, dy] = POINTS.dandong;
  // The badge sits over Liaoning, clear of the peninsula, with a leader line to the Dandong bridge.
  const badge = { x: dx - 262, y: dy - 98, width: 236, height: 46 };
  return (
    <g className="pm-sanctions" data-sanctions={view.sanctions} data-enforcement={view.enforcement}>
      <path className="pm-sanctions-wall" d={CHINA_DPRK_BORDER} strokeWidth={wallWidth} strokeOpacity={0.2 + view.sanctions * 0.06} />
      <path className="pm-enforcement" d={CHINA_DPRK_BORDER} strokeDasharray={gap === 0 ? undefined : `5 ${gap}`} />
      <line className="pm-leader" x1={badge.x + badge.width - 30} y1={badge.y + badge.height} x2={dx - 2} y2={dy - 2} />
      <circle className="pm-leader-dot" cx={dx} cy={dy} r={3} />
      <g className="pm-badge" transform={`translate(${badge.x} ${badge.y})`}>
        <rect width={badge.width} height={badge.height} rx={6} />
        <text x={10} y={18} className="pm-badge-title">
          Sanctions {view.sanctions} · China enforces {view.enforcement}
        </text>
        <text x={10} y={36} className="pm-badge-text">
          Pressure on the economy {view.pressure.toFixed(1)}
        </text>
      </g>
    </g>
  );
}

export function Sites({ view }: { view: MapView }) {
  const [yx, yy] = POINTS.yongbyon;
  const [gx, gy] = POINTS.punggyeri;
  const [sx, sy] = POINTS.sohae;
  return (
    <g className="pm-sites">
      <g className="pm-site" data-site="yongbyon">
        <title>{`Yongbyon nuclear complex — DPRK capability ${view.capability} of ${TRACK_MAX}`}</title>
        <circle className="pm-capability" cx={yx} cy={yy} r={4 + view.capability * 1.3} fillOpacity={0.12 + view.capability * 0.05} />
        <path className="pm-site-mark" d={trefoil(yx, yy, 5)} />
        <text className="pm-site-label" x={yx + 9} y={yy - 5}>
          Yongbyon
        </text>
      </g>
      <g className="pm-site" data-site="punggyeri">
        <path className="pm-site-mark" d={triangle(gx, gy, 5)} />
        <text className="pm-site-label" x={gx + 8} y={gy + 4}>
          Punggye-ri
        </text>
      </g>
      <g className="pm-site" data-site="sohae">
        <path className="pm-site-mark" d={triangle(sx, sy, 5)} />
        <text className="pm-site-label" x={sx - 8} y={sy + 4} textAnchor="end">
          Sohae
        </text>
      </g>
      {view.moratorium ? (
        <g className="pm-moratorium" data-moratorium="true" transform={`translate(${gx + 10} ${gy - 44})`}>
          <title>Test moratorium: North Korea has suspended nuclear and missile tests</title>
          <line x1={0} y1={0} x2={0} y2={34} className="pm-flagpole" />
          <path d="M0 0h30l-6 7 6 7h-30z" className="pm-flag" />
          <text x={36} y={12} className="pm-moratorium-label">
            Test moratorium
          </text>
        </g>
      ) : null}
    </g>
  );
}

function triangle(x: number, y: number, r: number): string {
  return `M${x} ${y - r}L${x + r * 0.9} ${y + r * 0.6}L${x - r * 0.9} ${y + r * 0.6}Z`;
}

/** A simple radiation mark: three blades around a centre. */
function trefoil(x: number, y: number, r: number): string {
  const blades: string[] = [];
  for (let i = 0; i < 3; i++) {
    const a0 = ((-90 + i * 120 - 30) * Math.PI) / 180;
    const a1 = ((-90 + i * 120 + 30) * Math.PI) / 180;
    const p = (a: number, rr: number) => `${(x + Math.cos(a) * rr).toFixed(1)} ${(y + Math.sin(a) * rr).toFixed(1)}`;
    blades.push(`M${p(a0, 1.6)}L${p(a0, r)}A${r} ${r} 0 0 1 ${p(a1, r)}L${p(a1, 1.6)}Z`);
  }
  return blades.join('');
}

/** A missile arcs from Sohae into the Sea of Japan; a satellite rocket flies south; a nuclear test shakes Punggye-ri. */
export function Launches({ launches }: { launches: LaunchKind[] }) {
  return (
    <g className="pm-launches">
      {launches.map((kind) => {
        if (kind === 'nuclear') {
          const [x, y] = POINTS.punggyeri;
          return (
            <g key={kind} className="pm-launch pm-launch--nuclear" data-launch={kind}>
              <title>Nuclear test at Punggye-ri</title>
              {[0, 1, 2].map((i) => (
                <circle key={i} className={`pm-shock pm-shock--${i}`} cx={x} cy={y} r={10 + i * 10} />
              ))}
            </g>
          );
        }
        const from = POINTS.sohae;
        const to = kind === 'missile' ? POINTS.missileSplash : POINTS.rocketSplash;
        return (
          <g key={kind} className={`pm-launch pm-launch--${kind}`} data-launch={kind}>
            <title>{kind === 'missile' ? 'Missile test into the Sea of Japan' : 'Satellite launch from Sohae'}</title>
            <path className="pm-launch-arc" d={arc(from, to, kind === 'missile' ? 0.3 : -0.22)} />
            <Splash at={to} />
          </g>
        );
      })}
    </g>
  );
}

/** A flight path bowed to the left of its direction by `lift` of its length (negative: to the right). */
function arc(from: MapPoint, to: MapPoint, lift: number): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const cx = (x1 + x2) / 2 + (y2 - y1) * lift;
  const cy = (y1 + y2) / 2 - (x2 - x1) * lift;
  return `M${x1} ${y1}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x2} ${y2}`;
}

function Splash({ at }: { at: MapPoint }) {
  const [x, y] = at;
  return (
    <g className="pm-splash">
      <circle cx={x} cy={y} r={5} className="pm-splash-dot" />
      <circle cx={x} cy={y} r={12} className="pm-splash-ring" />
    </g>
  );
}
