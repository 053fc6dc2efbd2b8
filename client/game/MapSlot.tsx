import { lazy, Suspense, type ComponentType } from 'react';
import type { SeatView } from '../../shared/index';

type MapComponent = ComponentType<{ G: SeatView }>;

/**
 * The SVG map is built separately (client/map/PeninsulaMap.tsx) and is heavy (geography data),
 * so it is loaded lazily; the glob lets the client build before that file exists.
 */
const found = import.meta.glob<{ PeninsulaMap: MapComponent }>('../map/PeninsulaMap.tsx');
const loader = Object.values(found)[0];
const LazyMap = loader ? lazy(async () => ({ default: (await loader()).PeninsulaMap })) : null;

function Placeholder({ G }: { G: SeatView }) {
  return (
    <div className="map-placeholder" role="img" aria-label={`Map of the Korean peninsula, tension ${G.tracks.tension} of 10`}>
      <span>Korean peninsula</span>
    </div>
  );
}

export function MapSlot({ G }: { G: SeatView }) {
  return (
    <section className="map-slot" aria-label="Map">
      {LazyMap ? (
        <Suspense fallback={<Placeholder G={G} />}>
          <LazyMap G={G} />
        </Suspense>
      ) : (
        <Placeholder G={G} />
      )}
    </section>
  );
}
