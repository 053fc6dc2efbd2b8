import { ACTIONS } from '../data/actions';
import { ROLES, type Role } from '../roles';
import type { PeninsulaState } from '../state';

/** A decision memo beside the orders it explains, for the debrief. */
export interface DebriefMemo {
  round: number;
  role: Role;
  orders: string[];
  memo: string;
}

/** Orders with their memos, for every round and role that wrote one (memos are recorded at the reveal). */
export function memosOf(G: PeninsulaState): DebriefMemo[] {
  return G.history.flatMap((r) =>
    ROLES.filter((role) => r.memos?.[role]).map((role) => ({
      round: r.round,
      role,
      orders: (r.orders[role] ?? []).map((a) => ACTIONS[a].label),
      memo: r.memos![role]!,
    })),
  );
}
