import { memo, useId, useMemo } from 'react';
import type { PeninsulaState } from '../../shared/state';
import { TRACK_MAX } from '../../shared/tracks';
import type { VenueId } from '../../shared/data/venues';
import { BORDERS, CHINA_DPRK_BORDER, DMZ, GRATICULE, INSETS, LAND, MAP_HEIGHT, MAP_WIDTH, POINTS, SCALE_BAR, type InsetId, type MapPoint } from './geometry';
import { mapView, PALETTE, tensionColour, type LaunchKind, type LinkEnd, type LinkView, type MapView, type VenueView } from './mapView';
import './map.css';

/**
 * The board map: real geography (see scripts/buildMap.ts) with the state drawn over it.
 * Purely presentational: it reads a player's view of G and draws; it never moves.
 */
export function PeninsulaMap({ G }: { G: PeninsulaState }) {
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
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Where things are

/** Where a line from `from` towards the middle of a box meets the box's edge. */
function edgeOfBox(from: MapPoint, box: { x: number; y: number; width: number; height: number }): MapPoint {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = from[0] - cx;
  const dy = from[1] - cy;
  const t = Math.min(Math.abs(box.width / 2 / (dx || 1e-9)), Math.abs(box.height / 2 / (dy || 1e-9)));
  return [Math.round((cx + dx * t) * 10) / 10, Math.round((cy + dy * t) * 10) / 10];
}

/** Washington is the far end of the alliance links: they run to the edge of its inset, across the Pacific. */
function linkEnd(end: LinkEnd, other: LinkEnd): MapPoint {
  return end === 'washington' ? edgeOfBox(LINK_ENDS[other], INSETS.washington) : LINK_ENDS[end];
}

const LINK_ENDS: Record<LinkEnd, MapPoint> = {
  washington: [INSETS.washington.x, INSETS.washington.y],
  seoul: POINTS.seoul,
  tokyo: POINTS.tokyo,
  pyongyang: POINTS.pyongyang,
  beijing: POINTS.beijing,
};

/** Venues on the main map, with where their summit label goes; the others live in insets. */
const MAP_VENUES: Partial<Record<VenueId, { at: MapPoint; dx: number; dy: number }>> = {
  panmunjom: { at: POINTS.panmunjom, dx: 18, dy: 4 },
  beijing: { at: POINTS.beijing, dx: -8, dy: 32 },
  pyongyang: { at: POINTS.pyongyang, dx: -30, dy: 30 },
};

function isInsetVenue(id: VenueId): id is InsetId {
  return Object.hasOwn(INSETS, id);
}

const CAPITALS: ReadonlyArray<{ id: 'pyongyang' | 'seoul' | 'beijing' | 'tokyo'; label: string; dx: number; dy: number; anchor: 'start' | 'end' }> = [
  { id: 'pyongyang', label: 'Pyongyang', dx: -10, dy: 4, anchor: 'end' },
  { id: 'seoul', label: 'Seoul', dx: -10, dy: 10, anchor: 'end' },
  { id: 'beijing', label: 'Beijing', dx: 0, dy: -12, anchor: 'start' },
  { id: 'tokyo', label: 'Tokyo', dx: 9, dy: 14, anchor: 'start' },
];

const COUNTRY_LABELS: ReadonlyArray<{ at: MapPoint; text: string; className: string }> = [
  { at: POINTS.labelChina, text: 'CHINA', className: 'pm-country' },
  { at: POINTS.labelRussia, text: 'RUSSIA', className: 'pm-country' },
  { at: POINTS.labelJapan, text: 'JAPAN', className: 'pm-country' },
  { at: POINTS.labelNorthKorea, text: 'NORTH KOREA', className: 'pm-country pm-country--korea' },
  { at: POINTS.labelSouthKorea, text: 'SOUTH KOREA', className: 'pm-country pm-country--korea' },
  { at: POINTS.labelSeaOfJapan, text: 'Sea of Japan (East Sea)', className: 'pm-sea' },
  { at: POINTS.labelYellowSea, text: 'Yellow Sea', className: 'pm-sea' },
  { at: POINTS.labelEastChinaSea, text: 'East China Sea', className: 'pm-sea' },
  { at: POINTS.labelPacific, text: 'Pacific Ocean', className: 'pm-sea' },
];

// ---------------------------------------------------------------------------------------------
// The static layers, drawn once (they never change with the state)

const StaticMap = memo(function StaticMap() {
  return (
    <g className="pm-static">
      <rect className="pm-sea-fill" x={0} y={0} width={MAP_WIDTH} height={MAP_HEIGHT} />
      <path className="pm-graticule" d={GRATICULE} />
      <path className="pm-land" d={LAND.other} />
      <path className="pm-land" d={LAND.rus} />
      <path className="pm-land" d={LAND.chn} />
      <path className="pm-land pm-land--japan" d={LAND.jpn} />
      <path className="pm-land pm-land--dprk" d={LAND.prk} />
      <path className="pm-land pm-land--rok" d={LAND.kor} />
      <path className="pm-borders" d={BORDERS} />
      <path className="pm-dmz" d={DMZ} />
      {COUNTRY_LABELS.map((l) => (
        <text key={l.text} className={l.className} x={l.at[0]} y={l.at[1]} textAnchor="middle">
          {l.text}
        </text>
      ))}
      <text className="pm-minor" x={POINTS.labelDmz[0]} y={POINTS.labelDmz[1]} textAnchor="middle">
        DMZ
      </text>
      <g className="pm-scale" transform={`translate(14 ${MAP_HEIGHT - 38})`}>
        <rect width={SCALE_BAR.length / 2} height={5} className="pm-scale-dark" />
        <rect x={SCALE_BAR.length / 2} width={SCALE_BAR.length / 2} height={5} className="pm-scale-light" />
        <text x={0} y={-5}>0</text>
        <text x={SCALE_BAR.length} y={-5} textAnchor="middle">{`${SCALE_BAR.km} km`}</text>
      </g>
      <text className="pm-credit" x={14} y={MAP_HEIGHT - 12}>
        Natural Earth · Lambert conformal conic
      </text>
    </g>
  );
});

const Capitals = memo(function Capitals() {
  return (
    <g className="pm-capitals">
      {CAPITALS.map((c) => {
        const [x, y] = POINTS[c.id];
        return (
          <g key={c.id}>
            <rect className="pm-capital-dot" x={x - 3.5} y={y - 3.5} width={7} height={7} />
            <text className="pm-capital" x={x + c.dx} y={y + c.dy} textAnchor={c.anchor}>
              {c.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});

// ---------------------------------------------------------------------------------------------
// The state

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

/** Sanctions are a wall along the Yalu and Tumen; China's enforcement decides how many gaps it has. */
function BorderSanctions({ view }: { view: MapView }) {
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

function linkPath(link: LinkView): string {
  const [x1, y1] = linkEnd(link.from, link.to);
  const [x2, y2] = linkEnd(link.to, link.from);
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const bend = 0.16 * link.bow;
  const cx = mx - (y2 - y1) * bend;
  const cy = my + (x2 - x1) * bend;
  return `M${x1} ${y1}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x2} ${y2}`;
}

/** The point halfway along the quadratic curve, where the value is written. */
function linkMidpoint(link: LinkView): MapPoint {
  const [x1, y1] = linkEnd(link.from, link.to);
  const [x2, y2] = linkEnd(link.to, link.from);
  const bend = 0.16 * link.bow;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  return [0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2];
}

/** Where each link's name goes beside its value, clear of the capitals and insets. */
const LINK_CAPTIONS: Record<string, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> = {
  trustUsRok: { dx: 0, dy: 28, anchor: 'middle' },
  trustUsJpn: { dx: -16, dy: 4, anchor: 'end' },
  rapport: { dx: 0, dy: -17, anchor: 'middle' },
  tiesPrcDprk: { dx: 0, dy: -17, anchor: 'middle' },
};

function Links({ links }: { links: LinkView[] }) {
  return (
    <g className="pm-links">
      {links.map((link) => {
        const [mx, my] = linkMidpoint(link);
        const caption = LINK_CAPTIONS[link.track];
        const dash = link.personal ? `${link.width * 2.2} ${link.width * 1.4}` : link.strained ? `${link.width * 1.2} ${link.width * 2}` : undefined;
        return (
          <g key={link.track} className="pm-link" data-track={link.track} data-value={link.value}>
            <title>{`${link.label}: ${link.value} of ${TRACK_MAX}`}</title>
            <path className="pm-link-casing" d={linkPath(link)} strokeWidth={link.width + 3} strokeDasharray={dash} />
            <path className="pm-link-line" d={linkPath(link)} stroke={link.colour} strokeWidth={link.width} strokeOpacity={link.opacity} strokeDasharray={dash} />
            <circle className="pm-link-value-bg" cx={mx} cy={my} r={11} stroke={link.colour} />
            <text className="pm-link-value" x={mx} y={my + 4.5} textAnchor="middle">
              {link.value}
            </text>
            {caption ? (
              <text className="pm-link-caption" x={mx + caption.dx} y={my + caption.dy} textAnchor={caption.anchor}>
                {link.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

function Sites({ view }: { view: MapView }) {
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

const VENUE_STATUS_LABEL: Record<VenueView['status'], string> = {
  deal: 'Deal agreed',
  jointStatement: 'Joint statement',
  proposed: 'Summit proposed',
  none: '',
};

function VenueMarker({ venue, x, y }: { venue: VenueView; x: number; y: number }) {
  if (venue.status === 'none') return null;
  return (
    <g className={`pm-summit pm-summit--${venue.status}`} data-venue={venue.id} data-status={venue.status}>
      <title>{`${venue.label}: ${VENUE_STATUS_LABEL[venue.status]}`}</title>
      <circle className="pm-summit-halo" cx={x} cy={y} r={15} />
      <circle className="pm-summit-ring" cx={x} cy={y} r={9} />
      {venue.status === 'proposed' ? (
        <text className="pm-summit-glyph" x={x} y={y + 4} textAnchor="middle">
          ?
        </text>
      ) : (
        <path className="pm-summit-glyph-path" d={`M${x - 4.5} ${y}l3 3.2 6-6.4`} />
      )}
    </g>
  );
}

function Venues({ venues }: { venues: VenueView[] }) {
  return (
    <g className="pm-venues">
      {venues.map((venue) => {
        const place = MAP_VENUES[venue.id];
        if (!place) return null;
        const [x, y] = place.at;
        return (
          <g key={venue.id}>
            <VenueMarker venue={venue} x={x} y={y} />
            {venue.status !== 'none' ? (
              <text className={`pm-summit-label pm-summit-label--${venue.status}`} x={x + place.dx} y={y + place.dy}>
                {VENUE_STATUS_LABEL[venue.status]}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

function Insets({ venues }: { venues: VenueView[] }) {
  return (
    <g className="pm-insets">
      {venues.filter((v) => isInsetVenue(v.id)).map((venue) => {
        const inset = INSETS[venue.id as InsetId];
        const [vx, vy] = inset.venue;
        const active = venue.status !== 'none';
        return (
          <g
            key={venue.id}
            className={`pm-inset pm-inset--${venue.status}`}
            data-inset={venue.id}
            data-status={venue.status}
            transform={`translate(${inset.x} ${inset.y})`}
          >
            <title>{active ? `${venue.label}: ${VENUE_STATUS_LABEL[venue.status]}` : `${venue.label}: summit venue`}</title>
            <svg x={0} y={0} width={inset.width} height={inset.height} viewBox={`0 0 ${inset.width} ${inset.height}`} overflow="hidden">
              <rect className="pm-inset-sea" width={inset.width} height={inset.height} />
              <path className="pm-land" d={inset.land} />
              <path className="pm-land pm-land--host" d={inset.highlight} />
              <VenueMarker venue={venue} x={vx} y={vy} />
              <rect className="pm-capital-dot" x={vx - 3.5} y={vy - 3.5} width={7} height={7} />
            </svg>
            <rect className="pm-inset-frame" width={inset.width} height={inset.height} />
            <rect className="pm-inset-tab" x={0} y={-19} width={inset.width} height={19} />
            <text className="pm-inset-label" x={7} y={-5}>
              {venue.label}
            </text>
            {active ? (
              <g className="pm-inset-status">
                <rect x={4} y={inset.height - 22} width={inset.width - 8} height={18} rx={9} />
                <text x={inset.width / 2} y={inset.height - 9} textAnchor="middle">
                  {VENUE_STATUS_LABEL[venue.status]}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** A missile arcs from Sohae into the Sea of Japan; a satellite rocket flies south; a nuclear test shakes Punggye-ri. */
function Launches({ launches }: { launches: LaunchKind[] }) {
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
