import { randomUUID } from 'node:crypto';
import type { Server } from 'boardgame.io';
import { isRole, ROLES, type Personality } from '../../shared/index';
import type { BotSeats } from '../botSeats';
import type { MatchStore } from '../matchStore';
import { botName } from '../../shared/api/limits';

/**
 * Seats bots in the given empty seats: a name, `data.bot`, and credentials the server keeps.
 * Called inside the match's lock, so it never races a person's join.
 */
export async function seatBots(store: MatchStore, seats: BotSeats, matchID: string, wanted: Partial<Record<string, Personality>>): Promise<string[]> {
  const { metadata } = await store.fetch(matchID, { metadata: true });
  // Both callers hold the match's lock and have just read or stored it: a missing match is a fault.
  if (!metadata) throw new Error(`seatBots: match ${matchID} is not stored`);
  const seated: string[] = [];
  for (const [playerID, personality] of Object.entries(wanted)) {
    const player = metadata.players[Number(playerID)];
    if (!player || player.name !== undefined || !personality) continue;
    await seatBot(seats, metadata, matchID, playerID, personality);
    seated.push(playerID);
  }
  if (seated.length > 0) {
    metadata.updatedAt = Date.now();
    await store.setMetadata(matchID, metadata);
  }
  return seated;
}

/**
 * Puts a bot in one seat of `metadata` (changed in place; the caller stores it, under the match's lock): a name,
 * `data.bot` (with `data`'s other fields: a freed seat's mark), and credentials only the server keeps.
 */
export async function seatBot(
  seats: BotSeats,
  metadata: Server.MatchData,
  matchID: string,
  playerID: string,
  personality: Personality,
  data: Record<string, unknown> = {},
): Promise<void> {
  const player = metadata.players[Number(playerID)];
  if (!player) throw new Error(`seatBot: match ${matchID} has no seat ${playerID}`);
  const credentials = randomUUID();
  metadata.players[Number(playerID)] = { ...player, name: botName(personality), data: { ...data, bot: personality }, credentials };
  await seats.add({ matchID, playerID, credentials, personality });
}

/** The bots a match was created with: setupData.bots names roles; seats are their indexes. */
export function botsFromSetup(metadata: Server.MatchData): Record<string, Personality> {
  const bots = (metadata.setupData as { bots?: Record<string, Personality> } | undefined)?.bots ?? {};
  return Object.fromEntries(
    Object.entries(bots)
      .filter(([role]) => isRole(role))
      .map(([role, p]) => [String(ROLES.indexOf(role as never)), p]),
  );
}
