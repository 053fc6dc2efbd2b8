/** A seat this browser holds in a match: kept per match in localStorage so a reload or a new tab reconnects. */
export interface HeldSeat {
  playerID: string;
  credentials: string;
  playerName: string;
}

const PREFIX = 'peninsula:seat:';
const key = (matchID: string) => `${PREFIX}${matchID}`;

function isHeldSeat(value: unknown): value is HeldSeat {
  const v = value as Partial<HeldSeat> | null;
  return typeof v?.playerID === 'string' && typeof v.credentials === 'string' && typeof v.playerName === 'string';
}

export function loadSeat(matchID: string): HeldSeat | null {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key(matchID)) ?? 'null');
    return isHeldSeat(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSeat(matchID: string, seat: HeldSeat): void {
  window.localStorage.setItem(key(matchID), JSON.stringify(seat));
}

/** Every match this browser holds a seat in (the home page's "Your games"). */
export function heldSeats(): { matchID: string; seat: HeldSeat }[] {
  const held: { matchID: string; seat: HeldSeat }[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const k = window.localStorage.key(i);
    if (!k?.startsWith(PREFIX)) continue;
    const matchID = k.slice(PREFIX.length);
    const seat = loadSeat(matchID);
    if (seat) held.push({ matchID, seat });
  }
  return held.sort((a, b) => a.matchID.localeCompare(b.matchID));
}

export function forgetSeat(matchID: string): void {
  window.localStorage.removeItem(key(matchID));
}

/** The last name used, offered again in join forms. */
export function lastName(): string {
  return window.localStorage.getItem('peninsula:name') ?? '';
}

export function rememberName(name: string): void {
  window.localStorage.setItem('peninsula:name', name);
}
