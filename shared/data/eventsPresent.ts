import type { EventDef } from './events';

/**
 * Cards of the present day (issue 20), drawn by the 2025 scenario. Russia is not a seat: it acts
 * through these cards and through the Russia–DPRK treaty's standing rules (shared/data/russia.ts).
 * Periods start when the thing they describe began; they run to the end of the longest 2025 game.
 */
const PRESENT_UNTIL = '2027-12';

export const PRESENT_EVENTS = {
  moscowAsksForMore: {
    title: 'Moscow asks for more',
    text: 'North Korean soldiers fought in Russia\'s Kursk region from late 2024. Moscow now asks for more troops, workers and shells.',
    period: { from: '2024-10', until: PRESENT_UNTIL },
    effects: [],
    choice: {
      role: 'DPRK', prompt: 'Send more to Russia?',
      options: [
        { id: 'send', label: 'Send them: cash, oil and combat experience', effects: [{ track: 'economy', by: +2 }, { track: 'legitimacy', by: +1 }, { track: 'tension', by: +1 }, { track: 'tiesPrcDprk', by: -1 }] },
        { id: 'holdBack', label: 'Keep them at home', effects: [{ track: 'economy', by: -1 }, { track: 'tiesPrcDprk', by: +1 }] },
      ],
    },
  },
  alliesDocumentArmsTrade: {
    title: 'Allies document the arms trade',
    text: 'With the UN panel gone, eleven states\' Multilateral Sanctions Monitoring Team reports North Korean arms sent to Russia and Russian oil sent back (May 2025).',
    period: { from: '2025-05', until: PRESENT_UNTIL },
    effects: [],
    choice: {
      // Japan is one of the eleven: with the UN route closed by Russia's veto, this is where Tokyo presses.
      role: 'JPN', prompt: 'Act on the report?',
      options: [
        { id: 'sanction', label: 'Sanction the networks it names, with Washington and Seoul', effects: [{ track: 'sanctions', by: +1 }, { track: 'trustUsJpn', by: +1 }, { track: 'rapport', by: -1 }] },
        { id: 'quiet', label: 'Keep it quiet: a channel to Pyongyang on the abductions matters more', effects: [{ track: 'legitimacy', by: +1 }, { track: 'tension', by: -1 }] },
      ],
    },
  },
  beijingWeighsMoscow: {
    title: 'Beijing weighs Moscow',
    text: 'Kim Jong Un stood beside Xi Jinping and Vladimir Putin at Beijing\'s victory parade (September 2025). How close does Beijing stand to the other two?',
    period: { from: '2025-09', until: PRESENT_UNTIL },
    effects: [],
    choice: {
      role: 'PRC', prompt: 'Stand with Moscow and Pyongyang?',
      options: [
        { id: 'together', label: 'Stand together against Washington', effects: [{ track: 'tiesPrcDprk', by: +2 }, { track: 'enforcement', by: -1 }, { track: 'usCredibility', by: -1 }] },
        { id: 'distance', label: 'Keep some distance: stability first', effects: [{ track: 'enforcement', by: +1 }, { track: 'tiesPrcDprk', by: -1 }, { track: 'tension', by: -1 }] },
      ],
    },
  },
  russianKnowHow: {
    title: 'Russian know-how suspected',
    text: 'Seoul and Washington warn that Russia may be repaying Pyongyang with space, missile or submarine technology.',
    period: { from: '2024-06', until: PRESENT_UNTIL },
    effects: [{ track: 'capability', by: +1 }, { track: 'tension', by: +1 }, { track: 'trustUsRok', by: +1 }],
  },
  talksOverUkraine: {
    title: 'Talks over Ukraine',
    text: 'Washington and Moscow talk about ending the war in Ukraine (Alaska, August 2025). If the guns fall silent, Russia needs fewer North Korean shells.',
    period: { from: '2025-02', until: PRESENT_UNTIL },
    effects: [{ track: 'economy', by: -1 }, { track: 'tension', by: -1 }],
  },
  summitFloated: {
    title: 'A summit floated',
    text: 'The President says he would like to meet Kim again. Kim answers that he remembers him fondly, but will not talk about giving up his weapons (September 2025).',
    period: { from: '2025-01', until: PRESENT_UNTIL },
    effects: [],
    choice: {
      role: 'DPRK', prompt: 'Answer the President?',
      options: [
        { id: 'answer', label: 'Answer: talks, if disarmament is off the table', effects: [{ track: 'rapport', by: +2 }, { track: 'legitimacy', by: +1 }, { track: 'trustUsJpn', by: -1 }] },
        { id: 'silence', label: 'Stay silent: Moscow and Beijing are enough', effects: [{ track: 'rapport', by: -1 }, { track: 'tiesPrcDprk', by: +1 }] },
      ],
    },
  },
  loudspeakersOff: {
    title: 'Quiet at the border',
    text: 'Pyongyang has called the South a separate, hostile state since 2024. Seoul switched its border loudspeakers off in June 2025 and offers to restore the 2018 military agreement.',
    period: { from: '2025-06', until: PRESENT_UNTIL },
    effects: [],
    choice: {
      role: 'ROK', prompt: 'Restore the 2018 military agreement?',
      options: [
        { id: 'restore', label: 'Restore it step by step, whatever the North says', effects: [{ track: 'tension', by: -1 }, { track: 'rokDefence', by: -1 }] },
        { id: 'guard', label: 'Keep the guard up until the North answers', effects: [{ track: 'rokDefence', by: +1 }, { track: 'trustUsRok', by: +1 }] },
      ],
    },
  },
} satisfies Record<string, EventDef>;
