import type { Effect } from '../effects';
import type { Role } from '../roles';
import { HISTORY_EVENTS } from './eventsHistory';
import { PRESENT_EVENTS } from './eventsPresent';

export interface EventOption {
  readonly id: string;
  readonly label: string;
  readonly effects: readonly Effect[];
}

export interface EventDef {
  readonly title: string;
  /** What happened, or what could: read out at the start of the round. */
  readonly text: string;
  /** Applied when the card is drawn. */
  readonly effects: readonly Effect[];
  /**
   * The months (YYYY-MM) in which the card can be drawn, for cards that happened once (issue 15: Singapore 2018
   * opened with "Talks called off (December 2019)"). A scenario's round r falls MONTHS_PER_ROUND × (r − 1) months after its start.
   */
  readonly period?: { readonly from: string; readonly until: string };
  /**
   * For cards about something that no longer exists (the UN Panel of Experts, whose mandate ended in April 2024
   * after Russia's veto): the last month (YYYY-MM) a calendar scenario can draw it. Unlike a period it does not
   * keep the card out of a what-if outside the calendar, which may be set in any year.
   */
  readonly endedAfter?: string;
  /** Some cards give one role a choice, made before diplomacy begins. */
  readonly choice?: { readonly role: Role; readonly prompt: string; readonly options: readonly [EventOption, EventOption] };
}

const contact: Effect = { flag: 'usDprkContact', set: true };

/** The cards of the summit years (2018–2020), in the order the decks of those scenarios have always been shuffled from. */
const summitYearsTable = {
  beautifulLetter: {
    title: 'A beautiful letter', text: 'A letter from Kim arrives at the White House. "A beautiful letter," the President says.',
    effects: [{ track: 'rapport', by: +2 }, contact],
  },
  moratoriumEnds: {
    title: 'Moratorium ends', text: 'Pyongyang says it no longer feels bound by its halt to tests (as in January 2020).',
    // Tension +3 (balance pass 18, was +2): the "Christmas gift" threat and a "new strategic weapon" promised to the world;
    // history mode plays it in round 6, where war ended 3.0–4.0% of the games on val10 and val11.
    effects: [{ when: { flag: 'moratorium', is: true }, then: [{ flag: 'moratorium', set: false }, { track: 'tension', by: +3 }, { track: 'usCredibility', by: -1 }], otherwise: [{ track: 'tension', by: +1 }] }],
  },
  talksCalledOff: {
    title: 'Talks called off', text: 'After Stockholm, Pyongyang calls talks "sickening" and offers a "Christmas gift" (December 2019).',
    period: { from: '2019-10', until: '2020-12' },
    effects: [{ track: 'rapport', by: -2 }, { track: 'tension', by: +1 }],
  },
  summitFever: {
    title: 'Summit fever', text: 'Cameras, handshakes, hopes: a summit is in the air.',
    effects: [{ track: 'rapport', by: +1 }, { track: 'tension', by: -1 }],
  },
  walkOutInHanoi: {
    title: 'Walk-out in Hanoi', text: 'Talks stall over Yongbyon and sanctions. The President must decide whether to walk out.',
    period: { from: '2019-01', until: '2019-06' },
    effects: [],
    choice: {
      role: 'US', prompt: 'Walk out, or sign something?',
      options: [
        { id: 'walkOut', label: 'Walk out: no deal is better than a bad deal', effects: [{ track: 'rapport', by: -2 }, { track: 'usCredibility', by: +1 }, { track: 'trustUsJpn', by: +1 }] },
        { id: 'sign', label: 'Sign a vague statement', effects: [{ track: 'rapport', by: +1 }, { track: 'legitimacy', by: +1 }, { track: 'usCredibility', by: -1 }] },
      ],
    },
  },
  handshakeAtDmz: {
    title: 'Handshake at the DMZ', text: 'A tweet, and a day later the President steps across the demarcation line (June 2019).',
    period: { from: '2019-03', until: '2019-12' },
    effects: [{ track: 'rapport', by: +2 }, { track: 'legitimacy', by: +1 }, { track: 'tension', by: -1 }, contact],
  },
  alliedLeaderVisit: {
    title: 'Allied leader visits the White House', text: 'An allied leader flies to Washington to be consulted.',
    effects: [],
    choice: {
      role: 'US', prompt: 'Whom does the President receive first?',
      options: [
        { id: 'seoul', label: 'The President of South Korea', effects: [{ track: 'trustUsRok', by: +2 }] },
        { id: 'tokyo', label: 'The Prime Minister of Japan', effects: [{ track: 'trustUsJpn', by: +2 }] },
      ],
    },
  },
  cryptoHeist: {
    title: 'Crypto heist attributed to Pyongyang', text: 'Hundreds of millions in cryptocurrency vanish; investigators point to the Lazarus Group.',
    effects: [{ track: 'economy', by: +2 }, { track: 'usCredibility', by: -1 }, { track: 'tension', by: +1 }],
  },
  armsShipmentIntercepted: {
    title: 'Arms shipment intercepted', text: 'A ship carrying North Korean weapons is seized.',
    effects: [{ track: 'economy', by: -1 }, { track: 'enforcement', by: +1 }, { track: 'legitimacy', by: -1 }],
  },
  chinaDprkTradeDeal: {
    title: 'China–DPRK trade deal', text: 'Beijing and Pyongyang draft a trade agreement. Beijing must decide whether to sign.',
    effects: [],
    choice: {
      role: 'PRC', prompt: 'Sign the trade deal?',
      options: [
        { id: 'sign', label: 'Sign: stability first', effects: [{ track: 'economy', by: +2 }, { track: 'enforcement', by: -1 }, { track: 'tiesPrcDprk', by: +1 }] },
        { id: 'delay', label: 'Delay: keep the leverage', effects: [{ track: 'tiesPrcDprk', by: -1 }, { track: 'enforcement', by: +1 }] },
      ],
    },
  },
  sixPartyTalksRevived: {
    title: 'Six-Party Talks revived?', text: 'Diplomats float reviving the Six-Party Talks (2003–2009) in Beijing.',
    effects: [],
    choice: {
      role: 'PRC', prompt: 'Convene the talks?',
      options: [
        { id: 'convene', label: 'Convene them in Beijing', effects: [{ track: 'tension', by: -1 }, { track: 'tiesPrcDprk', by: +1 }, { track: 'rapport', by: +1 }] },
        { id: 'decline', label: 'Let the idea fade', effects: [{ track: 'tension', by: +1 }] },
      ],
    },
  },
  agreedFrameworkRemembered: {
    title: 'Agreed Framework remembered', text: 'Hawks recall how the 1994 Agreed Framework collapsed amid suspicions of cheating.',
    effects: [{ track: 'rapport', by: -1 }, { track: 'trustUsJpn', by: +1 }],
  },
  electionInWashington: {
    title: 'Election in Washington', text: 'Campaign season: the President needs a story to tell.',
    effects: [],
    choice: {
      role: 'US', prompt: 'Campaign on toughness, or on the deal?',
      options: [
        { id: 'tough', label: 'Campaign hawkish', effects: [{ track: 'usCredibility', by: +1 }, { track: 'rapport', by: -2 }, { track: 'tension', by: +1 }] },
        { id: 'deal', label: 'Tout the diplomacy', effects: [{ track: 'rapport', by: +1 }, { track: 'legitimacy', by: +1 }, { track: 'trustUsJpn', by: -1 }] },
      ],
    },
  },
  typhoonFoodShortage: {
    title: 'Typhoon and food shortage', text: 'A typhoon floods the North\'s farmland; the harvest fails.',
    effects: [{ track: 'economy', by: -2 }],
    choice: {
      role: 'DPRK', prompt: 'Accept foreign aid?',
      options: [
        { id: 'accept', label: 'Accept aid', effects: [{ track: 'economy', by: +2 }, { track: 'legitimacy', by: -1 }, { track: 'tension', by: -1 }] },
        { id: 'refuse', label: 'Refuse: self-reliance', effects: [{ track: 'legitimacy', by: +1 }] },
      ],
    },
  },
  satelliteLaunch: {
    title: 'Satellite launch', text: 'Pyongyang puts a satellite into orbit on a rocket much like a long-range missile.',
    effects: [{ track: 'capability', by: +1 }, { track: 'tension', by: +1 }, { when: { flag: 'moratorium', is: true }, then: [{ track: 'rapport', by: -1 }] }],
  },
  jointDrillsSeason: {
    title: 'Joint drills season', text: 'The spring exercises are due. Hold them, or scale them back?',
    effects: [],
    choice: {
      role: 'US', prompt: 'Hold the spring drills?',
      options: [
        { id: 'hold', label: 'Hold them in full', effects: [{ track: 'trustUsRok', by: +1 }, { track: 'tension', by: +1 }, { track: 'rapport', by: -1 }] },
        { id: 'scaleBack', label: 'Scale them back', effects: [{ track: 'tension', by: -1 }, { track: 'rapport', by: +1 }, { track: 'trustUsRok', by: -1 }] },
      ],
    },
  },
  unPanelReport: {
    title: 'UN panel report', text: 'The UN Panel of Experts documents sanctions evasion in detail.',
    // The panel reported from 2010 until Russia vetoed its renewal: its mandate ended on 30 April 2024.
    endedAfter: '2024-04',
    effects: [{ track: 'enforcement', by: +1 }, { track: 'tiesPrcDprk', by: -1 }],
  },
  defectorTestimony: {
    title: 'Defector testimony', text: 'A high-ranking defector describes the regime from inside.',
    effects: [{ track: 'legitimacy', by: -2 }, { track: 'tension', by: +1 }],
  },
  japanElection: {
    title: 'Japan election', text: 'Tokyo goes to the polls. The campaign turns on North Korea.',
    effects: [],
    choice: {
      role: 'JPN', prompt: 'Which line wins the campaign?',
      options: [
        { id: 'hardLine', label: 'A hard line', effects: [{ track: 'jpnDefence', by: +1 }, { track: 'trustUsJpn', by: +1 }, { track: 'tension', by: +1 }] },
        { id: 'engagement', label: 'Engagement', effects: [{ track: 'tension', by: -1 }, { track: 'legitimacy', by: +1 }] },
      ],
    },
  },
  regionalArmsRaceDebate: {
    title: 'Regional arms race debate', text: 'Seoul and Tokyo debate longer-range missiles of their own.',
    effects: [{ track: 'rokDefence', by: +1 }, { track: 'jpnDefence', by: +1 }, { track: 'tension', by: +1 }],
  },
  backChannelInBeijing: {
    title: 'Back-channel in Beijing', text: 'Envoys meet quietly in Beijing, with Chinese hosts.',
    effects: [{ track: 'rapport', by: +1 }, { track: 'tiesPrcDprk', by: +1 }, contact],
  },
  quietRound: {
    title: 'A quiet season', text: 'No crisis this time. Diplomats have room to work.',
    effects: [{ track: 'tension', by: -1 }],
  },
} satisfies Record<string, EventDef>;

const eventTable = { ...summitYearsTable, ...PRESENT_EVENTS, ...HISTORY_EVENTS };

export type EventId = keyof typeof eventTable;
export const EVENTS: Readonly<Record<EventId, EventDef>> = eventTable;
export const EVENT_IDS = Object.keys(EVENTS) as EventId[];

/**
 * The pools a shuffled deck is built from. The summit years' pool is the list every 2018–2020 scenario has
 * always drawn from, in the same order, so the same seed still deals the same deck (a test pins it). The
 * present's pool keeps the cards that could happen in any year and adds those of 2024 on (Russia among them).
 */
export const DECK_POOLS = {
  summitYears: Object.keys(summitYearsTable) as EventId[],
  present: [
    'beautifulLetter', 'summitFever', 'alliedLeaderVisit', 'cryptoHeist', 'armsShipmentIntercepted', 'chinaDprkTradeDeal',
    'sixPartyTalksRevived', 'agreedFrameworkRemembered', 'electionInWashington', 'typhoonFoodShortage', 'satelliteLaunch',
    'jointDrillsSeason', 'defectorTestimony', 'japanElection', 'regionalArmsRaceDebate', 'backChannelInBeijing', 'quietRound',
    ...(Object.keys(PRESENT_EVENTS) as EventId[]),
  ],
} satisfies Record<string, readonly EventId[]>;
export type DeckPoolId = keyof typeof DECK_POOLS;

export function isEventId(value: unknown): value is EventId {
  return typeof value === 'string' && Object.hasOwn(EVENTS, value);
}
