import type { EventId } from './events';
import type { TrackId } from '../tracks';

/**
 * History mode (issue 20): 2018–2020 as it happened, one season a round from October 2018 (round 6
 * is the end of the moratorium, January 2020). The deck
 * plays these cards in this order; the debrief lays `reading` beside the table's own tracks.
 *
 * `reading` is the designers' reading of the record on the game's 0–10 scales, for discussion in
 * class, not a measurement: where the record is clear (tests, summits, the border closing) the
 * tracks move, and elsewhere they hold. `chose` is the option history took on a card that gives a choice.
 */
export interface HistoryRound {
  readonly season: string;
  readonly card: EventId;
  readonly chose: string | null;
  /** What happened that season, in a sentence or two. */
  readonly happened: string;
  readonly reading: Readonly<Record<HistoryTrack, number>>;
}

/** The tracks the debrief charts draw (shared/debrief.ts), and so the ones history is read on. */
export const HISTORY_TRACKS = ['tension', 'capability', 'legitimacy', 'sanctions', 'enforcement', 'economy', 'rapport', 'trustUsRok', 'trustUsJpn'] as const satisfies readonly TrackId[];
export type HistoryTrack = (typeof HISTORY_TRACKS)[number];

const r = (tension: number, capability: number, legitimacy: number, sanctions: number, enforcement: number, economy: number, rapport: number, trustUsRok: number, trustUsJpn: number) =>
  ({ tension, capability, legitimacy, sanctions, enforcement, economy, rapport, trustUsRok, trustUsJpn });

export const HISTORY_ROUNDS: readonly HistoryRound[] = [
  { season: 'Oct–Dec 2018', card: 'summitFever', chose: null, reading: r(3, 5, 5, 7, 4, 4, 7, 6, 6),
    happened: 'After Moon\'s visit to Pyongyang (September) and more letters between the leaders, Pompeo goes to Pyongyang (October): a second summit is agreed in principle, but working talks stall over what comes first.' },
  { season: 'Jan–Mar 2019', card: 'walkOutInHanoi', chose: 'walkOut', reading: r(4, 5, 5, 7, 4, 3, 5, 6, 7),
    happened: 'Hanoi (February): Yongbyon is offered for the lifting of most UN sanctions; the President walks out and nothing is signed.' },
  { season: 'Apr–Jun 2019', card: 'xiThenTheDmz', chose: null, reading: r(4, 6, 6, 7, 4, 3, 7, 6, 6),
    happened: 'Short-range tests resume in May. Xi Jinping visits Pyongyang (20–21 June), the first Chinese leader there since 2005. On 30 June, after a tweet, the President steps across the line at Panmunjom with Kim.' },
  { season: 'Jul–Sep 2019', card: 'shortRangeTests', chose: null, reading: r(5, 6, 6, 7, 4, 3, 6, 5, 6),
    happened: 'More short-range tests through the summer; a trade row between Seoul and Tokyo spills into their intelligence-sharing pact.' },
  { season: 'Oct–Dec 2019', card: 'talksCalledOff', chose: null, reading: r(6, 7, 6, 7, 4, 3, 4, 5, 6),
    happened: 'A submarine-launched missile is tested (October); working talks in Stockholm fail; Pyongyang warns of a "Christmas gift".' },
  { season: 'Jan–Mar 2020', card: 'moratoriumEnds', chose: null, reading: r(6, 7, 6, 7, 5, 2, 3, 5, 6),
    happened: 'Kim says the North is no longer bound by its moratorium (1 January). The border with China closes against COVID-19, and trade collapses.' },
  { season: 'Apr–Jun 2020', card: 'liaisonOfficeBlownUp', chose: null, reading: r(7, 7, 6, 7, 6, 2, 2, 5, 6),
    happened: 'Over leaflets from the South, Pyongyang cuts the hotlines and blows up the inter-Korean liaison office in Kaesong (16 June).' },
  { season: 'Jul–Sep 2020', card: 'typhoonFoodShortage', chose: 'refuse', reading: r(6, 7, 6, 7, 6, 1, 2, 5, 6),
    happened: 'Floods and three typhoons hit the North; Kim refuses outside aid and keeps the border shut.' },
  { season: 'Oct–Dec 2020', card: 'electionInWashington', chose: 'deal', reading: r(6, 8, 6, 7, 6, 1, 1, 5, 6),
    happened: 'A new, larger ICBM is paraded in Pyongyang (10 October). The President campaigns on his relationship with Kim, and loses the election.' },
  { season: 'Jan–Mar 2021', card: 'weaponsPlan', chose: null, reading: r(6, 8, 6, 7, 6, 1, 1, 5, 6),
    happened: 'At the Eighth Party Congress (January) Kim sets out a five-year plan for new weapons; a new President takes office in Washington.' },
];

export const HISTORY_SCRIPT: readonly EventId[] = HISTORY_ROUNDS.map((round) => round.card);

/** Where a class can check the story (named, not linked: these stay findable when addresses change). */
export const HISTORY_SOURCES: readonly string[] = [
  'Joint Statement of President Trump and Chairman Kim Jong Un at the Singapore Summit, 12 June 2018 (White House).',
  'Pyongyang Joint Declaration and the inter-Korean Comprehensive Military Agreement, 19 September 2018.',
  'Press conferences after the Hanoi summit, 28 February 2019 (President Trump; Foreign Minister Ri Yong Ho, 1 March).',
  'Report on the Fifth Plenary Meeting of the 7th Central Committee of the Workers\' Party, KCNA, 1 January 2020.',
  'Report on the Eighth Congress of the Workers\' Party, KCNA, January 2021.',
  'Ministry of Unification (Seoul) on the demolition of the joint liaison office, 16 June 2020.',
  'UN Panel of Experts established by resolution 1874 (2009), final reports of 2019 and 2020.',
];
