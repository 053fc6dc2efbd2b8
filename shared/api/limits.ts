/**
 * Limits and defaults the server enforces and the client's forms follow: one place for each.
 * (Press limits live with the press rules in shared/press.ts; match options in shared/options.ts.)
 */
import type { Personality } from '../options';

/** A display name: a Lobby seat's, a student's, a class table's seat label. */
export const MAX_NAME_LENGTH = 32;

/** A live stream refused for being one too many (a tab in a reload loop) may try again after this long. */
export const STREAM_RETRY_SECONDS = 3;

/** Bots sit under this name, so every page can tell a bot's seat from a person's. */
export const BOT_NAME_PREFIX = 'Bot · ';

export function botName(personality: Personality): string {
  return `${BOT_NAME_PREFIX}${personality}`;
}

export function isBotName(name: string | undefined): boolean {
  return name?.startsWith(BOT_NAME_PREFIX) ?? false;
}
