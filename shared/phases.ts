/**
 * A round's three phases, in order (shared/game.ts); resolution runs as orders ends. boardgame.io
 * types `ctx.phase` as a string: `asPhase` is where it becomes a Phase, so that every comparison
 * with a phase name is checked by the compiler.
 */
export const PHASES = ['crisis', 'diplomacy', 'orders'] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: unknown): value is Phase {
  return (PHASES as readonly unknown[]).includes(value);
}

/** `ctx.phase` as a Phase; null once the match is over (boardgame.io sets it to null then). */
export function asPhase(phase: string | null | undefined): Phase | null {
  return isPhase(phase) ? phase : null;
}
