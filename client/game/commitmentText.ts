import { CONCESSIONS, FOR_THE_REST_OF_THE_GAME, type Commitment, type ConcessionDef, type ConcessionId, type SeatView } from '../../shared/index';

/** How long a concession binds, said for a player: never the table's internal "99 rounds". */
export function bindsText(id: ConcessionId): string {
  const def = CONCESSIONS[id];
  if (def.duration === 0) return 'at once';
  if (def.duration === FOR_THE_REST_OF_THE_GAME) return 'for the rest of the game';
  return `binds ${def.duration} round${def.duration === 1 ? '' : 's'}`;
}

/** How long a commitment in force still binds: "until round 4", or "for the rest of the game" when it outlasts the match. */
export function untilText(G: SeatView, c: Commitment): string {
  return c.endsAfterRound >= G.options.rounds ? 'for the rest of the game' : `until round ${c.endsAfterRound}`;
}

/**
 * Whether comply-or-breach is a real choice. A symbolic promise that forbids no order and whose
 * breach changes nothing on the board has nothing to keep or break in orders: no buttons for it
 * (the orders still say "comply", which the ruleset expects for every commitment).
 */
export function isRealChoice(def: ConcessionDef): boolean {
  return def.verification !== 'symbolic' || def.forbids.length > 0 || def.breachEffects.length > 0;
}
