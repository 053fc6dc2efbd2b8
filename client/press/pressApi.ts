import { SEAT_HEADERS } from '../../shared/api/press';
import type { PressMessage, Recipients } from '../../shared/press';
import { pressRefusal } from './pressErrors';

/** A seat as the Lobby gave it: playerID "0".."4" and its credentials. Omit both for a spectator or projector. */
export interface PressSeat {
  playerID?: string | null | undefined;
  credentials?: string | null | undefined;
}

function base(server: string, matchID: string): string {
  return `${server.replace(/\/$/, '')}/api/matches/${encodeURIComponent(matchID)}/press`;
}

/** A seat's credentials go in headers, never in a URL (proxies log URLs). */
function seatHeaders(seat: PressSeat): Record<string, string> {
  if (!seat.playerID || !seat.credentials) return {};
  return { [SEAT_HEADERS.playerID]: seat.playerID, [SEAT_HEADERS.credentials]: seat.credentials };
}

/**
 * EventSource sends no headers, so a seat opens its stream with a one-use ticket asked for by POST;
 * a spectator needs none (null). Rejects with the server's reason.
 */
export async function pressTicket(server: string, matchID: string, seat: PressSeat): Promise<string | null> {
  if (!seat.playerID || !seat.credentials) return null;
  const response = await fetch(`${base(server, matchID)}/ticket`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ playerID: seat.playerID, credentials: seat.credentials }),
  });
  const body = (await response.json()) as { ticket?: string; error?: string };
  if (!response.ok || !body.ticket) throw new Error(body.error ?? `The press room answered ${response.status}.`);
  return body.ticket;
}

/** The stream's address: with a ticket for a seat, and after the last message seen when resuming. */
export function pressStreamUrl(server: string, matchID: string, ticket: string | null, after?: string): string {
  const query = new URLSearchParams({ ...(ticket ? { ticket } : {}), ...(after ? { after } : {}) }).toString();
  return `${base(server, matchID)}/stream${query ? `?${query}` : ''}`;
}

export async function fetchPress(server: string, matchID: string, seat: PressSeat): Promise<PressMessage[]> {
  const response = await fetch(base(server, matchID), { headers: seatHeaders(seat) });
  const body = (await response.json()) as { messages?: PressMessage[]; error?: string };
  if (!response.ok) throw new Error(body.error ?? `The press room answered ${response.status}.`);
  return body.messages ?? [];
}

/** Sends a message; resolves to the stored message, or to the server's refusal in a player's words as `{ error }`. */
export async function postPress(
  server: string,
  matchID: string,
  seat: PressSeat,
  to: Recipients,
  text: string,
): Promise<{ message: PressMessage } | { error: string }> {
  try {
    const response = await fetch(base(server, matchID), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ playerID: seat.playerID, credentials: seat.credentials, to, text }),
    });
    const body = (await response.json().catch(() => ({}))) as { message?: PressMessage; error?: string; code?: string };
    if (response.ok && body.message) return { message: body.message };
    return { error: pressRefusal(response.status, body) };
  } catch {
    return { error: 'The message could not be sent: no connection to the server.' };
  }
}
