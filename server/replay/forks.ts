import { randomInt } from 'node:crypto';
import type { Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { shardOwnership } from '../shard/ownership';
import type { ForkOrigin, ForkResult, ForkSeat } from '../../shared/api/replay';
import { Peninsula } from '../../shared/game';
import { isPersonality, PERSONALITIES, type Personality } from '../../shared/options';
import { forkStart } from '../../shared/replay/fork';
import { isRole, ROLES, type Role } from '../../shared/roles';
import type { BotSeats } from '../botSeats';
import type { MatchLocks } from '../matchLocks';
import { seatBots } from '../http/seating';
import type { MatchStore } from '../matchStore';
import type { MatchReplays, Viewer } from './matchReplays';
import { ok, refuse, type Outcome } from './outcome';
import { roundIn, roundStart } from './replayRounds';

export interface ForkDeps {
  replays: MatchReplays;
  store: MatchStore;
  seats: BotSeats;
  locks: MatchLocks;
  /** A match with open seats is held for its host, as a Lobby match is (server/http/matchStart.ts); its named bots sit. */
  hold: (matchID: string) => Promise<void>;
  /** Lets the bot runner act on the match's current state. */
  attachBots: (matchID: string) => Promise<void>;
}

function seatsFor(parentPlayers: Server.MatchData['players'], asked: unknown): Outcome<Record<Role, ForkSeat>> {
  if (asked !== undefined && (typeof asked !== 'object' || asked === null || Array.isArray(asked))) {
    return refuse('BAD_SEATS', 'seats must be an object like { "PRC": "dove", "US": "person" }.');
  }
  const wanted = (asked ?? {}) as Record<string, unknown>;
  for (const [role, seat] of Object.entries(wanted)) {
    if (!isRole(role)) return refuse('BAD_SEATS', `Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
    if (seat !== 'person' && !isPersonality(seat)) return refuse('BAD_SEATS', `A seat is "person" or a bot: ${PERSONALITIES.join(', ')}.`);
  }
  // The parent's bots stay bots and its people's seats open, unless the request says otherwise.
  const parentSeat = (i: number): ForkSeat => {
    const bot = (parentPlayers[i]?.data as { bot?: unknown } | undefined)?.bot;
    return isPersonality(bot) ? bot : 'person';
  };
  return ok(Object.fromEntries(ROLES.map((role, i) => [role, (wanted[role] as ForkSeat | undefined) ?? parentSeat(i)])) as Record<Role, ForkSeat>);
}

/**
 * A new match from the start of one round of another. The fork's first state is the parent's state
 * then (shared/replay/fork.ts): exact when the parent is over, its secrets dealt anew while the parent
 * is still played. The state is installed here, on the server, as the match's stored initial state:
 * neither the Lobby's setupData (the parent's options without its seed) nor anything a client receives
 * carries it whole — seats get their playerView, and the initial state handed out on sync is the
 * spectator's (MatchStore.fetch).
 */
export async function forkMatch(deps: ForkDeps, parentID: string, viewer: Viewer, body: Record<string, unknown>): Promise<Outcome<ForkResult>> {
  const opened = await deps.replays.open(parentID, viewer);
  if (!opened.ok) return opened;
  const parent = opened.value;
  // The body says a number; only the query's round comes as text.
  const round =
    typeof body.round === 'number' ? roundIn(parent, body.round) : refuse('BAD_ROUND', 'round must be a number: the round whose start the fork begins from.');
  if (!round.ok) return round;
  // A card can end the game as its round begins (a war in the crisis): there is nothing to play from there.
  if (roundStart(parent, round.value).ctx.gameover !== undefined)
    return refuse('BAD_ROUND', `The game was already over when round ${round.value} began: fork an earlier round.`);
  const seats = seatsFor(parent.metadata.players, body.seats);
  if (!seats.ok) return seats;

  const exact = parent.status === 'over';
  const fork: ForkOrigin = { parentID, round: round.value, exact };
  const { scenario, rounds, timers } = parent.stored.G.options;
  const bots = Object.fromEntries(Object.entries(seats.value).filter((entry): entry is [Role, Personality] => entry[1] !== 'person'));
  const setupData = { scenario, rounds, timers, bots };
  const created = createMatch({ game: Peninsula, numPlayers: ROLES.length, setupData, unlisted: parent.metadata.unlisted === true });
  if ('setupDataError' in created) return refuse('UNREPLAYABLE', String(created.setupDataError));
  const metadata = { ...(created.metadata as Server.MatchData), fork };
  const initialState = forkStart(roundStart(parent, round.value), exact ? { kind: 'exact' } : { kind: 'redealt', seed: randomInt(2 ** 32) });

  const matchID = shardOwnership.newIdBeside(parentID);
  const waitsForHost = Object.keys(bots).length < ROLES.length;
  let botSeats: string[] = [];
  await deps.locks.run(matchID, async () => {
    await deps.store.createMatch(matchID, { initialState: initialState as State, metadata });
    if (!waitsForHost) botSeats = await seatBots(deps.store, deps.seats, matchID, Object.fromEntries(ROLES.map((role, i) => [String(i), bots[role]])));
  });
  if (waitsForHost) {
    await deps.hold(matchID);
    botSeats = ROLES.flatMap((role, i) => (bots[role] ? [String(i)] : []));
  } else {
    await deps.attachBots(matchID);
  }
  return ok({ matchID, fork, botSeats, waitsForHost });
}
