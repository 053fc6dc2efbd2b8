import type { Ctx } from 'boardgame.io';
import { enumerateMoves, type MoveChoice } from '../enumerate';
import type { Personality } from '../options';
import type { PeninsulaState } from '../state';

export interface BotInput {
  G: PeninsulaState;
  ctx: Ctx;
  playerID: string;
  personality: Personality;
}

/** The move a bot seat makes now, or null when it has nothing to do. Deterministic for a given state. */
export function chooseBotMove({ G, ctx, playerID }: BotInput): MoveChoice | null {
  if (ctx.gameover !== undefined || ctx.phase === null) return null;
  const choices = enumerateMoves(G, ctx.phase, playerID);
  if (choices.length === 0) return null;
  return choices.find((c) => c.move === 'done') ?? choices[0] ?? null;
}
