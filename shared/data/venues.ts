import type { Effect } from '../effects';
import type { Role } from '../roles';

export interface VenueDef {
  readonly label: string;
  readonly explain: string;
  /** A host venue needs its host at the table. */
  readonly host: Role | null;
  /** Applied when an agreement is made here, on top of the agreement's own effects. */
  readonly effects: readonly Effect[];
}

const venueTable = {
  singapore: { label: 'Singapore', host: null, explain: 'Neutral ground and a world stage: the first summit, June 2018.', effects: [{ track: 'legitimacy', by: +1 }] },
  hanoi: { label: 'Hanoi', host: null, explain: 'Neutral ground with a lesson: Vietnam went from enemy to partner. Scene of the 2019 walk-out.', effects: [] },
  panmunjom: { label: 'Panmunjom (DMZ)', host: 'ROK', explain: 'The truce village on the demarcation line, where Moon and Kim met in 2018. Seoul must take part.', effects: [{ track: 'tension', by: -1 }] },
  beijing: { label: 'Beijing', host: 'PRC', explain: 'China hosts: prestige as mediator, and its influence on the outcome.', effects: [{ track: 'tiesPrcDprk', by: +1 }] },
  pyongyang: { label: 'Pyongyang', host: 'DPRK', explain: 'A visit to the North is a gift of legitimacy.', effects: [{ track: 'legitimacy', by: +1 }] },
  washington: { label: 'Washington', host: 'US', explain: 'The White House: a win the President can announce at home.', effects: [{ track: 'usCredibility', by: +1 }] },
} satisfies Record<string, VenueDef>;

export type VenueId = keyof typeof venueTable;
export const VENUES: Readonly<Record<VenueId, VenueDef>> = venueTable;
export const VENUE_IDS = Object.keys(VENUES) as VenueId[];

/** The venue a role hosts (each role hosts at most one), if any. */
export function venueHostedBy(role: Role): VenueId | undefined {
  return VENUE_IDS.find((v) => VENUES[v].host === role);
}

/** Where two roles meet face to face: at the partner's venue, else at one's own, else on neutral ground. */
export function venueBetween(from: Role, to: Role): VenueId {
  return venueHostedBy(to) ?? venueHostedBy(from) ?? 'singapore';
}

export function isVenueId(value: unknown): value is VenueId {
  return typeof value === 'string' && Object.hasOwn(VENUES, value);
}
