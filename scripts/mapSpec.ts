/*
 * What the board map shows, as data for scripts/buildMap.ts: the frame and projection, the
 * countries, places, DMZ and venue insets, and how much each coast is simplified. Retune the map
 * here without touching the code.
 */
import type { Point } from './mapPaths';

export type LonLat = [number, number];

export const MAP_WIDTH = 1000;
/** Northeast Asia: Beijing (116.4°E) to Hokkaido (145.8°E), Shanghai (31°N) to the Amur (46°N). */
export const FRAME = { west: 113.6, east: 146.4, south: 29.6, north: 46.4 };
/** Lambert conformal conic with standard parallels through the frame: shapes true, north up at 130°E. */
export const CENTRAL_MERIDIAN = 130;
export const STANDARD_PARALLELS: Point = [31, 44];

/** ISO 3166 numeric ids in world-atlas; anything else in the frame is drawn as "other" land. */
export const MAIN_COUNTRIES = { prk: '408', kor: '410', chn: '156', jpn: '392', rus: '643' } as const;
export type MainCountry = keyof typeof MAIN_COUNTRIES | 'other';

/** Named places on the main map (lon, lat). Venues in the frame use their venue id. */
export const PLACES = {
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

export const SCALE_BAR_KM = 500;
export const SCALE_BAR_LATITUDE = 38;
/** Kilometres per degree of longitude at the equator (WGS84). */
export const KM_PER_DEGREE = 111.32;

/** The Military Demarcation Line, west to east: Han estuary, Panmunjom, Cheorwon, the Punchbowl, Goseong. */
export const DMZ_LINE: LonLat[] = [
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
export const INSET_SPECS = {
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
export const INSET_SIZE = { width: 132, height: 96 };
export const INSET_GAP = 10;
export const INSET_MARGIN = 14;

export interface Bounds {
  west: number;
  east: number;
  south: number;
  north: number;
}

/**
 * Screen-space simplification (map units, 1000 across): how far a simplified coast may stray, and
 * the area under which an island is dropped. The Koreas are the board, so they keep the most detail.
 */
export const DETAIL: Record<MainCountry, { tolerance: number; minArea: number }> = {
  prk: { tolerance: 0.35, minArea: 2 },
  kor: { tolerance: 0.35, minArea: 2 },
  jpn: { tolerance: 0.9, minArea: 16 },
  chn: { tolerance: 0.8, minArea: 8 },
  rus: { tolerance: 0.8, minArea: 8 },
  other: { tolerance: 0.8, minArea: 8 },
};
export const LINE_TOLERANCE = 0.4;
export const INSET_TOLERANCE = 0.55;
export const INSET_MIN_RING_AREA = 2;
