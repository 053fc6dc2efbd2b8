import type { Tracks } from '../tracks';
import type { DeckPoolId, EventId } from './events';
import { HISTORY_SCRIPT } from './history';

export interface ScenarioDef {
  readonly label: string;
  readonly year: string;
  /** Read to the players before round 1. */
  readonly intro: string;
  readonly question: string;
  readonly tracks: Readonly<Tracks>;
  readonly moratorium: boolean;
  /** Whether the 2024 Russia–DPRK treaty is in force from the start (shared/data/russia.ts). */
  readonly russiaPact: boolean;
  readonly defaultRounds: number;
  /** The month round 1 is played in (YYYY-MM), or null for a what-if outside the calendar: it draws no dated card. */
  readonly start: string | null;
  /**
   * A shuffled deck: the pool it is built from, the cards this moment in history cannot draw, and cards it draws twice.
   * Or a scripted deck (history mode): one card a round, in this order, as it happened.
   */
  readonly deck: ShuffledDeck | ScriptedDeck;
  /** Which role briefings its players read (shared/data/briefings.ts). */
  readonly briefings: BriefingSetId;
}

export type BriefingSetId = 'summitYears' | 'present';

export interface ShuffledDeck {
  readonly pool: DeckPoolId;
  readonly exclude: readonly EventId[];
  readonly extra: readonly EventId[];
}

export interface ScriptedDeck {
  readonly script: readonly EventId[];
}

export function isScripted(deck: ShuffledDeck | ScriptedDeck): deck is ScriptedDeck {
  return 'script' in deck;
}

/** The board just after Singapore; history mode starts from it four months on. */
const AFTER_SINGAPORE: Readonly<Tracks> = { tension: 4, capability: 5, sanctions: 7, enforcement: 5, economy: 4, legitimacy: 4, usCredibility: 6, trustUsRok: 7, trustUsJpn: 6, tiesPrcDprk: 6, rapport: 7, rokDefence: 4, jpnDefence: 4 };

const scenarioTable = {
  singapore2018: {
    label: 'Singapore 2018', year: '2018',
    intro: 'June 2018. The first summit between a sitting US president and a North Korean leader has just ended in Singapore with a short joint statement. Tests are suspended, rapport is high, tension is falling.',
    question: 'Can the thaw become verified steps?',
    // The week of the summit (balance pass 16): legitimacy 5, for the recognition Pyongyang sought and got, a sitting US
    // president meeting Kim as an equal; US–ROK trust 6, for the halt to the "war games" announced at the press
    // conference, which Seoul had not been told of. From the board of autumn 2018 (legitimacy 4, trust 7) North Korea won
    // 13.3–13.7% and the US 25.3–26.0% of these games on val7, val8 and 900 tuning games.
    tracks: { ...AFTER_SINGAPORE, legitimacy: 5, trustUsRok: 6 },
    moratorium: true, russiaPact: false, defaultRounds: 6, start: '2018-06',
    briefings: 'summitYears', deck: { pool: 'summitYears', exclude: ['moratoriumEnds'], extra: ['summitFever'] },
  },
  afterHanoi2019: {
    label: 'After Hanoi 2019', year: '2019',
    intro: 'February 2019. The Hanoi summit ended in a walk-out: Yongbyon was offered, nearly all sanctions relief was asked, nothing was signed. Sanctions are unchanged; the moratorium still holds, for now.',
    question: 'Who moves first?',
    // Balance pass 20: legitimacy 5 (was 4), as Singapore 2018: a second summit with a sitting president, four visits to
    // Xi and three meetings with Moon in a year; the walk-out denied Kim relief, not standing. US credibility 6 (was 5),
    // as after Singapore: the walk-out card itself gives +1 ("no deal is better than a bad deal"), and this board already
    // carried its rapport −2 and US–Japan trust +1. The DMZ handshake (June 2019) dealt twice, the season's likeliest turn, as talks
    // called off is. North Korea won 13.5% and 12.5% of these games on val12 and val13 (target 15–25%).
    tracks: { tension: 5, capability: 5, sanctions: 7, enforcement: 5, economy: 4, legitimacy: 5, usCredibility: 6, trustUsRok: 6, trustUsJpn: 7, tiesPrcDprk: 6, rapport: 5, rokDefence: 5, jpnDefence: 4 },
    moratorium: true, russiaPact: false, defaultRounds: 6, start: '2019-03',
    briefings: 'summitYears', deck: { pool: 'summitYears', exclude: ['walkOutInHanoi'], extra: ['talksCalledOff', 'handshakeAtDmz'] },
  },
  moratoriumOver2020: {
    label: 'Moratorium over (2020)', year: '2020',
    intro: 'January 2020. Pyongyang has declared that it no longer feels bound by its test moratorium. Talks are dead, and Seoul and Tokyo debate longer-range missiles of their own.',
    question: 'Can anyone stop the arms race?',
    // ROK defence 7 (balance pass 14): Moon's Seoul had raised defence spending fastest (F-35s, submarines, longer-range
    // missiles), so the region starts one step from arming; at 6 the build-up of 6 ended 35–43% of these games in an arms race.
    // Legitimacy 5 (balance pass 18, was 4): the President had stepped across the line at Panmunjom with Kim six months
    // before (June 2019); from 4, legitimacy ended lowest here and normalisation (legitimacy 7) ended 3.0% of val11's games.
    tracks: { tension: 7, capability: 6, sanctions: 6, enforcement: 4, economy: 4, legitimacy: 5, usCredibility: 6, trustUsRok: 5, trustUsJpn: 6, tiesPrcDprk: 7, rapport: 2, rokDefence: 7, jpnDefence: 5 },
    moratorium: false, russiaPact: false, defaultRounds: 6, start: '2020-01',
    briefings: 'summitYears', deck: { pool: 'summitYears', exclude: ['moratoriumEnds', 'walkOutInHanoi'], extra: ['regionalArmsRaceDebate'] },
  },
  renewedTalks: {
    label: 'Renewed talks', year: 'what if',
    intro: 'Some years on. A new summit is floated, but the arsenal has grown, and allies demand to be consulted before anything is signed.',
    question: 'No agreement, renewed dialogue, or allies who walk away?',
    // Defence 6 and 6 (balance pass 14, was 5 and 5): some years on, Seoul and Tokyo are at least as armed as in 2020, as
    // in 2025; from 10 the build-up of 6 ended 34–45% of these games in an arms race. Legitimacy 4 (balance pass 15, was 3):
    // a North Korea some years on, its arsenal grown, is no less accepted than in 2019 or 2025; from 3, normalisation
    // (legitimacy 7) ended 2–8% of these games on every seed set. Tension 7 and a second satellite launch in the deck
    // (balance pass 16): years without talks or a moratorium, the arsenal grown and shown (as the launches of 2023–24 showed
    // it); from tension 6 war ended 3.0% and 3.7% of these games on val7 and val8, 4.0% of 900 tuning games.
    tracks: { tension: 7, capability: 6, sanctions: 6, enforcement: 4, economy: 4, legitimacy: 4, usCredibility: 6, trustUsRok: 5, trustUsJpn: 5, tiesPrcDprk: 7, rapport: 4, rokDefence: 6, jpnDefence: 6 },
    moratorium: false, russiaPact: false, defaultRounds: 6, start: null,
    briefings: 'summitYears', deck: { pool: 'summitYears', exclude: [], extra: ['summitFever', 'alliedLeaderVisit', 'satelliteLaunch'] },
  },
  present2025: {
    label: '2025: a second Trump term, Lee in Seoul', year: '2025',
    intro: 'September 2025. President Trump is back and says he would meet Kim again; President Lee Jae Myung, elected in June, wants talks and the alliance both. Pyongyang calls itself a nuclear state for good, has sent soldiers to fight for Russia, and stood beside Xi and Putin in Beijing. The UN panel that watched the sanctions is gone.',
    question: 'With Moscow behind Pyongyang, is there still a deal to be had, and who would pay for it?',
    tracks: { tension: 6, capability: 6, sanctions: 8, enforcement: 3, economy: 3, legitimacy: 4, usCredibility: 6, trustUsRok: 6, trustUsJpn: 6, tiesPrcDprk: 6, rapport: 3, rokDefence: 6, jpnDefence: 6 },
    moratorium: false, russiaPact: true, defaultRounds: 6, start: '2025-09',
    briefings: 'present', deck: { pool: 'present', exclude: [], extra: [] },
  },
  history2018: {
    label: 'History: 2018–2020 as it happened', year: '2018–2020',
    intro: 'October 2018. Singapore\'s warm words, letters between the leaders and Moon\'s visit to Pyongyang are behind you. The crisis cards follow what really happened, season by season: Hanoi, the DMZ, the end of the moratorium. What would you have done? The debrief lays the real path beside yours.',
    question: 'Could the table have done better than history?',
    // Autumn 2018: the board after Singapore, with the warmth of the letters ("we fell in love", September).
    tracks: { ...AFTER_SINGAPORE, rapport: 8 },
    moratorium: true, russiaPact: false, defaultRounds: 6, start: '2018-10',
    briefings: 'summitYears', deck: { script: HISTORY_SCRIPT },
  },
} satisfies Record<string, ScenarioDef>;

export type ScenarioId = keyof typeof scenarioTable;
export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDef>> = scenarioTable;
export const SCENARIO_IDS = Object.keys(SCENARIOS) as ScenarioId[];

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && Object.hasOwn(SCENARIOS, value);
}

/** A round stands for a season: three months. */
export const MONTHS_PER_ROUND = 3;

export const MIN_ROUNDS = 4;
export const MAX_ROUNDS = 10;
