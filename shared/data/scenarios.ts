import type { Tracks } from '../tracks';
import type { EventId } from './events';

export interface ScenarioDef {
  readonly label: string;
  readonly year: string;
  /** Read to the players before round 1. */
  readonly intro: string;
  readonly question: string;
  readonly tracks: Readonly<Tracks>;
  readonly moratorium: boolean;
  readonly defaultRounds: number;
  /** The month round 1 is played in (YYYY-MM), or null for a what-if outside the calendar: it draws no dated card. */
  readonly start: string | null;
  /** Deck tweaks: cards this moment in history cannot draw, and cards it draws twice. */
  readonly deck: { readonly exclude: readonly EventId[]; readonly extra: readonly EventId[] };
}

const scenarioTable = {
  singapore2018: {
    label: 'Singapore 2018', year: '2018',
    intro: 'June 2018. The first summit between a sitting US president and a North Korean leader has just ended in Singapore with a short joint statement. Tests are suspended, rapport is high, tension is falling.',
    question: 'Can the thaw become verified steps?',
    tracks: { tension: 4, capability: 5, sanctions: 7, enforcement: 5, economy: 4, legitimacy: 4, usCredibility: 6, trustUsRok: 7, trustUsJpn: 6, tiesPrcDprk: 6, rapport: 7, rokDefence: 4, jpnDefence: 4 },
    moratorium: true, defaultRounds: 6, start: '2018-06',
    deck: { exclude: ['moratoriumEnds'], extra: ['summitFever'] },
  },
  afterHanoi2019: {
    label: 'After Hanoi 2019', year: '2019',
    intro: 'February 2019. The Hanoi summit ended in a walk-out: Yongbyon was offered, nearly all sanctions relief was asked, nothing was signed. Sanctions are unchanged; the moratorium still holds, for now.',
    question: 'Who moves first?',
    tracks: { tension: 5, capability: 5, sanctions: 7, enforcement: 5, economy: 4, legitimacy: 4, usCredibility: 5, trustUsRok: 6, trustUsJpn: 7, tiesPrcDprk: 6, rapport: 5, rokDefence: 5, jpnDefence: 4 },
    moratorium: true, defaultRounds: 6, start: '2019-03',
    deck: { exclude: ['walkOutInHanoi'], extra: ['talksCalledOff'] },
  },
  moratoriumOver2020: {
    label: 'Moratorium over (2020)', year: '2020',
    intro: 'January 2020. Pyongyang has declared that it no longer feels bound by its test moratorium. Talks are dead, and Seoul and Tokyo debate longer-range missiles of their own.',
    question: 'Can anyone stop the arms race?',
    tracks: { tension: 7, capability: 6, sanctions: 6, enforcement: 4, economy: 4, legitimacy: 4, usCredibility: 6, trustUsRok: 5, trustUsJpn: 6, tiesPrcDprk: 7, rapport: 2, rokDefence: 6, jpnDefence: 5 },
    moratorium: false, defaultRounds: 6, start: '2020-01',
    deck: { exclude: ['moratoriumEnds', 'walkOutInHanoi'], extra: ['regionalArmsRaceDebate'] },
  },
  renewedTalks: {
    label: 'Renewed talks', year: 'what if',
    intro: 'Some years on. A new summit is floated, but the arsenal has grown, and allies demand to be consulted before anything is signed.',
    question: 'No agreement, renewed dialogue, or allies who walk away?',
    tracks: { tension: 6, capability: 6, sanctions: 6, enforcement: 4, economy: 4, legitimacy: 3, usCredibility: 6, trustUsRok: 5, trustUsJpn: 5, tiesPrcDprk: 7, rapport: 4, rokDefence: 5, jpnDefence: 5 },
    moratorium: false, defaultRounds: 6, start: null,
    deck: { exclude: [], extra: ['summitFever', 'alliedLeaderVisit'] },
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
