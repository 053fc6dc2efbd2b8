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

function seatQuery(seat: PressSeat): string {
  if (!seat.playerID || !seat.credentials) return '';
  return `?${new URLSearchParams({ playerID: seat.playerID, credentials: seat.credentials }).toString()}`;
}

export function pressStreamUrl(server: string, matchID: string, seat: PressSeat): string {
  return `${base(server, matchID)}/stream${seatQuery(seat)}`;
}

export async function fetchPress(server: string, matchID: string, seat: PressSeat): Promise<PressMessage[]> {
  const response = await fetch(`${base(server, matchID)}${seatQuery(seat)}`);
  const body = (await response.json()) as { messages?: PressMessage[]; error?: string };
  if (!response.ok) throw new Error(body.error ?? `The press room answered ${response.status}.`);
  return body.messages ?? [];
}

/** Sends a message; resolves to the stored message, or to the server's refusal in a player's words as `{ error }`. */
export async function postPress(server: string, matchID: string, seat: PressSeat, to: Recipients, text: string): Promise<{ message: PressMessage } | { error: string }> {
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
