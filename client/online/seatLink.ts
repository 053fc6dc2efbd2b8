import { isBotName, MAX_NAME_LENGTH } from '../../shared/api/limits';
import { ROLE_NAMES, ROLES } from '../../shared/roles';
import { loadSeat, saveSeat, type HeldSeat } from './seatStore';
import { matchPath } from '../common/matchPath';

/**
 * A personal link that carries a seat to another device: /match/<id>#seat=<playerID>&key=<credentials>&name=<name>.
 * The credentials ride in the fragment, which browsers never send to the server (nor to its logs); the page
 * that opens it stores the seat as a join does and drops the fragment from the address bar.
 */
export function seatLinkOf(matchID: string, seat: HeldSeat): string {
  const fragment = new URLSearchParams({ seat: seat.playerID, key: seat.credentials, name: seat.playerName });
  return `${inviteLink(matchID)}#${fragment.toString()}`;
}

/** The match's invite link: anyone who opens it may take a free seat, or watch. */
export function inviteLink(matchID: string): string {
  return `${window.location.origin}${matchPath(matchID)}`;
}

/** boardgame.io's credentials are nanoids; the socket gate admits at most 128 characters. */
const CREDENTIALS = /^[\w-]{1,128}$/;

export type SeatLinkRead = { kind: 'none' } | { kind: 'bad' } | { kind: 'seat'; seat: HeldSeat };

/** What a fragment holds: no seat link at all, a damaged or forged one, or a well-formed seat. */
export function readSeatLink(hash: string): SeatLinkRead {
  const fields = new URLSearchParams(hash.replace(/^#/, ''));
  if (!fields.has('seat') && !fields.has('key')) return { kind: 'none' };
  const playerID = fields.get('seat') ?? '';
  const credentials = fields.get('key') ?? '';
  const playerName = (fields.get('name') ?? '').trim();
  const seatOk = ROLES.some((_, i) => String(i) === playerID);
  const nameOk = playerName.length > 0 && playerName.length <= MAX_NAME_LENGTH && !isBotName(playerName);
  return seatOk && CREDENTIALS.test(credentials) && nameOk ? { kind: 'seat', seat: { playerID, credentials, playerName } } : { kind: 'bad' };
}

const BAD_LINK_WORDS =
  'This seat link is damaged or incomplete, so nothing was stored and you are not seated. Copy the whole link again from the device that holds the seat (Play on another device).';

/**
 * Takes the seat of a link opened on this page, once: stores it unless this browser already holds another seat
 * in the match, and always removes the fragment from the address bar so the link is not shared by accident.
 * Returns what to tell the player, or null when the address held no seat link.
 */
export function takeSeatFromLink(matchID: string): string | null {
  const read = readSeatLink(window.location.hash);
  if (read.kind === 'none') return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (read.kind === 'bad') return BAD_LINK_WORDS;
  const role = ROLE_NAMES[ROLES[Number(read.seat.playerID)]!];
  const held = loadSeat(matchID);
  if (held && held.playerID !== read.seat.playerID) {
    const mine = ROLE_NAMES[ROLES[Number(held.playerID)]!];
    return `This browser already holds the ${mine} seat in this match, so the link for ${role} was not used. Leave the match here first to take that seat.`;
  }
  saveSeat(matchID, read.seat);
  return `This browser now holds the ${role} seat (${read.seat.playerName}), taken from your link. The link was removed from the address bar: do not share it.`;
}
