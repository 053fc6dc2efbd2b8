/** The thirteen public tracks, integers clamped to TRACK_MIN..TRACK_MAX. */
export const TRACKS = [
  'tension',
  'capability',
  'sanctions',
  'enforcement',
  'economy',
  'legitimacy',
  'usCredibility',
  'trustUsRok',
  'trustUsJpn',
  'tiesPrcDprk',
  'rapport',
  'rokDefence',
  'jpnDefence',
] as const;
export type TrackId = (typeof TRACKS)[number];
export type Tracks = Record<TrackId, number>;

export const TRACK_MIN = 0;
export const TRACK_MAX = 10;
/**
 * From the brink, the tension a round must end at or under to step back (balance pass 21): two points off the top.
 * One point off was enough until then, and war ended 4.6% of val14's games (target 5–15%).
 */
export const STEP_BACK_TO = TRACK_MAX - 2;
/** ROK and Japan defence together at this or more: an armed region, and each round ends 1 tension higher (the upkeep's rule). */
export const ARMED_REGION = 14;
/**
 * ROK and Japan defence together this much above where they stood at the start: an arms race (the outcome; here so the
 * tracks' explanations say the same number). Balance pass 11: a race is a build-up, not a level. A fixed 14 made the arms
 * race the end of 41% of games, most in the later scenarios, which start 1–4 points nearer to it (Japan's 2022 strategy
 * already had it spending toward 2% of GDP): the table inherited that, it did not start it. The level still feeds tension.
 */
export const ARMS_RACE_BUILD_UP = 6;

export interface TrackInfo {
  readonly label: string;
  /** One sentence a player reads on hover: what the track means and why it matters. */
  readonly explain: string;
}

export const TRACK_INFO: Readonly<Record<TrackId, TrackInfo>> = {
  tension: {
    label: 'Tension',
    explain: `Risk of war on the peninsula. A round that ends at 10 puts the peninsula on the brink; unless the next round brings it down to ${STEP_BACK_TO} or less, it is war, and everyone loses.`,
  },
  capability: { label: 'DPRK capability', explain: "North Korea's nuclear and missile capability. Tests raise it; verified dismantlement lowers it." },
  sanctions: { label: 'Sanctions', explain: 'How strict the UN and US sanctions are. Pressure on the economy is sanctions × China enforcement / 10.' },
  enforcement: { label: 'China enforcement', explain: 'How strictly China enforces sanctions at the border. Without it sanctions leak.' },
  economy: { label: 'DPRK economy', explain: "North Korea's economy. Sanctions pressure drains it each round; trade and aid restore it." },
  legitimacy: { label: 'DPRK legitimacy', explain: "North Korea's standing as a nuclear state. Summits and rapport raise it." },
  usCredibility: { label: 'US credibility', explain: "How far allies and rivals believe Washington's word in Asia." },
  trustUsRok: { label: 'Trust US–ROK', explain: 'Trust between Washington and Seoul. Falls when the US acts without consulting Seoul.' },
  trustUsJpn: { label: 'Trust US–Japan', explain: 'Trust between Washington and Tokyo. Falls when the US trades away Japanese interests.' },
  tiesPrcDprk: { label: 'Ties PRC–DPRK', explain: "Beijing's influence in Pyongyang. Lifelines raise it; enforcement and warnings strain it." },
  rapport: {
    label: 'Leader rapport US–DPRK',
    explain: 'Personal rapport between the two leaders. Decays by 1 each round without a letter or summit; high rapport raises DPRK legitimacy.',
  },
  rokDefence: {
    label: 'ROK defence',
    explain: `South Korea's defence build-up. With Japan's: ${ARMED_REGION} or more feeds tension; ${ARMS_RACE_BUILD_UP} or more above where the two began is an arms race.`,
  },
  jpnDefence: {
    label: 'Japan defence',
    explain: `Japan's defence build-up. With South Korea's: ${ARMED_REGION} or more feeds tension; ${ARMS_RACE_BUILD_UP} or more above where the two began is an arms race.`,
  },
};

/** Flags: the moratorium is the brief's public flag; the brink lasts while tension stays at the top; the Russia–DPRK treaty holds from its scenario's start; the others last one round only. */
export const FLAGS = ['moratorium', 'brink', 'unVeto', 'usDprkContact', 'russiaPact'] as const;
export type FlagId = (typeof FLAGS)[number];
export type Flags = Record<FlagId, boolean>;

export const FLAG_INFO: Readonly<Record<FlagId, { label: string; explain: string; roundScoped: boolean }>> = {
  moratorium: {
    label: 'test moratorium',
    explain: 'North Korea has suspended tests. A test while it holds ends it at a large cost in credibility and rapport.',
    roundScoped: false,
  },
  brink: {
    label: 'on the brink',
    explain: `Tension ended the last round at 10. If it is still above ${STEP_BACK_TO} when this round's orders and upkeep are done, war breaks out.`,
    roundScoped: false,
  },
  unVeto: { label: 'UN veto', explain: 'China or Russia has blocked a UN resolution this round: new sanctions cannot pass.', roundScoped: true },
  usDprkContact: {
    label: "leaders' contact",
    explain: 'The two leaders were in contact this round (a letter or a summit), so rapport does not decay.',
    roundScoped: true,
  },
  russiaPact: {
    label: 'Russia–DPRK treaty',
    explain:
      "The 2024 treaty between Moscow and Pyongyang is in force: Russia buys the North's arms and pays in oil, food and cash, and vetoes any new UN sanctions every round.",
    roundScoped: false,
  },
};

export function clampTrack(value: number): number {
  return Math.max(TRACK_MIN, Math.min(TRACK_MAX, Math.round(value)));
}
