/**
 * Why a move was refused. Moves return INVALID_MOVE (boardgame.io sends no reason over the
 * wire), so every move has a `check…` function that returns one of these; the client calls
 * the same function to show the reason and disable the control before a person clicks.
 */
export interface Rejection {
  readonly code: RejectionCode;
  readonly message: string;
}

export type RejectionCode =
  | 'NOT_A_PLAYER'
  | 'BAD_INPUT'
  | 'WRONG_PHASE'
  | 'ALREADY_DONE'
  | 'NOT_YOUR_CHOICE'
  | 'UNKNOWN_OPTION'
  | 'UNKNOWN_ROLE'
  | 'UNKNOWN_VENUE'
  | 'UNKNOWN_CONCESSION'
  | 'UNKNOWN_PROPOSAL'
  | 'UNKNOWN_ACTION'
  | 'VENUE_NEEDS_HOST'
  | 'NO_CHANNEL'
  | 'NOT_YOUR_CONCESSION'
  | 'NOT_THEIR_CONCESSION'
  | 'ITEM_NEEDS_PARTY'
  | 'ALREADY_IN_FORCE'
  | 'EMPTY_PACKAGE'
  | 'PACKAGE_TOO_LARGE'
  | 'TOO_MANY_PROPOSALS'
  | 'ALREADY_AGREED'
  | 'LEFT_THE_TABLE'
  | 'NOT_INVITED'
  | 'NOT_PROPOSER'
  | 'PROPOSAL_CLOSED'
  | 'ALREADY_ANSWERED'
  | 'WRONG_ACTION_COUNT'
  | 'DUPLICATE'
  | 'NOT_YOUR_ACTION'
  | 'ON_COOLDOWN'
  | 'ONCE_PER_GAME'
  | 'NOT_AVAILABLE'
  | 'COMMITMENT_CHOICES'
  | 'FORBIDDEN_BY_COMMITMENT'
  | 'BAD_MEMO';

export function reject(code: RejectionCode, message: string): Rejection {
  return { code, message };
}
