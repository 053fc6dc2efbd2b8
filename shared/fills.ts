import { isPhase, type Phase } from './phases';
import type { Role } from './roles';
import type { PeninsulaState } from './state';

/**
 * Who acted for a seat that had not acted when its phase closed: the server's phase timer, or
 * a teacher's "End phase now". The server sends the ordinary move with a mark as its last
 * argument; the move records it here, so the player's screen, the debrief and the class CSV can
 * say which moves a person did not make.
 */
export const FILLERS = ['timer', 'teacher'] as const;
export type Filler = (typeof FILLERS)[number];

/** The extra move argument that marks a move as made for the seat. */
export interface FillMark {
  filledBy: Filler;
}

export interface FilledMove {
  round: number;
  phase: Phase;
  role: Role;
  by: Filler;
}

export function fillMark(by: Filler): FillMark {
  return { filledBy: by };
}

export function isFillMark(value: unknown): value is FillMark {
  return typeof value === 'object' && value !== null && FILLERS.includes((value as { filledBy?: unknown }).filledBy as Filler);
}

/** The moves made for a role in a round (none for a state stored before fills were recorded). */
export function filledFor(G: PeninsulaState, role: Role, round: number): FilledMove[] {
  return (G.filled ?? []).filter((f) => f.role === role && f.round === round);
}

/** Records a filled move; called by the move wrapper after the move applied. */
export function recordFill(G: PeninsulaState, role: Role, phase: string | null, mark: FillMark): void {
  if (!isPhase(phase)) return;
  G.filled = [...(G.filled ?? []), { round: G.round, phase, role, by: mark.filledBy }];
}
