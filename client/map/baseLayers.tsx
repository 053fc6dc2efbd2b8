import { memo } from 'react';
import { BORDERS, DMZ, GRATICULE, LAND, MAP_HEIGHT, MAP_WIDTH, POINTS, SCALE_BAR, type MapPoint } from './geometry';

/** The geography and its names: drawn once, since they never change with the state. */

const CAPITALS: ReadonlyArray<{ id: 'pyongyang' | 'seoul' | 'beijing' | 'tokyo'; label: string; dx: number; dy: number; anchor: 'start' | 'middle' | 'end' }> =
  [
    // Pyongyang and Beijing are venues too: their labels keep clear of a summit marker's halo.
    { id: 'pyongyang', label: 'Pyongyang', dx: -19, dy: 5, anchor: 'end' },
    { id: 'seoul', label: 'Seoul', dx: -10, dy: 10, anchor: 'end' },
    { id: 'beijing', label: 'Beijing', dx: -4, dy: -19, anchor: 'start' },
    // West of the dot, over Honshu: to the east, at a phone's larger type, it ran into the Washington inset.
    { id: 'tokyo', label: 'Tokyo', dx: -9, dy: 4, anchor: 'end' },
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

export const StaticMap = memo(function StaticMap() {
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
        <text x={0} y={-5}>
          0
        </text>
        <text x={SCALE_BAR.length} y={-5} textAnchor="middle">{`${SCALE_BAR.km} km`}</text>
      </g>
      <text className="pm-credit" x={14} y={MAP_HEIGHT - 12}>
        Natural Earth · Lambert conformal conic
      </text>
    </g>
  );
});

export const Capitals = memo(function Capitals() {
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
