import type { ActionId } from './data/actions';
import type { AgendaId } from './data/agendas';
import type { ConcessionId } from './data/concessions';
import type { EventId } from './data/events';
import type { FilledMove } from './fills';
import type { VenueId } from './data/venues';
import type { MatchOptions } from './options';
import type { Role } from './roles';
import type { Flags, Tracks } from './tracks';

export type Answer = 'accepted' | 'rejected';
export type ProposalStatus = 'open' | 'agreed' | 'rejected' | 'walkedOut' | 'countered' | 'expired';

/** A summit proposal: the proposer offers its own concessions and asks for the invitees'. */
export interface Proposal {
  id: string;
  round: number;
  from: Role;
  to: Role[];
  venue: VenueId;
  offers: ConcessionId[];
  asks: ConcessionId[];
  answers: Partial<Record<Role, Answer>>;
  status: ProposalStatus;
  /** The proposal this one counters, if any. */
  counters?: string;
}

export type AgreementKind = 'jointStatement' | 'deal';

export interface Agreement {
  id: string;
  round: number;
  venue: VenueId;
  parties: Role[];
  items: ConcessionId[];
  kind: AgreementKind;
}

export type CommitmentStatus = 'active' | 'kept' | 'breached' | 'lapsed';

export interface Commitment {
  id: string;
  agreementId: string;
  concession: ConcessionId;
  /** The role bound by it. */
  role: Role;
  madeInRound: number;
  /** The last round whose orders it binds. */
  endsAfterRound: number;
  status: CommitmentStatus;
}

export type CommitmentChoice = 'comply' | 'breach';

export interface Orders {
  actions: ActionId[];
  /** One choice per commitment the role is bound by, keyed by commitment id. */
  commitments: Record<string, CommitmentChoice>;
  /** The team's decision memo: why these orders (plain text, secret like the orders until they are revealed). */
  memo?: string;
}

export interface Breach {
  round: number;
  exposedInRound: number;
  role: Role;
  commitmentId: string;
  concession: ConcessionId;
}

export type HeadlineKind = 'event' | 'action' | 'summit' | 'breach' | 'upkeep' | 'brink' | 'war' | 'lapse';

export interface Headline {
  round: number;
  kind: HeadlineKind;
  text: string;
  roles: Role[];
}

/** What the debrief needs of each round, recorded at its end. */
export interface RoundRecord {
  round: number;
  event: EventId;
  eventChoice: string | null;
  orders: Partial<Record<Role, ActionId[]>>;
  /** Decision memos revealed with the orders (only the roles that wrote one). */
  memos?: Partial<Record<Role, string>>;
  /** Packages a role turned down this round (proposals are cleared at the next crisis; the debrief asks about them). */
  refusals?: Refusal[];
  tracks: Tracks;
  /** Whether the test moratorium held when the round's orders were carried out (records before issue 15 lack it). */
  moratoriumAtOrders?: boolean;
}

export interface Refusal {
  by: Role;
  from: Role;
  venue: VenueId;
  offers: ConcessionId[];
  asks: ConcessionId[];
}

/** What only one role may see. */
export interface PrivateSlice {
  agenda: AgendaId | null;
  orders: Orders | null;
  /** Commitments this role broke that nobody has seen yet (unverified dismantlement). */
  unseenBreaches: string[];
}

/** What no player may see: the undrawn deck and the random stream. */
export interface SecretState {
  deck: EventId[];
  rng: number;
  seed: string | null;
}

export interface War {
  round: number;
  cause: string;
  /**
   * The role whose orders raised tension most in the round that ended in war, and bears the blame
   * (issue 15); null when no order raised it (the board alone: an armed region, a cornered regime).
   * Absent in matches stored before the blame rule: read as null.
   */
  blamed?: Role | null;
}

export interface PeninsulaState {
  options: Omit<MatchOptions, 'seed'>;
  /** 0 before the deal, then 1..options.rounds. */
  round: number;
  tracks: Tracks;
  /** The board when this round's crisis card was drawn: how far a round may swing is measured from it. */
  roundStart: Tracks;
  flags: Flags;
  crisis: { event: EventId | null; pendingChoice: Role | null; chosen: string | null };
  proposals: Proposal[];
  agreements: Agreement[];
  commitments: Commitment[];
  breaches: Breach[];
  done: Record<Role, boolean>;
  submitted: Record<Role, boolean>;
  /** The round each action was last ordered in (cooldowns) and how often (once-per-game, debrief). */
  lastUsed: Partial<Record<ActionId, number>>;
  timesUsed: Partial<Record<ActionId, number>>;
  history: RoundRecord[];
  headlines: Headline[];
  /**
   * Set only in what the server sends (wireView): `headlines` and `history` start at this round and
   * commitments settled before it are left out; older headlines and commitments are on request.
   */
  recentSince?: number;
  /** Set only in what the server sends (wireView): the board as the last round began (shared/playerView.ts boardAsLastRoundBegan). */
  lastRoundBegan?: Tracks;
  /** Moves the server made for seats that had not acted in time (shared/fills.ts); public. */
  filled: FilledMove[];
  deckSize: number;
  war: War | null;
  finished: boolean;
  nextId: number;
  /** Filtered by playerView: a player sees only its own slice. */
  private: Partial<Record<Role, PrivateSlice>>;
  /** Removed by playerView. */
  secret: SecretState | null;
}

/**
 * What one seat (or a spectator) holds: the state with the secret state removed and at most its own
 * private slice (shared/playerView.ts). The client renders only this; a full state does not type-check
 * where a SeatView is asked for, while a SeatView goes wherever the rules read a state.
 */
export type SeatView = Omit<PeninsulaState, 'secret'> & { readonly secret: null };
