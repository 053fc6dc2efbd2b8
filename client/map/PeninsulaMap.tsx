import { useId, useMemo } from 'react';
import type { SeatView } from '../../shared/state';
import { TRACK_MAX } from '../../shared/tracks';
import { Capitals, StaticMap } from './baseLayers';
import { BorderSanctions, Launches, Sites } from './crisisLayers';
import { Insets, Links, Venues } from './diplomacyLayers';
import { MapKey } from './MapKey';
import { LAND, MAP_HEIGHT, MAP_WIDTH, POINTS } from './geometry';
import { mapView, PALETTE, tensionColour, type MapView } from './mapView';
import './map.css';

/**
 * The board map: real geography (see scripts/buildMap.ts) with the state drawn over it.
 * Purely presentational: it reads a player's view of G and draws; it never moves.
 */
export function PeninsulaMap({ G }: { G: SeatView }) {
  const view = useMemo(() => mapView(G), [G]);
  // useId gives characters that are awkward inside url(#…): keep letters, digits, - and _.
  const uid = `pm${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <div className={`pm${view.war ? ' pm--war' : ''}`}>
      <svg
        className="pm-svg"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        role="img"
        aria-label={view.summary}
        data-tension={view.tension}
        data-war={view.war ? 'true' : 'false'}
      >
        <title>Map of the Korean peninsula and its neighbours</title>
        <desc>{view.summary}</desc>
        <MapDefs uid={uid} view={view} />
        <StaticMap />
        <TensionWash uid={uid} view={view} />
        <BorderSanctions view={view} />
        <Links links={view.links} />
        <Capitals />
        <Sites view={view} />
        <Venues venues={view.venues} />
        <Launches launches={view.launches} />
        <Insets venues={view.venues} />
        <TensionGauge view={view} />
        {view.war ? <WarBanner uid={uid} cause={view.war.cause} /> : null}
      </svg>
      <MapKey view={view} />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Tension and war

function MapDefs({ uid, view }: { uid: string; view: MapView }) {
  const [px, py] = POINTS.panmunjom;
  return (
    <defs>
      <radialGradient id={`${uid}-wash`} gradientUnits="userSpaceOnUse" cx={px} cy={py} r={140 + view.tension * 32}>
        <stop offset="0" stopColor={view.tensionColour} stopOpacity={view.washOpacity} />
        <stop offset="0.6" stopColor={view.tensionColour} stopOpacity={view.washOpacity * 0.55} />
        <stop offset="1" stopColor={view.tensionColour} stopOpacity={0} />
      </radialGradient>
      <pattern id={`${uid}-war`} width={14} height={14} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width={14} height={14} fill={PALETTE.vermillion} fillOpacity={0.28} />
        <rect width={5} height={14} fill={PALETTE.vermillion} fillOpacity={0.35} />
      </pattern>
    </defs>
  );
}

function TensionWash({ uid, view }: { uid: string; view: MapView }) {
  return (
    <g className="pm-wash-layer">
      <rect
        className="pm-wash"
        x={0}
        y={0}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        fill={`url(#${uid}-wash)`}
        data-colour={view.tensionColour}
        data-opacity={view.washOpacity}
      />
      {view.war ? <rect className="pm-war-wash" x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} fill={`url(#${uid}-war)`} /> : null}
      {view.war ? <path className="pm-war-outline" d={`${LAND.prk}${LAND.kor}`} /> : null}
    </g>
  );
}

function TensionGauge({ view }: { view: MapView }) {
  const cx = 100;
  const cy = 86;
  const r = 58;
  const segments = Array.from({ length: TRACK_MAX }, (_, i) => i);
  const angle = (v: number) => Math.PI + (v / TRACK_MAX) * Math.PI;
  const point = (v: number, rr: number) => [cx + Math.cos(angle(v)) * rr, cy + Math.sin(angle(v)) * rr] as const;
  const needle = point(view.tension, r - 8);
  return (
    <g className="pm-gauge" data-tension={view.tension}>
      <rect className="pm-gauge-card" x={12} y={12} width={176} height={124} rx={8} />
      {segments.map((i) => {
        const [ax, ay] = point(i + 0.08, r);
        const [bx, by] = point(i + 0.92, r);
        return (
          <path
            key={i}
            className="pm-gauge-segment"
            d={`M${ax.toFixed(1)} ${ay.toFixed(1)}A${r} ${r} 0 0 1 ${bx.toFixed(1)} ${by.toFixed(1)}`}
            stroke={tensionColour(i + 0.5)}
            strokeOpacity={i < view.tension ? 1 : 0.22}
          />
        );
      })}
      <line className="pm-gauge-needle" x1={cx} y1={cy} x2={needle[0].toFixed(1)} y2={needle[1].toFixed(1)} />
      <circle className="pm-gauge-hub" cx={cx} cy={cy} r={5} />
      <text className="pm-gauge-value" x={cx} y={cy + 30} textAnchor="middle">
        {`Tension ${view.tension}/${TRACK_MAX}`}
      </text>
      <text className="pm-gauge-word" x={cx} y={cy + 45} textAnchor="middle">
        {`${view.tensionWord} · round ${view.round} of ${view.rounds}`}
      </text>
      {/* On narrow screens the border badge is hidden and its numbers move here. */}
      <text className="pm-gauge-sanctions" x={cx} y={cy + 47} textAnchor="middle" aria-hidden="true">
        {`Sanctions ${view.sanctions} · enforced ${view.enforcement}`}
      </text>
    </g>
  );
}

function WarBanner({ uid, cause }: { uid: string; cause: string }) {
  const width = 560;
  const x = (MAP_WIDTH - width) / 2;
  return (
    <g className="pm-war-banner" data-war-banner="true">
      <rect x={x} y={14} width={width} height={58} rx={6} />
      <text x={MAP_WIDTH / 2} y={42} textAnchor="middle" className="pm-war-title" id={`${uid}-war-title`}>
        WAR ON THE PENINSULA
      </text>
      <text x={MAP_WIDTH / 2} y={62} textAnchor="middle" className="pm-war-cause">
        {cause.length > 80 ? `${cause.slice(0, 77)}…` : cause}
      </text>
    </g>
  );
}
