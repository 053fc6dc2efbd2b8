import type { Condition, Effect } from '../effects';
import type { Role } from '../roles';

/**
 * Every order a role can give, two per round. What an action does is its row:
 * the effects are applied by the one interpreter in ../effects.ts.
 */
export interface ActionDef {
  readonly role: Role;
  readonly label: string;
  /** Why the action exists and what it stands for, shown beside it. */
  readonly explain: string;
  readonly effects: readonly Effect[];
  /** The news headline when it resolves. */
  readonly headline: string;
  /** Rounds that must pass before it can be chosen again (1: not two rounds running). */
  readonly cooldown?: number;
  readonly oncePerGame?: boolean;
  /** Only available while this holds (checked when orders are given). */
  readonly requires?: { readonly condition: Condition; readonly reason: string };
  /** Only available while one of North Korea's steps (DPRK_STEPS in concessions.ts) is in force: action for action. The reason is shown otherwise. */
  readonly requiresDprkStep?: string;
}

const contact: Effect = { flag: 'usDprkContact', set: true };
/** A test during the moratorium ends it, with the credibility and rapport cost of a broken promise. */
const testBreaksMoratorium: Effect = {
  when: { flag: 'moratorium', is: true },
  then: [
    { flag: 'moratorium', set: false },
    { track: 'rapport', by: -3 },
    { track: 'usCredibility', by: -2 },
    { track: 'tension', by: +1 },
  ],
};

/** An ally that doubts Washington: US–ROK trust at this or less. Only a doubting Seoul has something to demand (balance pass 11). */
export const DOUBTING_ALLY_TRUST = 7;
/**
 * Reassurance reaches an ally not yet fully confident in Washington: US–ROK or US–Japan trust at this or less, one
 * above doubt (balance pass 12; 7 in pass 11).
 */
export const REASSURED_ALLY_TRUST = DOUBTING_ALLY_TRUST + 1;
/** Reassurance answers doubt and wavering: an ally fully confident in Washington hears nothing new. */
const reassure = (track: 'trustUsRok' | 'trustUsJpn'): Effect => ({ when: { track, atMost: REASSURED_ALLY_TRUST }, then: [{ track, by: +1 }] });

/** The sanctions the Security Council's resolutions set (2016–17), where the 2025 board starts: partners' own designations hold them there. */
export const SANCTIONS_THE_COUNCIL_SET = 8;

const actionTable = {
  // United States
  tightenSanctions: {
    role: 'US', label: 'Tighten sanctions', headline: 'Washington tightens sanctions',
    explain: 'New designations and a push at the UN. China can veto the UN part this round.',
    effects: [{ when: { flag: 'unVeto', is: false }, then: [{ track: 'sanctions', by: +2 }], otherwise: [{ track: 'sanctions', by: +1 }] }, { track: 'rapport', by: -1 }],
  },
  reassureAllies: {
    role: 'US', label: 'Reassure allies', headline: 'US reaffirms its commitments to Seoul and Tokyo',
    // Balance pass 11: +1 with each ally whatever it felt made the order half of all US orders and kept both alliances
    // near 9 (the US objective 8.5). Visits and statements mend doubt, as the Nuclear Consultative Group did in 2023.
    // Balance pass 12: the line one above doubt (trust 8, not 7). At 7 the US won 14.8% of the validation games of pass 11;
    // the wavering ally at 8, not only the doubting one, is whom visits and consultations are for.
    explain: `Extended deterrence: visits, statements, consultations. They reach an ally not fully confident in Washington (trust ${REASSURED_ALLY_TRUST} or less); one fully confident hears nothing new.`,
    effects: [reassure('trustUsRok'), reassure('trustUsJpn')],
  },
  jointDrills: {
    role: 'US', label: 'Joint drills', headline: 'US and South Korean forces hold joint drills',
    explain: 'Large exercises with Seoul: allies are reassured, Pyongyang calls them rehearsals for invasion.',
    effects: [{ track: 'trustUsRok', by: +1 }, { track: 'usCredibility', by: +1 }, { track: 'tension', by: +1 }, { track: 'rapport', by: -1 }],
    cooldown: 1,
  },
  suspendDrills: {
    role: 'US', label: 'Suspend drills', headline: 'Washington suspends "war games" with Seoul',
    explain: 'As after Singapore in 2018: a gesture to Pyongyang that allies were not always consulted on.',
    effects: [{ track: 'tension', by: -1 }, { track: 'rapport', by: +1 }, { track: 'trustUsRok', by: -1 }, { track: 'trustUsJpn', by: -1 }],
  },
  personalLetter: {
    role: 'US', label: 'Personal letter', headline: 'The President sends Kim a "beautiful letter"',
    explain: 'Leader-to-leader letters kept the 2018–19 channel alive and calmed the fire-and-fury year before it. Rapport rises and does not decay this round.',
    effects: [{ track: 'rapport', by: +2 }, { track: 'tension', by: -1 }, contact],
  },
  pressChina: {
    role: 'US', label: 'Press China', headline: 'Washington presses Beijing to enforce sanctions',
    explain: "Sanctions only bite if China's border is closed.",
    effects: [{ track: 'enforcement', by: +1 }, { track: 'tiesPrcDprk', by: -1 }],
  },
  sanctionsRelief: {
    role: 'US', label: 'Sanctions relief', headline: 'Washington eases sanctions in return for steps Pyongyang has taken',
    // Issue 15: relief by fiat was 0.3–0.6% of US orders. Action for action gives it a reason and a moment.
    explain: 'Action for action: while North Korea keeps a moratorium, a freeze, a dismantlement or inspections, Washington rewards the step. The leaders stay in touch; Tokyo frets.',
    effects: [{ track: 'sanctions', by: -2 }, { track: 'rapport', by: +2 }, contact, { track: 'trustUsJpn', by: -1 }],
    requires: { condition: { track: 'sanctions', atLeast: 1 }, reason: 'There are no sanctions left to relieve.' },
    requiresDprkStep: 'Relief rewards a step: North Korea has no moratorium, freeze, dismantlement or inspections in force.',
    cooldown: 1,
  },
  showOfForce: {
    role: 'US', label: 'Show of force', headline: 'US bombers and a carrier group deploy near the peninsula',
    explain: '"Fire and fury": deterrence that raises the temperature.',
    effects: [{ track: 'tension', by: +2 }, { track: 'usCredibility', by: +1 }, { track: 'trustUsJpn', by: +1 }, { track: 'rapport', by: -2 }],
    cooldown: 1,
  },

  // North Korea
  missileTest: {
    role: 'DPRK', label: 'Missile test', headline: 'North Korea fires a ballistic missile into the sea',
    explain: 'Each test improves the arsenal and alarms the region; past capability 5, missile tests teach little more.',
    effects: [testBreaksMoratorium, { when: { track: 'capability', atMost: 5 }, then: [{ track: 'capability', by: +1 }] }, { track: 'tension', by: +1 }],
    cooldown: 1,
  },
  nuclearTest: {
    role: 'DPRK', label: 'Nuclear test', headline: 'North Korea conducts a nuclear test at Punggye-ri',
    explain: 'The strongest signal there is. Even Beijing is angered, and nobody recognises a bomb for being tested.',
    effects: [testBreaksMoratorium, { track: 'capability', by: +1 }, { track: 'tension', by: +2 }, { track: 'tiesPrcDprk', by: -2 }, { track: 'enforcement', by: +1 }, { when: { flag: 'unVeto', is: false }, then: [{ track: 'sanctions', by: +1 }] }],
    cooldown: 2,
  },
  declareMoratorium: {
    role: 'DPRK', label: 'Declare moratorium', headline: 'Pyongyang declares a halt to nuclear and missile tests',
    explain: 'As in April 2018: tests are suspended, and any later test ends the moratorium at a cost.',
    effects: [{ flag: 'moratorium', set: true }, { track: 'tension', by: -2 }, { track: 'rapport', by: +1 }],
    requires: { condition: { flag: 'moratorium', is: false }, reason: 'The moratorium already holds.' },
  },
  charmOffensive: {
    role: 'DPRK', label: 'Charm offensive', headline: 'Kim sends warm words to the White House',
    explain: 'A letter or a smile for the cameras: rapport and legitimacy, at no cost to the arsenal.',
    effects: [{ track: 'rapport', by: +2 }, { track: 'tension', by: -1 }, contact],
  },
  cyberOperation: {
    role: 'DPRK', label: 'Cyber operation', headline: 'Hackers linked to Pyongyang steal millions in cryptocurrency',
    explain: 'Cyber theft funds the regime around the sanctions.',
    effects: [{ track: 'economy', by: +2 }, { track: 'tension', by: +1 }, { track: 'usCredibility', by: -1 }],
    cooldown: 1,
  },
  sanctionsEvasion: {
    role: 'DPRK', label: 'Sanctions evasion', headline: 'Ship-to-ship transfers smuggle oil and coal',
    explain: 'Ship-to-ship transfers at sea; they work best when China looks away.',
    effects: [{ track: 'economy', by: +1 }, { when: { track: 'enforcement', atMost: 3 }, then: [{ track: 'economy', by: +1 }] }],
  },
  armsExports: {
    role: 'DPRK', label: 'Arms exports', headline: 'North Korean weapons turn up abroad',
    explain: 'Selling missiles and shells brings hard currency and condemnation.',
    // With a buyer in Moscow (the 2024 treaty) the same shells fetch more.
    effects: [{ track: 'economy', by: +1 }, { track: 'tension', by: +1 }, { track: 'legitimacy', by: -1 }, { when: { flag: 'russiaPact', is: true }, then: [{ track: 'economy', by: +1 }] }],
  },
  dmzProvocation: {
    role: 'DPRK', label: 'Provocation at the DMZ', headline: 'Shots and loudspeakers at the DMZ',
    explain: 'A border incident: pressure on Seoul, and Seoul arms in reply.',
    effects: [{ track: 'tension', by: +2 }, { track: 'rokDefence', by: +1 }],
    cooldown: 1,
  },

  // South Korea
  // Balance pass 10 (issue 15): Seoul's orders each have a use of their own. The two alliance orders were 63% and 77% of
  // Seoul's orders (demanding assurances cost nothing and calmed), and the latency debate 3% (it only cost): coordination
  // is now for every other round, a demand only when Washington has let trust slip, and the debate answers a US umbrella
  // that looks weak. Projects and the channel calm more and count as engagement, so Seoul has a peace-making game.
  interKoreanProject: {
    role: 'ROK', label: 'Inter-Korean project', headline: 'Seoul and Pyongyang open a joint project',
    explain: 'Rail links, family reunions, a liaison office: engagement that Washington may see as leaking sanctions.',
    effects: [{ track: 'tension', by: -2 }, { track: 'economy', by: +1 }, { track: 'trustUsRok', by: -1 }],
    cooldown: 1,
  },
  rokBolsterDefence: {
    role: 'ROK', label: 'Bolster defence', headline: 'Seoul raises its defence budget',
    explain: 'Missiles and missile defence of its own.',
    effects: [{ track: 'rokDefence', by: +2 }, { track: 'tension', by: +1 }],
  },
  coordinateWithWashington: {
    role: 'ROK', label: 'Coordinate with Washington', headline: 'Seoul and Washington align their approach',
    explain: 'Close consultation keeps the alliance together, when there is something new to consult on.',
    effects: [{ track: 'trustUsRok', by: +1 }],
    cooldown: 1,
  },
  independentChannel: {
    role: 'ROK', label: 'Independent channel', headline: 'Seoul opens its own channel to Pyongyang',
    explain: 'Talks without Washington: tension falls, trust with the US too.',
    effects: [{ track: 'tension', by: -2 }, { track: 'trustUsRok', by: -1 }],
    cooldown: 1,
  },
  demandAssurances: {
    role: 'ROK', label: 'Demand assurances', headline: 'Seoul demands that Washington consult it',
    explain: 'No deal about us without us: when Washington has gone over Seoul\'s head, Seoul says so in public.',
    effects: [{ track: 'trustUsRok', by: +2 }, { track: 'usCredibility', by: -1 }, { track: 'tension', by: -1 }],
    requires: {
      condition: { track: 'trustUsRok', atMost: DOUBTING_ALLY_TRUST },
      reason: `Washington already consults Seoul closely (US–ROK trust ${DOUBTING_ALLY_TRUST + 1} or more): there is nothing to demand.`,
    },
  },
  nuclearLatencyDebate: {
    role: 'ROK', label: 'Nuclear-latency debate', headline: 'Seoul debates a nuclear option of its own',
    explain:
      'If the umbrella leaks, why not our own? Washington answers by giving Seoul a say in its nuclear planning (the Washington Declaration of 2023), and the world sees the umbrella leak.',
    // Costs Washington 1 credibility (2 until balance pass 14): held whenever the umbrella looked weak, it drained US
    // credibility in a spiral (each debate made the next possible) and the deal-maker US seat lost on it to random tables.
    effects: [{ track: 'trustUsRok', by: +1 }, { track: 'usCredibility', by: -1 }],
    requires: { condition: { track: 'usCredibility', atMost: 6 }, reason: 'The US umbrella looks solid (US credibility 7 or more): the debate finds no audience.' },
    cooldown: 2,
  },

  // China
  enforceSanctions: {
    role: 'PRC', label: 'Enforce sanctions', headline: 'China tightens checks at the Dandong border',
    explain: "Closing the border is the pressure Pyongyang feels most, and strains Beijing's ties with it.",
    effects: [{ track: 'enforcement', by: +2 }, { track: 'tiesPrcDprk', by: -1 }],
  },
  openBorderTrade: {
    role: 'PRC', label: 'Open border trade', headline: 'Trucks roll again across the Yalu',
    explain: 'Trade keeps the North afloat and the border quiet.',
    effects: [{ track: 'economy', by: +1 }, { track: 'tiesPrcDprk', by: +1 }],
  },
  mediate: {
    role: 'PRC', label: 'Mediate', headline: 'Beijing offers to host talks',
    explain: 'Prestige as the indispensable mediator, even-handed between Washington and Pyongyang.',
    effects: [{ track: 'tension', by: -1 }],
    cooldown: 1,
  },
  economicLifeline: {
    role: 'PRC', label: 'Economic lifeline', headline: 'China sends food and fuel to North Korea',
    explain: 'No collapse on our border, whatever the sanctions say.',
    effects: [{ track: 'economy', by: +2 }, { track: 'enforcement', by: -1 }, { track: 'tiesPrcDprk', by: +1 }],
    cooldown: 2,
  },
  blockUnResolution: {
    role: 'PRC', label: 'Block a UN resolution', headline: 'China blocks a UN Security Council resolution',
    explain: 'A veto this round: new UN sanctions cannot pass (resolved first, so it stops this round\'s push).',
    effects: [{ flag: 'unVeto', set: true }, { track: 'tiesPrcDprk', by: +1 }, { track: 'usCredibility', by: -1 }],
    cooldown: 1,
  },
  warnPyongyang: {
    role: 'PRC', label: 'Warn Pyongyang', headline: 'Beijing warns Pyongyang against further provocations',
    explain: 'A quiet word from the only ally the North has.',
    // Balance pass 15: no longer costs PRC–DPRK ties. A quiet word is the hold an ally keeps, not a rupture (closing the
    // border is, and still costs ties); with the cost, China's one calming order cut its own "hold on Pyongyang" and
    // China won 13–14% of games on every tuning set.
    effects: [{ track: 'tension', by: -1 }, { track: 'legitimacy', by: -1 }],
  },

  // Japan
  jpnBolsterDefence: {
    role: 'JPN', label: 'Bolster defence', headline: 'Tokyo raises its defence budget',
    explain: 'Counter-strike capability and a bigger budget.',
    effects: [{ track: 'jpnDefence', by: +2 }, { track: 'tension', by: +1 }],
  },
  missileDefence: {
    role: 'JPN', label: 'Missile defence', headline: 'Japan deploys new missile defences',
    explain: 'Defensive, and done with the US.',
    effects: [{ track: 'jpnDefence', by: +1 }, { track: 'trustUsJpn', by: +1 }],
  },
  trilateralCoordination: {
    role: 'JPN', label: 'Trilateral coordination', headline: 'Tokyo, Seoul and Washington meet as three',
    explain: 'The alliance triangle works best when all three talk.',
    effects: [{ track: 'trustUsJpn', by: +1 }, { track: 'trustUsRok', by: +1 }],
  },
  raiseAbductions: {
    role: 'JPN', label: 'Raise the abductions issue', headline: 'Japan raises the abductions of its citizens',
    explain: 'Families of citizens abducted in the 1970s–80s still wait for answers.',
    effects: [{ track: 'legitimacy', by: -1 }, { track: 'rapport', by: -1 }],
    cooldown: 1,
  },
  independentContact: {
    role: 'JPN', label: 'Independent contact', headline: 'Japanese officials meet North Koreans in a third country',
    explain: 'Tokyo talks to Pyongyang on its own, as Koizumi did in 2002.',
    effects: [{ track: 'tension', by: -1 }, { track: 'legitimacy', by: +1 }, { track: 'trustUsJpn', by: -1 }],
  },
  pushUnSanctions: {
    role: 'JPN', label: 'Push sanctions at the UN', headline: 'Japan pushes for new UN sanctions',
    explain: `A Security Council resolution: sanctions and condemnation, unless China vetoes it this round. While Russia's treaty veto holds (2025), Tokyo and its partners sanction the networks the Council no longer watches: sanctions +1, up to ${SANCTIONS_THE_COUNCIL_SET}.`,
    // Balance pass 19: under Russia's standing veto the order did nothing, yet Japan's seats gave it a quarter of their 2025
    // orders; Japan won 13.5% and 14.3% of the 2025 games of val11 and val12. After the veto ended the UN panel (March 2024),
    // Japan and ten partners set up their own monitoring team and sanctioned the networks it named. They can hold sanctions at
    // the level the Council set, not tighten them past it: that takes the Council.
    effects: [
      {
        when: { flag: 'unVeto', is: false },
        then: [{ track: 'sanctions', by: +1 }, { track: 'legitimacy', by: -1 }],
        otherwise: [{ when: { flag: 'russiaPact', is: true }, then: [{ when: { track: 'sanctions', atMost: SANCTIONS_THE_COUNCIL_SET - 1 }, then: [{ track: 'sanctions', by: +1 }] }] }],
      },
    ],
    cooldown: 1,
  },
} satisfies Record<string, ActionDef>;

export type ActionId = keyof typeof actionTable;
export const ACTIONS: Readonly<Record<ActionId, ActionDef>> = actionTable;
export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && Object.hasOwn(ACTIONS, value);
}

export function actionsOf(role: Role): ActionId[] {
  return ACTION_IDS.filter((id) => ACTIONS[id].role === role);
}

export const ACTIONS_PER_ROUND = 2;
