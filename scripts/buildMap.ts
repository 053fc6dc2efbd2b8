/**
 * Builds client/map/geometry.ts: the board map's SVG paths and projected points, from real
 * geography. Run with `npm run map` (or `npx tsx scripts/buildMap.ts`).
 *
 * Data: world-atlas (TopoJSON of Natural Earth 1:10m admin-0 countries). Natural Earth is in the
 * public domain (https://www.naturalearthdata.com/about/terms-of-use/). 1:10m rather than 1:50m
 * because it draws the Korean west and south coasts (bays, the south-west archipelago) recognisably;
 * the neighbours are simplified harder, so the file stays small.
 *
 * The output is small and committed, so the client never ships or parses the atlas: coordinates are
 * projected here, simplified (Douglas–Peucker in screen space), rounded to 0.1 and written as
 * relative path commands.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea, geoConicConformal, geoGraticule, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

type Point = [number, number];
type LonLat = [number, number];
type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

// ---------------------------------------------------------------------------------------------
// The frame and what is drawn in it (data, so the map can be retuned without touching the code).

export const MAP_WIDTH = 1000;
/** Northeast Asia: Beijing (116.4°E) to Hokkaido (145.8°E), Shanghai (31°N) to the Amur (46°N). */
const FRAME = { west: 113.6, east: 146.4, south: 29.6, north: 46.4 };
/** Lambert conformal conic with standard parallels through the frame: shapes true, north up at 130°E. */
const CENTRAL_MERIDIAN = 130;
const STANDARD_PARALLELS: Point = [31, 44];

/** ISO 3166 numeric ids in world-atlas; anything else in the frame is drawn as "other" land. */
const MAIN_COUNTRIES = { prk: '408', kor: '410', chn: '156', jpn: '392', rus: '643' } as const;
type MainCountry = keyof typeof MAIN_COUNTRIES | 'other';

/** Named places on the main map (lon, lat). Venues in the frame use their venue id. */
const PLACES = {
  // Capitals (and the venues Pyongyang and Beijing)
  pyongyang: [125.7625, 39.0392],
  seoul: [126.978, 37.5665],
  beijing: [116.4074, 39.9042],
  tokyo: [139.6503, 35.6762],
  // Venue: the truce village on the demarcation line
  panmunjom: [126.677, 37.956],
  // Test and nuclear sites
  punggyeri: [129.08, 41.28],
  yongbyon: [125.75, 39.8],
  sohae: [124.7, 39.66],
  // Dandong–Sinuiju: the bridge where China's enforcement of sanctions is felt
  dandong: [124.39, 40.13],
  // Where a missile from the west coast comes down in the Sea of Japan, and a satellite rocket's path south
  missileSplash: [135.9, 40.7],
  rocketSplash: [124.2, 33.2],
  // Label anchors
  labelChina: [117.6, 36.4],
  labelRussia: [134.3, 45.4],
  labelJapan: [135.6, 35.35],
  labelNorthKorea: [127.75, 40.45],
  labelSouthKorea: [128.0, 36.6],
  labelSeaOfJapan: [133.6, 38.3],
  labelYellowSea: [123.4, 36.2],
  labelEastChinaSea: [125.0, 31.4],
  labelPacific: [142.6, 33.4],
  labelDmz: [128.05, 38.42],
} satisfies Record<string, LonLat>;
export type PlaceId = keyof typeof PLACES;

const SCALE_BAR_KM = 500;
const SCALE_BAR_LATITUDE = 38;
/** Kilometres per degree of longitude at the equator (WGS84). */
const KM_PER_DEGREE = 111.32;

/** The Military Demarcation Line, west to east: Han estuary, Panmunjom, Cheorwon, the Punchbowl, Goseong. */
const DMZ_LINE: LonLat[] = [
  [126.1, 37.74],
  [126.45, 37.8],
  [126.677, 37.956],
  [126.95, 38.07],
  [127.2, 38.27],
  [127.55, 38.32],
  [127.95, 38.29],
  [128.15, 38.33],
  [128.36, 38.61],
];

/**
 * Far venues get inset boxes over the open Pacific, each with its own Mercator view. Washington sits
 * east of Japan, where the alliance links leave for America; Singapore and Hanoi south of Japan.
 * `slot` places the box: its column from the right edge and its row (top, or bottom of the map).
 */
const INSET_SPECS = {
  singapore: {
    label: 'Singapore',
    venue: [103.85, 1.29],
    bounds: { west: 103.3, east: 104.4, south: 0.95, north: 1.65 },
    highlight: ['702'],
    slot: { column: 1, top: null },
  },
  hanoi: {
    label: 'Hanoi',
    venue: [105.8342, 21.0278],
    bounds: { west: 102.2, east: 109.4, south: 17.2, north: 23.6 },
    highlight: ['704'],
    slot: { column: 0, top: null },
  },
  washington: {
    label: 'Washington',
    venue: [-77.0369, 38.9072],
    bounds: { west: -80.2, east: -73.6, south: 36.6, north: 41.0 },
    highlight: ['840'],
    slot: { column: 0, top: 300 },
  },
} satisfies Record<string, { label: string; venue: LonLat; bounds: Bounds; highlight: string[]; slot: { column: number; top: number | null } }>;
export type InsetId = keyof typeof INSET_SPECS;
const INSET_SIZE = { width: 132, height: 96 };
const INSET_GAP = 10;
const INSET_MARGIN = 14;

interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * Screen-space simplification (map units, 1000 across): how far a simplified coast may stray, and
 * the area under which an island is dropped. The Koreas are the board, so they keep the most detail.
 */
const DETAIL: Record<MainCountry, { tolerance: number; minArea: number }> = {
  prk: { tolerance: 0.35, minArea: 2 },
  kor: { tolerance: 0.35, minArea: 2 },
  jpn: { tolerance: 0.9, minArea: 16 },
  chn: { tolerance: 0.8, minArea: 8 },
  rus: { tolerance: 0.8, minArea: 8 },
  other: { tolerance: 0.8, minArea: 8 },
};
const LINE_TOLERANCE = 0.4;
const INSET_TOLERANCE = 0.55;
const INSET_MIN_RING_AREA = 2;

// ---------------------------------------------------------------------------------------------
// Geometry helpers

interface Ring {
  points: Point[];
  closed: boolean;
}

/** A d3-geo path context that keeps the projected (and clipped) rings instead of drawing them. */
function ringCollector(): { context: Parameters<ReturnType<typeof geoPath>['context']>[0] & object; rings: Ring[] } {
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

function project(projection: GeoProjection, lonLat: LonLat): Point {
  const p = projection(lonLat);
  if (!p) throw new Error(`Cannot project ${lonLat.join(',')}`);
  return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
}

function drawn(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0], tolerance: number, minArea: number): string {
  const { context, rings } = ringCollector();
  geoPath(projection, context as never)(object);
  return ringsToPath(rings, tolerance, minArea);
}

// ---------------------------------------------------------------------------------------------
// The build

export interface InsetGeometry {
  label: string;
  /** Where the inset sits on the main map. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** In the inset's own coordinates (0..width, 0..height). */
  land: string;
  highlight: string;
  venue: Point;
}

export interface MapGeometry {
  width: number;
  height: number;
  land: Record<MainCountry, string>;
  borders: string;
  chinaDprkBorder: string;
  dmz: string;
  graticule: string;
  scaleBar: { km: number; length: number };
  points: Record<PlaceId, Point>;
  insets: Record<InsetId, InsetGeometry>;
}

function mainProjection(): { projection: GeoProjection; height: number } {
  const midLat = (FRAME.south + FRAME.north) / 2;
  const projection = geoConicConformal().parallels(STANDARD_PARALLELS).rotate([-CENTRAL_MERIDIAN, 0]).center([0, midLat]);
  // The frame's width at its middle latitude sets the scale; its height follows from it.
  const widthLine: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [FRAME.west, midLat],
      [FRAME.east, midLat],
    ],
  };
  projection.fitWidth(MAP_WIDTH, widthLine);
  const top = projection([CENTRAL_MERIDIAN, FRAME.north])![1];
  const bottom = projection([CENTRAL_MERIDIAN, FRAME.south])![1];
  const height = Math.round(bottom - top);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top]);
  // Clip a little outside the view so coastlines cut by the frame leave no stroke at its edge.
  projection.clipExtent([
    [-4, -4],
    [MAP_WIDTH + 4, height + 4],
  ]);
  return { projection, height };
}

/** Country features, without any whose ring winds the wrong way (10m Maldives) and so covers the globe. */
function countryFeatures(topo: CountryTopology): Array<Feature<Geometry, { name: string }>> {
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return all.features.filter((f) => geoArea(f) < 2 * Math.PI);
}

function insetGeometry(topo: CountryTopology, id: InsetId, x: number, y: number): InsetGeometry {
  const spec = INSET_SPECS[id];
  const { west, east, south, north } = spec.bounds;
  const projection = geoMercator();
  const corners: MultiPoint = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
    ],
  };
  projection.fitSize([INSET_SIZE.width, INSET_SIZE.height], corners);
  projection.clipExtent([
    [-2, -2],
    [INSET_SIZE.width + 2, INSET_SIZE.height + 2],
  ]);
  const countries = countryFeatures(topo);
  const isHighlight = (f: Feature) => (spec.highlight as readonly string[]).includes(String(f.id));
  const others: FeatureCollection = { type: 'FeatureCollection', features: countries.filter((f) => !isHighlight(f)) };
  const highlighted: FeatureCollection = { type: 'FeatureCollection', features: countries.filter(isHighlight) };
  return {
    label: spec.label,
    x,
    y,
    width: INSET_SIZE.width,
    height: INSET_SIZE.height,
    land: drawn(projection, others, INSET_TOLERANCE, INSET_MIN_RING_AREA),
    highlight: drawn(projection, highlighted, INSET_TOLERANCE, INSET_MIN_RING_AREA),
    venue: project(projection, spec.venue),
  };
}

/** The pure build: same atlas in, same geometry out, which the tests check against the committed file. */
export function buildGeometry(main: CountryTopology): MapGeometry {
  const { projection, height } = mainProjection();
  const countries = countryFeatures(main);
  const byId = new Map(countries.map((f) => [String(f.id), f]));
  const mainIds = new Set<string>(Object.values(MAIN_COUNTRIES));

  const land = {} as Record<MainCountry, string>;
  for (const [key, id] of Object.entries(MAIN_COUNTRIES) as Array<[keyof typeof MAIN_COUNTRIES, string]>) {
    land[key] = drawn(projection, byId.get(id)!, DETAIL[key].tolerance, DETAIL[key].minArea);
  }
  land.other = drawn(
    projection,
    { type: 'FeatureCollection', features: countries.filter((f) => !mainIds.has(String(f.id))) },
    DETAIL.other.tolerance,
    DETAIL.other.minArea,
  );

  const countryObject = main.objects.countries;
  const borders = drawn(
    projection,
    mesh(main, countryObject, (a, b) => a !== b),
    LINE_TOLERANCE,
    0,
  );
  const isPair = (a: { id?: string | number }, b: { id?: string | number }, x: string, y: string) =>
    (String(a.id) === x && String(b.id) === y) || (String(a.id) === y && String(b.id) === x);
  const chinaDprkBorder = drawn(
    projection,
    mesh(main, countryObject, (a, b) => isPair(a, b, MAIN_COUNTRIES.chn, MAIN_COUNTRIES.prk)),
    LINE_TOLERANCE,
    0,
  );
  const dmz = drawn(projection, { type: 'LineString', coordinates: DMZ_LINE }, 0.05, 0);
  const graticule = drawn(
    projection,
    geoGraticule()
      .step([5, 5])
      .extent([
        [100, 20],
        [160, 55],
      ])(),
    LINE_TOLERANCE,
    0,
  );

  // A conformal map's scale varies with latitude: the bar is true along 38°N, through the DMZ.
  const scaleDegrees = SCALE_BAR_KM / (KM_PER_DEGREE * Math.cos((SCALE_BAR_LATITUDE * Math.PI) / 180));
  const [ax] = project(projection, [CENTRAL_MERIDIAN - scaleDegrees / 2, SCALE_BAR_LATITUDE]);
  const [bx] = project(projection, [CENTRAL_MERIDIAN + scaleDegrees / 2, SCALE_BAR_LATITUDE]);
  const scaleBar = { km: SCALE_BAR_KM, length: Math.round((bx - ax) * 10) / 10 };

  const points = Object.fromEntries(Object.entries(PLACES).map(([id, lonLat]) => [id, project(projection, lonLat as LonLat)])) as Record<PlaceId, Point>;

  const insets = {} as Record<InsetId, InsetGeometry>;
  for (const id of Object.keys(INSET_SPECS) as InsetId[]) {
    const { column, top } = INSET_SPECS[id].slot;
    const x = MAP_WIDTH - INSET_MARGIN - (column + 1) * INSET_SIZE.width - column * INSET_GAP;
    const y = top ?? height - INSET_MARGIN - INSET_SIZE.height;
    insets[id] = insetGeometry(main, id, x, y);
  }

  return { width: MAP_WIDTH, height, land, borders, chinaDprkBorder, dmz, graticule, scaleBar, points, insets };
}

export function renderGeometryModule(g: MapGeometry): string {
  const json = (value: unknown) => JSON.stringify(value);
  const lines = [
    '// Generated by scripts/buildMap.ts — do not edit; run `npm run map`.',
    '// Geography: Natural Earth 1:10m admin-0 countries via the world-atlas npm package',
    '// package; Natural Earth is in the public domain. Main map: Lambert conformal conic,',
    `// central meridian ${CENTRAL_MERIDIAN}°E, standard parallels ${STANDARD_PARALLELS.join('°N and ')}°N; insets: Mercator.`,
    '',
    'export type MapPoint = readonly [number, number];',
    '',
    `export const MAP_WIDTH = ${g.width};`,
    `export const MAP_HEIGHT = ${g.height};`,
    '',
    '/** Land by country, clipped to the frame. */',
    'export const LAND = {',
    ...Object.entries(g.land).map(([k, v]) => `  ${k}: ${json(v)},`),
    '} as const;',
    '',
    '/** Land borders between countries. */',
    `export const BORDERS = ${json(g.borders)};`,
    '',
    '/** The China–North Korea border (Yalu and Tumen): where sanctions are enforced, or not. */',
    `export const CHINA_DPRK_BORDER = ${json(g.chinaDprkBorder)};`,
    '',
    '/** The Military Demarcation Line through the DMZ. */',
    `export const DMZ = ${json(g.dmz)};`,
    '',
    '/** Meridians and parallels every 5°. */',
    `export const GRATICULE = ${json(g.graticule)};`,
    '',
    `/** A scale bar, true along ${SCALE_BAR_LATITUDE}°N. */`,
    `export const SCALE_BAR = { km: ${g.scaleBar.km}, length: ${g.scaleBar.length} } as const;`,
    '',
    'export const POINTS = {',
    ...Object.entries(g.points).map(([k, v]) => `  ${k}: [${v[0]}, ${v[1]}],`),
    '} as const satisfies Record<string, MapPoint>;',
    'export type PlaceId = keyof typeof POINTS;',
    '',
    '/** Far venues: boxes on the main map (x, y, width, height), each with its own outline in local coordinates. */',
    'export const INSETS = {',
    ...Object.entries(g.insets).map(([k, v]) =>
      [
        `  ${k}: {`,
        `    label: ${json(v.label)}, x: ${v.x}, y: ${v.y}, width: ${v.width}, height: ${v.height},`,
        `    venue: [${v.venue[0]}, ${v.venue[1]}],`,
        `    land: ${json(v.land)},`,
        `    highlight: ${json(v.highlight)},`,
        '  },',
      ].join('\n'),
    ),
    '} as const;',
    'export type InsetId = keyof typeof INSETS;',
    '',
  ];
  return lines.join('\n');
}

// Under a jsdom test environment import.meta.url is not a file URL; the project root is the working directory then.
const SCRIPT_DIR = import.meta.url.startsWith('file:') ? dirname(fileURLToPath(import.meta.url)) : resolve('scripts');
const require = createRequire(join(SCRIPT_DIR, 'buildMap.ts'));

export function loadAtlas(): CountryTopology {
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as CountryTopology;
}

export const GEOMETRY_FILE = resolve(SCRIPT_DIR, '../client/map/geometry.ts');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const source = renderGeometryModule(buildGeometry(loadAtlas()));
  writeFileSync(GEOMETRY_FILE, source);
  console.log(`Wrote ${GEOMETRY_FILE} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KB)`);
}
