import { concessionsOf, type ConcessionId } from '../data/concessions';
import { venueBetween, venueHostedBy } from '../data/venues';
import { ROLES, type Role } from '../roles';
import { lacksChannel, missingParty, signedUp } from '../rules/summits';
import { MEDIATORS } from '../rules/summitRules';
import type { PeninsulaState, Proposal } from '../state';

export type PackageInput = Pick<Proposal, 'to' | 'venue' | 'offers' | 'asks'>;

const isMediator = (role: Role): boolean => (MEDIATORS as readonly Role[]).includes(role);

/**
 * The tables at which a bot can meet `partner`: face to face, at the partner's or its own venue
 * (or a neutral one); and, when the two leaders have no channel, with a mediator as host.
 * `inviteHome`: face to face, it also invites a partner that hosts a venue and is no mediator (North Korea) to its own.
 */
export function tablesWith(G: PeninsulaState, role: Role, partner: Role, inviteHome: boolean): Pick<Proposal, 'to' | 'venue'>[] {
  if (lacksChannel(G, [role, partner])) return MEDIATORS.filter((m) => !G.done[m]).map((m) => ({ to: [partner, m], venue: venueHostedBy(m) ?? 'singapore' }));
  const usual = venueBetween(role, partner);
  // A mediator's capital is where it mediates (Beijing, Panmunjom): only a partner that is no mediator is invited away from its own.
  const home = inviteHome && !isMediator(partner) ? venueHostedBy(role) : undefined;
  const tables: Pick<Proposal, 'to' | 'venue'>[] = [{ to: [partner], venue: usual }];
  if (home !== undefined && home !== usual) tables.push({ to: [partner], venue: home });
  return tables;
}

/**
 * `items` without those the rules refuse at a table of `parties` (an item needing a role not there):
 * a package holding one would only be refused as it is scored, and a bot scores thousands a game.
 */
function atTable(items: readonly ConcessionId[], parties: readonly Role[]): ConcessionId[] {
  return items.filter((item) => missingParty(item, parties) === null);
}

/**
 * Every one-for-one trade with each partner, plus gifts and plain requests, at every table it can meet at
 * (`inviteHome`: its own venue too, see BotTraits.invitesHome).
 */
export function candidatePackages(G: PeninsulaState, role: Role, inviteHome = false): PackageInput[] {
  const out: PackageInput[] = [];
  // A table with a party that has signed all it may this round is refused by the rules: none of its packages is listed.
  if (signedUp(G, role)) return out;
  for (const partner of ROLES) {
    if (partner === role || G.done[partner]) continue;
    // Written out, not spread from the table: a bot lists these a hundred at a time (same keys, same order).
    for (const { to, venue } of tablesWith(G, role, partner, inviteHome)) {
      if (to.some((r) => signedUp(G, r))) continue;
      const mine = atTable(concessionsOf(role), [role, ...to]);
      const theirs = atTable(concessionsOf(partner), [role, ...to]);
      for (const offer of mine) for (const ask of theirs) out.push({ to, venue, offers: [offer], asks: [ask] });
      // Gifts and plain requests too: a statement can be worth signing for what it says about the signers.
      for (const offer of mine) out.push({ to, venue, offers: [offer], asks: [] });
      for (const ask of theirs) out.push({ to, venue, offers: [], asks: [ask] });
    }
  }
  return out;
}

/** A bot's packages hold at most this many items: action for action in a few steps, as Singapore's four points did. */
export const MAX_BOT_PACKAGE_ITEMS = 4;

/** The packages one item larger than `input`: one more offer of the proposer's, or one more ask of an invitee's (the rules are checked as each is scored). */
export function widenedPackages(role: Role, input: PackageInput): PackageInput[] {
  if (input.offers.length + input.asks.length >= MAX_BOT_PACKAGE_ITEMS) return [];
  const present = new Set<ConcessionId>([...input.offers, ...input.asks]);
  const parties = [role, ...input.to];
  const out: PackageInput[] = [];
  for (const offer of atTable(concessionsOf(role), parties)) if (!present.has(offer)) out.push({ ...input, offers: [...input.offers, offer] });
  for (const ask of atTable(
    input.to.flatMap((r) => concessionsOf(r)),
    parties,
  ))
    if (!present.has(ask)) out.push({ ...input, asks: [...input.asks, ask] });
  return out;
}
