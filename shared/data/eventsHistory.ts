import type { EventDef } from './events';

/**
 * Cards only the history deck draws (issue 20): what happened between the cards the other decks
 * share, so a class meets 2018–2020 in its real order (shared/data/history.ts).
 */
export const HISTORY_EVENTS = {
  // Balance pass 18: Beijing had no part in history mode's script, where Xi's visit (20–21 June 2019, the first by a Chinese
  // leader since 2005) came ten days before the DMZ; China won 14.3% and 14.5% of history games on val10 and val11.
  xiThenTheDmz: {
    title: 'Xi in Pyongyang, then the DMZ',
    text: 'June 2019: Xi Jinping makes the first visit of a Chinese leader to Pyongyang in fourteen years, and Chinese tourists and aid follow. Ten days later, after a tweet, the President steps across the demarcation line with Kim.',
    period: { from: '2019-04', until: '2019-06' },
    effects: [{ track: 'tiesPrcDprk', by: +1 }, { track: 'economy', by: +1 }, { track: 'rapport', by: +2 }, { track: 'legitimacy', by: +1 }, { track: 'tension', by: -1 }, { flag: 'usDprkContact', set: true }],
  },
  shortRangeTests: {
    title: 'Short-range tests',
    text: 'From May 2019 the North tests new short-range missiles. The moratorium covered only nuclear and long-range tests, and the President shrugs them off; Tokyo does not.',
    period: { from: '2019-05', until: '2019-12' },
    // Tension +2 (balance pass 18, was +1): thirteen rounds of tests in 2019, new solid-fuel missiles Tokyo called a breach
    // of the UN resolutions; war ended 3.0% and 4.0% of history games on val10 and val11 (target 5–15%).
    effects: [{ track: 'capability', by: +1 }, { track: 'tension', by: +2 }, { track: 'trustUsJpn', by: -1 }],
  },
  liaisonOfficeBlownUp: {
    title: 'Liaison office blown up',
    text: 'Angry at leaflets sent from the South, Pyongyang blows up the inter-Korean liaison office in Kaesong (June 2020).',
    period: { from: '2020-04', until: '2020-09' },
    effects: [{ track: 'tension', by: +2 }, { track: 'rapport', by: -1 }],
  },
  weaponsPlan: {
    title: 'A five-year plan for weapons',
    text: 'At the Party Congress (January 2021) Kim lists the weapons to come: tactical nuclear weapons, hypersonic missiles, a solid-fuel ICBM, a nuclear-powered submarine.',
    period: { from: '2021-01', until: '2021-03' },
    effects: [{ track: 'capability', by: +1 }, { track: 'tension', by: +1 }],
  },
} satisfies Record<string, EventDef>;
