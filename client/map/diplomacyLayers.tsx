import { TRACK_MAX, type TrackId } from '../../shared/tracks';
import type { VenueId } from '../../shared/data/venues';
import { INSETS, POINTS, type InsetId, type MapPoint } from './geometry';
import type { LinkEnd, LinkView, VenueView } from './mapView';

/** Diplomacy on the map: links between capitals, and summits on their venues (far ones in insets). */

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
function linkEnd(link: LinkView, end: LinkEnd, other: LinkEnd): MapPoint {
  if (end !== 'washington') return LINK_ENDS[end];
  const box = INSETS.washington;
  return link.fromBelow ? [box.x + box.width / 2, box.y + box.height] : edgeOfBox(LINK_ENDS[other], box);
}

const LINK_ENDS: Record<LinkEnd, MapPoint> = {
  washington: [INSETS.washington.x, INSETS.washington.y],
  seoul: POINTS.seoul,
  tokyo: POINTS.tokyo,
  pyongyang: POINTS.pyongyang,
  beijing: POINTS.beijing,
};

/** Venues on the main map, with where their summit label goes; the others live in insets. */
const MAP_VENUES: Partial<Record<VenueId, { at: MapPoint; dx: number; dy: number; anchor: 'start' | 'end' }>> = {
  panmunjom: { at: POINTS.panmunjom, dx: 18, dy: 4, anchor: 'start' },
  beijing: { at: POINTS.beijing, dx: -8, dy: 32, anchor: 'start' },
  // Under the city's name, over Korea Bay: east of Pyongyang is the DMZ and its labels.
  pyongyang: { at: POINTS.pyongyang, dx: -19, dy: 23, anchor: 'end' },
};

function isInsetVenue(id: VenueId): id is InsetId {
  return Object.hasOwn(INSETS, id);
}

function linkPath(link: LinkView): string {
  const [x1, y1] = linkEnd(link, link.from, link.to);
  const [x2, y2] = linkEnd(link, link.to, link.from);
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const bend = 0.16 * link.bow;
  const cx = mx - (y2 - y1) * bend;
  const cy = my + (x2 - x1) * bend;
  return `M${x1} ${y1}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x2} ${y2}`;
}

/** The point halfway along the quadratic curve, where the value is written. */
export function linkMidpoint(link: LinkView): MapPoint {
  const [x1, y1] = linkEnd(link, link.from, link.to);
  const [x2, y2] = linkEnd(link, link.to, link.from);
  const bend = 0.16 * link.bow;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  return [0.25 * x1 + 0.5 * cx + 0.25 * x2, 0.25 * y1 + 0.5 * cy + 0.25 * y2];
}

/** Where each link's name goes beside its value, clear of the capitals and insets. */
const LINK_CAPTIONS: Partial<Record<TrackId, { dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }>> = {
  trustUsRok: { dx: 0, dy: 28, anchor: 'middle' },
  trustUsJpn: { dx: 0, dy: 30, anchor: 'middle' },
  rapport: { dx: 0, dy: -17, anchor: 'middle' },
  tiesPrcDprk: { dx: 0, dy: -17, anchor: 'middle' },
};

export function Links({ links }: { links: LinkView[] }) {
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
            <path
              className="pm-link-line"
              d={linkPath(link)}
              stroke={link.colour}
              strokeWidth={link.width}
              strokeOpacity={link.opacity}
              strokeDasharray={dash}
            />
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

export const VENUE_STATUS_LABEL: Record<VenueView['status'], string> = {
  deal: 'Deal agreed',
  jointStatement: 'Joint statement',
  proposed: 'Summit proposed',
  none: '',
};

/** This round's summit, or, in a quiet round, a small ring for agreements made here before. */
function VenueMarker({ venue, x, y }: { venue: VenueView; x: number; y: number }) {
  if (venue.status === 'none') {
    if (venue.earlier === 0) return null;
    const times = venue.earlier === 1 ? 'an earlier round' : `${venue.earlier} earlier rounds`;
    return (
      <g className="pm-summit pm-summit--past" data-venue={venue.id} data-status="past" data-earlier={venue.earlier}>
        <title>{`${venue.label}: agreements signed here in ${times}`}</title>
        <circle className="pm-summit-ring" cx={x} cy={y} r={8} />
      </g>
    );
  }
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

export function Venues({ venues }: { venues: VenueView[] }) {
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
              <text className={`pm-summit-label pm-summit-label--${venue.status}`} x={x + place.dx} y={y + place.dy} textAnchor={place.anchor}>
                {VENUE_STATUS_LABEL[venue.status]}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

export function Insets({ venues }: { venues: VenueView[] }) {
  return (
    <g className="pm-insets">
      {venues
        .filter((v) => isInsetVenue(v.id))
        .map((venue) => {
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
