import { FLAGS, TRACKS, type Change, type ConcessionId, type SeatView, type Role, type VenueId } from '../../shared/index';
import { formAgreement } from '../../shared/rules/agreements';

export interface PackageDraft {
  from: Role;
  to: Role[];
  venue: VenueId;
  offers: ConcessionId[];
  asks: ConcessionId[];
}

export interface AgreementPreview {
  kind: 'deal' | 'jointStatement';
  changes: Change[];
}

/**
 * What the board would look like if this package were signed now: the ruleset's own
 * formAgreement run on a copy (venue, agreement kind and leaders' summit included), never a re-implementation.
 */
export function previewAgreement(G: SeatView, draft: PackageDraft): AgreementPreview {
  const copy = structuredClone(G);
  formAgreement(copy, {
    id: 'preview',
    round: G.round,
    from: draft.from,
    to: draft.to,
    venue: draft.venue,
    offers: draft.offers,
    asks: draft.asks,
    answers: {},
    status: 'agreed',
  });
  const changes: Change[] = [];
  for (const track of TRACKS) if (copy.tracks[track] !== G.tracks[track]) changes.push({ track, from: G.tracks[track], to: copy.tracks[track] });
  for (const flag of FLAGS) if (copy.flags[flag] !== G.flags[flag]) changes.push({ flag, from: G.flags[flag], to: copy.flags[flag] });
  const kind = copy.agreements[copy.agreements.length - 1]?.kind ?? 'jointStatement';
  return { kind, changes };
}

export const KIND_LABEL = { deal: 'a deal', jointStatement: 'a joint statement' } as const;

/** What makes the kind, for a player: a deal holds a promise someone can check. */
export const KIND_EXPLAIN = { deal: 'at least one of its promises can be checked', jointStatement: 'words only, nothing in it can be checked' } as const;

export const VERIFICATION_LABEL = { open: 'open: a breach is seen at once', inspections: 'needs inspectors', symbolic: 'symbolic' } as const;
