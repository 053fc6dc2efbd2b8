import { TRACK_MAX } from '../../shared/tracks';
import { VENUE_STATUS_LABEL } from './diplomacyLayers';
import type { MapView } from './mapView';

/**
 * The map's key, in HTML under the drawing, for narrow maps (phones, and the 1366 laptop's
 * centre column): there the names on the links and the summit labels would be too small or fall
 * on the capitals' names, so the map keeps its numbers and markers and this key names them.
 * Hidden from screen readers: the map's own description already says all of it.
 */
export function MapKey({ view }: { view: MapView }) {
  const summits = view.venues.filter((v) => v.status !== 'none');
  return (
    <div className="pm-key" aria-hidden="true" data-testid="map-key">
      <ul className="pm-key-links">
        {view.links.map((link) => (
          <li key={link.track}>
            <svg width="26" height="10" className="pm-key-swatch">
              <line x1="1" x2="25" y1="5" y2="5" stroke={link.colour} strokeWidth="3" strokeDasharray={link.personal ? '6 4' : undefined} />
            </svg>
            <span className="pm-key-value" style={{ borderColor: link.colour }}>
              {link.value}
            </span>
            <span>
              {link.label} <span className="pm-key-of">/ {TRACK_MAX}</span>
            </span>
          </li>
        ))}
      </ul>
      {summits.length ? (
        <ul className="pm-key-summits">
          {summits.map((v) => (
            <li key={v.id} className={`pm-key-summit pm-key-summit--${v.status}`}>
              {v.label}: {VENUE_STATUS_LABEL[v.status]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
