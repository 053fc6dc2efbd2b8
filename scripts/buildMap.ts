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
import { ringCollector, ringsToPath, type Point } from './mapPaths';
import {
  CENTRAL_MERIDIAN,
  DETAIL,
  DMZ_LINE,
  FRAME,
  INSET_GAP,
  INSET_MARGIN,
  INSET_MIN_RING_AREA,
  INSET_SIZE,
  INSET_SPECS,
  INSET_TOLERANCE,
  KM_PER_DEGREE,
  LINE_TOLERANCE,
  MAIN_COUNTRIES,
  MAP_WIDTH,
  PLACES,
  SCALE_BAR_KM,
  SCALE_BAR_LATITUDE,
  STANDARD_PARALLELS,
  type InsetId,
  type LonLat,
  type MainCountry,
  type PlaceId,
} from './mapSpec';

type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

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
