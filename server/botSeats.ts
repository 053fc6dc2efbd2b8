import { DEFAULT_PERSONALITY, isPersonality, type Personality } from '../shared/index';
import type { SqlDriver } from './storage/driver';

export interface BotSeat {
  matchID: string;
  playerID: string;
  credentials: string;
  personality: Personality;
}

function asPersonality(value: string): Personality {
  return isPersonality(value) ? value : DEFAULT_PERSONALITY;
}

/** The seats the server plays, kept in the database so bots come back after a restart. */
export class BotSeats {
  constructor(private readonly db: SqlDriver) {}

  async add(seat: BotSeat): Promise<void> {
    await this.db.query('INSERT INTO bot_seats (match_id, player_id, credentials, personality) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      seat.matchID,
      seat.playerID,
      seat.credentials,
      seat.personality,
    ]);
  }

  /** A person takes the seat back (a freed seat: server/http/freeSeat.ts): the server stops playing it. */
  async remove(matchID: string, playerID: string): Promise<void> {
    await this.db.query('DELETE FROM bot_seats WHERE match_id = $1 AND player_id = $2', [matchID, playerID]);
  }

  async forMatch(matchID: string): Promise<BotSeat[]> {
    const rows = await this.db.query<{ player_id: string; credentials: string; personality: string }>(
      'SELECT player_id, credentials, personality FROM bot_seats WHERE match_id = $1 ORDER BY player_id',
      [matchID],
    );
    return rows.map((r) => ({ matchID, playerID: r.player_id, credentials: r.credentials, personality: asPersonality(r.personality) }));
  }

  /** The bot seats of many matches in one read (a restore): by match, matches without bots absent. */
  async forMatches(matchIDs: readonly string[]): Promise<Map<string, BotSeat[]>> {
    const rows = await this.db.query<{ match_id: string; player_id: string; credentials: string; personality: string }>(
      'SELECT match_id, player_id, credentials, personality FROM bot_seats WHERE match_id = ANY($1) ORDER BY match_id, player_id',
      [matchIDs],
    );
    const seats = new Map<string, BotSeat[]>();
    for (const r of rows) {
      const seat = { matchID: r.match_id, playerID: r.player_id, credentials: r.credentials, personality: asPersonality(r.personality) };
      seats.set(r.match_id, [...(seats.get(r.match_id) ?? []), seat]);
    }
    return seats;
  }

  /** Matches still in play that have at least one bot: the bot runner picks them up after a restart. */
  async unfinishedMatches(): Promise<string[]> {
    const rows = await this.db.query<{ match_id: string }>(
      'SELECT DISTINCT b.match_id FROM bot_seats b JOIN matches m ON m.match_id = b.match_id WHERE NOT m.is_gameover',
    );
    return rows.map((r) => r.match_id);
  }
}
