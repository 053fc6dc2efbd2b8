import { useMemo } from 'react';
import { CONCESSION_IDS, concessionsOf, ROLES, VENUE_IDS, type ConcessionId, type Proposal, type Role, type VenueId } from '../../../shared/index';
import { draftKey, fieldsOf, useDraft } from './drafts';

/** A summit being composed (client/game/panels/drafts.ts): it outlives a tab switch and a reload until sent. */
export interface SummitDraft {
  partners: Role[];
  venue: VenueId;
  offers: ConcessionId[];
  asks: ConcessionId[];
}

function listOf<T extends string>(value: unknown, allowed: readonly string[]): T[] {
  return (Array.isArray(value) ? value : []).filter((v, i, all): v is T => typeof v === 'string' && allowed.includes(v) && all.indexOf(v) === i);
}

/** A new proposal starts empty; a counter starts from the proposal it answers. Only what this role may offer, ask and invite. */
function reader(role: Role, countering: Proposal | undefined): (stored: unknown) => SummitDraft {
  const others = (countering ? [countering.from, ...countering.to] : []).filter((r) => r !== role);
  const blank: SummitDraft = {
    partners: others,
    venue: countering?.venue ?? 'singapore',
    offers: countering ? countering.asks.filter((a) => concessionsOf(role).includes(a)) : [],
    asks: countering ? countering.offers : [],
  };
  return (stored) => {
    if (stored === null) return blank;
    const { partners, venue, offers, asks } = fieldsOf(stored);
    return {
      partners: countering
        ? blank.partners
        : listOf<Role>(
            partners,
            ROLES.filter((r) => r !== role),
          ),
      venue: countering ? blank.venue : (VENUE_IDS.find((v) => v === venue) ?? blank.venue),
      offers: listOf<ConcessionId>(offers, concessionsOf(role)),
      asks: listOf<ConcessionId>(asks, CONCESSION_IDS),
    };
  };
}

/** A counter's draft is kept under its proposal, so two counters (or a counter and a new proposal) never mix. */
export function useSummitDraft(matchID: string | undefined, role: Role, round: number, countering?: Proposal) {
  const key = draftKey(countering ? `counter-${countering.id}` : 'summit', matchID, role, round);
  const read = useMemo(() => reader(role, countering), [role, countering]);
  return useDraft(key, read);
}
