import type { Effect } from '../effects';
import type { Role } from '../roles';
import type { ActionId } from './actions';

/**
 * How a breach of a commitment comes to light:
 * - `open`: anyone can see it (tests, drills, sanctions, trade): exposed at the round's resolution.
 * - `inspections`: seen at once only while inspections are in force; otherwise it stays unseen
 *   for a round and is exposed at the next resolution (the brief's unverified dismantlement).
 * - `symbolic`: words only. Breaking them simply lets them lapse, with no exposure.
 */
export type Verification = 'open' | 'inspections' | 'symbolic';

export interface ConcessionDef {
  /** The role that gives (offers) this item and is bound by it. */
  readonly role: Role;
  readonly label: string;
  readonly explain: string;
  /** Applied once, when the agreement is made. */
  readonly effects: readonly Effect[];
  /** Rounds the commitment runs after the agreement; 0 means done at once, nothing to keep. */
  readonly duration: number;
  readonly verification: Verification;
  /** Applied when the bound role breaches: what breaking it gains or undoes. */
  readonly breachEffects: readonly Effect[];
  /** Orders that break the commitment: choosing one while complying is refused. */
  readonly forbids: readonly ActionId[];
  /** A role that must be party to the summit for this item to be on the table (what is given to Pyongyang needs Pyongyang there). */
  readonly needsParty?: Role;
}

/** Lasts until the end of the game, whatever the number of rounds. */
export const FOR_THE_REST_OF_THE_GAME = 99;

const concessionTable = {
  // North Korea
  testMoratorium: {
    role: 'DPRK', label: 'Test moratorium', explain: 'No nuclear or missile tests while the commitment runs.',
    effects: [{ flag: 'moratorium', set: true }, { track: 'tension', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [], forbids: ['missileTest', 'nuclearTest'],
  },
  dismantleTestSite: {
    role: 'DPRK', label: 'Dismantle the test site', explain: 'Blow up the tunnels at Punggye-ri, as in May 2018, before foreign reporters.',
    effects: [{ track: 'capability', by: -1 }, { track: 'tension', by: -1 }], duration: 3, verification: 'inspections',
    breachEffects: [{ track: 'capability', by: +1 }], forbids: ['nuclearTest'],
  },
  freezeYongbyon: {
    role: 'DPRK', label: 'Freeze Yongbyon', explain: 'Stop producing fissile material at Yongbyon: capability stops its natural growth.',
    effects: [{ track: 'tension', by: -1 }], duration: 3, verification: 'inspections',
    breachEffects: [{ track: 'capability', by: +1 }], forbids: [],
  },
  dismantleYongbyon: {
    role: 'DPRK', label: 'Dismantle Yongbyon', explain: 'What Kim offered in Hanoi in exchange for most sanctions relief.',
    effects: [{ track: 'capability', by: -2 }, { track: 'tension', by: -1 }, { track: 'legitimacy', by: -1 }], duration: 3, verification: 'inspections',
    breachEffects: [{ track: 'capability', by: +2 }], forbids: [],
  },
  // Issue 15: the declaration cost nothing and even added legitimacy. Now it has a price (admitting a hidden programme
  // costs standing) and teeth: once declared, a hidden breach of a dismantlement or freeze is caught at once.
  declareInventory: {
    role: 'DPRK', label: 'Declare the inventory', explain: 'A full list of weapons, material and sites: the step every past deal stumbled on. Admitting the programme costs standing; for the rest of the game any cheating on a freeze or dismantlement is caught at once, and a false declaration hides 1 capability.',
    effects: [{ track: 'usCredibility', by: +1 }, { track: 'legitimacy', by: -1 }, { track: 'tension', by: -1 }], duration: FOR_THE_REST_OF_THE_GAME, verification: 'inspections',
    breachEffects: [{ track: 'capability', by: +1 }], forbids: [],
  },
  allowInspections: {
    role: 'DPRK', label: 'Allow inspections', explain: "IAEA inspectors on site. While they are in force, North Korea cannot test a bomb, Yongbyon produces nothing, and its other commitments become verifiable. Expelling the inspectors is a breach.",
    effects: [{ track: 'usCredibility', by: +1 }, { track: 'trustUsJpn', by: +1 }, { track: 'tension', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [], forbids: ['nuclearTest'],
  },
  returnRemains: {
    role: 'DPRK', label: 'Return remains', explain: 'Return the remains of US soldiers from the Korean War, as in 2018.',
    effects: [{ track: 'rapport', by: +1 }, { track: 'usCredibility', by: +1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [],
  },
  releaseDetainees: {
    role: 'DPRK', label: 'Release detainees', explain: 'Free foreign citizens held in North Korea.',
    effects: [{ track: 'rapport', by: +1 }, { track: 'tension', by: -1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [],
  },

  // United States
  partialSanctionsRelief: {
    role: 'US', label: 'Partial sanctions relief', explain: 'Lift part of the sanctions while the deal holds.',
    effects: [{ track: 'sanctions', by: -2 }, { track: 'economy', by: +1 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'sanctions', by: +2 }], forbids: ['tightenSanctions'], needsParty: 'DPRK',
  },
  suspendJointDrills: {
    role: 'US', label: 'Suspend joint drills', explain: 'No large exercises with Seoul while the deal holds.',
    effects: [{ track: 'tension', by: -1 }, { track: 'trustUsRok', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [], forbids: ['jointDrills', 'showOfForce'], needsParty: 'DPRK',
  },
  endOfWarDeclaration: {
    role: 'US', label: 'End-of-war declaration', explain: 'Declare the Korean War over (it ended in 1953 with an armistice, not a peace).',
    effects: [{ track: 'tension', by: -1 }, { track: 'legitimacy', by: +1 }], duration: FOR_THE_REST_OF_THE_GAME, verification: 'symbolic',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
  liaisonOffice: {
    role: 'US', label: 'Liaison office', explain: 'Open liaison offices in each capital: a first step to relations.',
    effects: [{ track: 'rapport', by: +1 }, { track: 'legitimacy', by: +1 }], duration: FOR_THE_REST_OF_THE_GAME, verification: 'symbolic',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
  securityGuarantee: {
    role: 'US', label: 'Security guarantee', explain: "A promise not to attack or seek regime change: Pyongyang's core demand.",
    effects: [{ track: 'tension', by: -1 }, { track: 'legitimacy', by: +1 }, { track: 'trustUsJpn', by: -1 }], duration: 3, verification: 'symbolic',
    breachEffects: [], forbids: ['showOfForce'], needsParty: 'DPRK',
  },
  usHumanitarianAid: {
    role: 'US', label: 'Humanitarian aid', explain: 'Food and medicine, delivered at once.',
    effects: [{ track: 'economy', by: +1 }, { track: 'rapport', by: +1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },

  // South Korea
  kaesongCooperation: {
    role: 'ROK', label: 'Economic cooperation (Kaesong)', explain: 'Reopen the Kaesong industrial zone, closed since 2016.',
    effects: [{ track: 'economy', by: +2 }, { track: 'tension', by: -1 }, { track: 'trustUsRok', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'economy', by: -1 }], forbids: [], needsParty: 'DPRK',
  },
  rokHumanitarianAid: {
    role: 'ROK', label: 'Humanitarian aid', explain: 'Rice and fertiliser across the DMZ.',
    effects: [{ track: 'economy', by: +1 }, { track: 'tension', by: -1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
  militaryAccord: {
    role: 'ROK', label: 'Military tension-reduction accord', explain: 'Like the 2018 Comprehensive Military Agreement: no-fly zones, fewer guard posts.',
    effects: [{ track: 'tension', by: -2 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'tension', by: +1 }], forbids: ['rokBolsterDefence'], needsParty: 'DPRK',
  },

  // China
  prcEconomicAid: {
    role: 'PRC', label: 'Economic aid', explain: 'Aid and investment from Beijing, delivered at once.',
    effects: [{ track: 'economy', by: +2 }, { track: 'tiesPrcDprk', by: +1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
  enforcementEasing: {
    role: 'PRC', label: 'Enforcement easing', explain: 'Look the other way at the border while the deal holds.',
    effects: [{ track: 'enforcement', by: -2 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'enforcement', by: +2 }], forbids: ['enforceSanctions'], needsParty: 'DPRK',
  },
  actAsGuarantor: {
    role: 'PRC', label: 'Act as guarantor', explain: 'Beijing vouches for the deal: prestige as the mediator.',
    effects: [{ track: 'tension', by: -1 }, { track: 'tiesPrcDprk', by: +1 }], duration: 3, verification: 'symbolic',
    breachEffects: [], forbids: [],
  },

  // Issue 15: the US had nothing to offer China, so China's enforcement was its own loss. A trade truce for a closed border.
  tradeTruce: {
    role: 'US', label: 'Trade truce with Beijing', explain: 'Tariffs paused while China keeps its side: Tokyo frets about a deal made over its head.',
    effects: [{ track: 'trustUsJpn', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'trustUsJpn', by: +1 }], forbids: [], needsParty: 'PRC',
  },
  closeTheBorder: {
    role: 'PRC', label: 'Close the border', explain: 'Dandong checks every truck while the deal holds: no border trade and no lifeline.',
    effects: [{ track: 'enforcement', by: +2 }, { track: 'tiesPrcDprk', by: -1 }], duration: 3, verification: 'open',
    breachEffects: [{ track: 'enforcement', by: -2 }], forbids: ['openBorderTrade', 'economicLifeline'],
  },

  // Japan
  normalisationTalks: {
    role: 'JPN', label: 'Normalisation talks', explain: 'Talks toward diplomatic relations, as promised in the 2002 Pyongyang Declaration.',
    effects: [{ track: 'legitimacy', by: +1 }, { track: 'tension', by: -1 }], duration: 3, verification: 'symbolic',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
  conditionalAid: {
    role: 'JPN', label: 'Aid conditional on the abductions', explain: 'Aid in return for an account of the abducted Japanese citizens. Needs North Korea at the table.',
    effects: [{ track: 'economy', by: +1 }, { track: 'trustUsJpn', by: +1 }], duration: 0, verification: 'open',
    breachEffects: [], forbids: [], needsParty: 'DPRK',
  },
} satisfies Record<string, ConcessionDef>;

export type ConcessionId = keyof typeof concessionTable;
export const CONCESSIONS: Readonly<Record<ConcessionId, ConcessionDef>> = concessionTable;
export const CONCESSION_IDS = Object.keys(CONCESSIONS) as ConcessionId[];

export function isConcessionId(value: unknown): value is ConcessionId {
  return typeof value === 'string' && Object.hasOwn(CONCESSIONS, value);
}

/** Each role's concessions in table order, listed once: bots ask for them thousands of times a game, and the table never changes. */
const BY_ROLE = new Map<Role, readonly ConcessionId[]>();
for (const id of CONCESSION_IDS) BY_ROLE.set(CONCESSIONS[id].role, [...(BY_ROLE.get(CONCESSIONS[id].role) ?? []), id]);

export function concessionsOf(role: Role): readonly ConcessionId[] {
  return BY_ROLE.get(role) ?? [];
}

/** North Korea's steps that an action-for-action order (the US's sanctions relief) rewards while one is in force. */
export const DPRK_STEPS: readonly ConcessionId[] = ['testMoratorium', 'freezeYongbyon', 'dismantleYongbyon', 'dismantleTestSite', 'allowInspections'];

/** What an exposed breach costs the breaker, by role: trust and credibility fall. */
export const EXPOSED_BREACH_EFFECTS: Readonly<Record<Role, readonly Effect[]>> = {
  US: [{ track: 'usCredibility', by: -2 }, { track: 'trustUsRok', by: -1 }, { track: 'trustUsJpn', by: -1 }],
  DPRK: [{ track: 'rapport', by: -2 }, { track: 'legitimacy', by: -1 }, { track: 'tension', by: +1 }],
  ROK: [{ track: 'trustUsRok', by: -1 }, { track: 'tension', by: +1 }],
  PRC: [{ track: 'tiesPrcDprk', by: -1 }, { track: 'usCredibility', by: +1 }],
  JPN: [{ track: 'trustUsJpn', by: -1 }],
};
