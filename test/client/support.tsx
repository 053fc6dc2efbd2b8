import type { Ctx } from 'boardgame.io';
import { makeSend, type Send } from '../../client/game/moveChecks';
import { playerView } from '../../shared/playerView';
import { playerOfRole, type Role } from '../../shared/roles';
import type { MatchState } from '../../tools/sim/headless';
import type { SeatView } from '../../shared/state';

/** What one seat's screen is given: its playerView, never the full state. */
export function viewOf(state: MatchState, role: Role | null): SeatView {
  return playerView(state.G, role ? playerOfRole(role) : null);
}

export interface SentMove {
  move: string;
  args: unknown[];
}

/**
 * The real client-side send (the ruleset's check functions run first), with the transport
 * replaced by a list: tests see exactly what would go over the wire, and nothing that was refused.
 */
export function recordingSend(state: MatchState, role: Role | null): { send: Send; sent: SentMove[]; G: SeatView; ctx: Ctx } {
  const sent: SentMove[] = [];
  const G = viewOf(state, role);
  const send = makeSend(G, state.ctx.phase, role ? playerOfRole(role) : null, (move, args) => sent.push({ move, args }));
  return { send, sent, G, ctx: state.ctx };
}
