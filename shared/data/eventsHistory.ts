import type { EventDef } from './events';

/**
 * Cards only the history deck draws (issue 20): what happened between the cards the other decks
 * share, so a class meets 2018–2020 in its real order (shared/data/history.ts).
 */
export const HISTORY_EVENTS = {
  shortRangeTests: {
    title: 'Short-range tests',
    text: 'From May 2019 the North tests new short-range missiles. The moratorium covered only nuclear and long-range tests, and the President shrugs them off; Tokyo does not.',
    period: { from: '2019-05', until: '2019-12' },
    effects: [{ track: 'capability', by: +1 }, { track: 'tension', by: +1 }, { track: 'trustUsJpn', by: -1 }],
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
