import { ACTIONS, type ActionId } from '../../shared/data/actions';
import { VENUES, VENUE_IDS, type VenueId } from '../../shared/data/venues';
import { STEP_BACK_TO, TRACK_INFO, TRACK_MAX, type TrackId } from '../../shared/tracks';
import type { AgreementKind, SeatView } from '../../shared/state';

/**
 * What the board map shows, read from a player's view of the state. Pure: no React, no DOM, so
 * every visual rule (how thick a link is, which colour a tension level gets) is one testable row.
 */

/** Okabe–Ito: the eight colours that stay distinct under the common colour-vision deficiencies. */
export const PALETTE = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Tension from calm to war: sky blue through yellow and orange to vermillion (light to dark, so it also reads in grey). */
const TENSION_STOPS: ReadonlyArray<readonly [number, string]> = [
  [0, PALETTE.skyBlue],
  [4, PALETTE.yellow],
  [7, PALETTE.orange],
  [10, PALETTE.vermillion],
];

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = hexToRgb(a);
  const [br, bg, bb] = hexToRgb(b);
  const channel = (x: number, y: number) =>
    Math.round(x + (y - x) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(ar, br)}${channel(ag, bg)}${channel(ab, bb)}`.toUpperCase();
}

export function tensionColour(tension: number): string {
  const t = Math.max(0, Math.min(TRACK_MAX, tension));
  for (let i = 1; i < TENSION_STOPS.length; i++) {
    const [hiAt, hiColour] = TENSION_STOPS[i]!;
    const [loAt, loColour] = TENSION_STOPS[i - 1]!;
    if (t <= hiAt) return mix(loColour, hiColour, (t - loAt) / (hiAt - loAt));
  }
  return PALETTE.vermillion;
}

/** The wash over sea and land: barely there when calm, strong as war nears. */
export function tensionWashOpacity(tension: number): number {
  return round2(0.06 + (Math.max(0, Math.min(TRACK_MAX, tension)) / TRACK_MAX) * 0.42);
}

export function tensionWord(tension: number): string {
  // War itself is G.war: at the top of the track the peninsula is on the brink (docs/RULES.md).
  if (tension >= TRACK_MAX) return 'on the brink';
  if (tension >= 8) return 'dangerous';
  if (tension >= 6) return 'high';
  if (tension >= 4) return 'uneasy';
  return 'calm';
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Links between capitals

export type LinkEnd = 'washington' | 'seoul' | 'tokyo' | 'pyongyang' | 'beijing';

export interface LinkDef {
  readonly track: TrackId;
  readonly from: LinkEnd;
  readonly to: LinkEnd;
  readonly colour: string;
  /** Personal diplomacy is drawn dashed: it is fragile and decays. */
  readonly personal: boolean;
  /** Which way the curve bows (+1 or -1, more for a deeper curve), so links leaving the same capital fan out. */
  readonly bow: number;
  /** Meets the Washington inset at the middle of its bottom edge, not the edge facing the other end. */
  readonly fromBelow?: boolean;
}

export const LINKS: readonly LinkDef[] = [
  { track: 'trustUsRok', from: 'seoul', to: 'washington', colour: PALETTE.blue, personal: false, bow: 1 },
  // Tokyo sits just under the inset: the link dips south under it, so its number is clear of the inset and of Tokyo.
  { track: 'trustUsJpn', from: 'tokyo', to: 'washington', colour: PALETTE.blue, personal: false, bow: 3, fromBelow: true },
  { track: 'rapport', from: 'pyongyang', to: 'washington', colour: PALETTE.bluishGreen, personal: true, bow: -1 },
  { track: 'tiesPrcDprk', from: 'beijing', to: 'pyongyang', colour: PALETTE.reddishPurple, personal: false, bow: -1 },
];

export interface LinkView extends LinkDef {
  value: number;
  label: string;
  width: number;
  opacity: number;
  /** Strained links (3 or less) break into dashes. */
  strained: boolean;
}

export function linkWidth(value: number): number {
  return round2(1 + (Math.max(0, value) / TRACK_MAX) * 7);
}

export function linkOpacity(value: number): number {
  return round2(0.45 + (Math.max(0, value) / TRACK_MAX) * 0.5);
}

// ---------------------------------------------------------------------------------------------
// Summits on their venues

export type VenueStatus = 'deal' | 'jointStatement' | 'proposed' | 'none';

export interface VenueView {
  id: VenueId;
  label: string;
  status: VenueStatus;
  /** Agreements made here in earlier rounds. */
  earlier: number;
}

/** A deal outranks a joint statement, which outranks a proposal still on the table. */
function venueStatus(agreedNow: readonly AgreementKind[], proposed: boolean): VenueStatus {
  if (agreedNow.includes('deal')) return 'deal';
  if (agreedNow.includes('jointStatement')) return 'jointStatement';
  return proposed ? 'proposed' : 'none';
}

function venueView(G: SeatView, id: VenueId): VenueView {
  const agreedNow = G.agreements.filter((a) => a.venue === id && a.round === G.round).map((a) => a.kind);
  const proposed = G.proposals.some((p) => p.venue === id && p.status === 'open');
  const status = venueStatus(agreedNow, proposed);
  return { id, label: VENUES[id].label, status, earlier: G.agreements.filter((a) => a.venue === id && a.round < G.round).length };
}

// ---------------------------------------------------------------------------------------------
// Tests and launches

export type LaunchKind = 'missile' | 'nuclear' | 'satellite';

/** The actions the map animates, keyed by the headline the resolution records when they happen. */
const LAUNCH_ACTIONS: ReadonlyArray<readonly [ActionId, LaunchKind]> = [
  ['missileTest', 'missile'],
  ['nuclearTest', 'nuclear'],
];

/**
 * Tests in the most recently resolved round. Orders resolve at the end of a round, so during
 * round N the news is what happened in round N−1's resolution. The headline is the signal, not the
 * orders: an order cut short by war never happened. A satellite launch is this round's event card.
 */
export function recentLaunches(G: SeatView): LaunchKind[] {
  const lastResolved = G.history.at(-1)?.round;
  const launches: LaunchKind[] = [];
  if (lastResolved !== undefined) {
    for (const [action, kind] of LAUNCH_ACTIONS) {
      const happened = G.headlines.some((h) => h.round === lastResolved && h.kind === 'action' && h.text === ACTIONS[action].headline);
      if (happened) launches.push(kind);
    }
  }
  if (G.crisis.event === 'satelliteLaunch') launches.push('satellite');
  return launches;
}

// ---------------------------------------------------------------------------------------------
// The whole picture

export interface MapView {
  round: number;
  rounds: number;
  tension: number;
  tensionColour: string;
  washOpacity: number;
  tensionWord: string;
  sanctions: number;
  enforcement: number;
  /** Effective pressure on the DPRK economy (GAME.md): sanctions × enforcement / 10. */
  pressure: number;
  capability: number;
  links: LinkView[];
  venues: VenueView[];
  launches: LaunchKind[];
  moratorium: boolean;
  war: { round: number; cause: string } | null;
  summary: string;
}

const LAUNCH_WORDS: Record<LaunchKind, string> = {
  missile: 'North Korea test-fired a missile into the sea',
  nuclear: 'North Korea conducted a nuclear test at Punggye-ri',
  satellite: 'North Korea launched a satellite rocket from Sohae',
};

const VENUE_STATUS_WORDS: Record<Exclude<VenueStatus, 'none'>, string> = {
  deal: 'a deal agreed',
  jointStatement: 'a joint statement agreed',
  proposed: 'a summit proposed',
};

export function mapView(G: SeatView): MapView {
  const { tracks } = G;
  const links = LINKS.map((def) => {
    const value = tracks[def.track];
    return { ...def, value, label: TRACK_INFO[def.track].label, width: linkWidth(value), opacity: linkOpacity(value), strained: value <= 3 };
  });
  const venues = VENUE_IDS.map((id) => venueView(G, id));
  const launches = recentLaunches(G);
  const pressure = Math.round(tracks.sanctions * tracks.enforcement) / 10;

  const parts = [
    `Map of the Korean peninsula, round ${G.round} of ${G.options.rounds}`,
    G.war ? `WAR has broken out (${G.war.cause})` : `tension ${tracks.tension} of ${TRACK_MAX} (${tensionWord(tracks.tension)})`,
    `sanctions ${tracks.sanctions}, China enforcement ${tracks.enforcement}, pressure ${pressure}`,
    ...links.map((l) => `${l.label} ${l.value}`),
    G.flags.moratorium ? 'the test moratorium holds' : 'no test moratorium',
    ...(G.flags.brink ? [`on the brink of war: tension must end this round at ${STEP_BACK_TO} or less`] : []),
    ...venues.filter((v) => v.status !== 'none').map((v) => `${VENUE_STATUS_WORDS[v.status as Exclude<VenueStatus, 'none'>]} at ${v.label}`),
    ...launches.map((k) => LAUNCH_WORDS[k]),
  ];

  return {
    round: G.round,
    rounds: G.options.rounds,
    tension: tracks.tension,
    tensionColour: tensionColour(tracks.tension),
    washOpacity: tensionWashOpacity(tracks.tension),
    tensionWord: tensionWord(tracks.tension),
    sanctions: tracks.sanctions,
    enforcement: tracks.enforcement,
    pressure,
    capability: tracks.capability,
    links,
    venues,
    launches,
    moratorium: G.flags.moratorium,
    war: G.war,
    summary: `${parts.join('; ')}.`,
  };
}
