import type { Recipients, PressMessage } from '../../shared/press';
import type { Role } from '../../shared/roles';
import type { SqlDriver } from '../storage/driver';

/** A stored message and its place in the match's press log (the SSE event id). */
export interface StoredMessage {
  seq: number;
  message: PressMessage;
}

interface Row {
  seq: string | number;
  id: string;
  match_id: string;
  round: number;
  from_role: string;
  recipients: Recipients;
  text: string;
  sent_at: string | number;
}

function fromRow(r: Row): StoredMessage {
  return {
    seq: Number(r.seq),
    message: { id: r.id, matchID: r.match_id, round: Number(r.round), from: r.from_role as Role, to: r.recipients, text: r.text, sentAt: Number(r.sent_at) },
  };
}

const COLUMNS = 'seq, id, match_id, round, from_role, recipients, text, sent_at';

/** The press log in SQL (migration 3), the same for PGlite and Postgres. Messages are only ever appended. */
export class PressStore {
  constructor(private readonly db: SqlDriver) {}

  async append(message: PressMessage): Promise<StoredMessage> {
    const [row] = await this.db.query<Row>(
      `INSERT INTO press_messages (id, match_id, round, from_role, recipients, text, sent_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING ${COLUMNS}`,
      [message.id, message.matchID, message.round, message.from, JSON.stringify(message.to), message.text, message.sentAt],
    );
    if (!row) throw new Error('press message was not stored');
    return fromRow(row);
  }

  /** The whole log of a match in order, optionally only after a seq (an SSE reconnect's Last-Event-ID). */
  async forMatch(matchID: string, afterSeq = 0): Promise<StoredMessage[]> {
    const rows = await this.db.query<Row>(`SELECT ${COLUMNS} FROM press_messages WHERE match_id = $1 AND seq > $2 ORDER BY seq`, [matchID, afterSeq]);
    return rows.map(fromRow);
  }

  /** What one seat sent in this round or in the last `sinceMs`: all the rate limit needs. */
  async sentBy(matchID: string, from: Role, round: number, since: number): Promise<Pick<PressMessage, 'sentAt' | 'round'>[]> {
    const rows = await this.db.query<{ sent_at: string | number; round: number }>(
      'SELECT sent_at, round FROM press_messages WHERE match_id = $1 AND from_role = $2 AND (round = $3 OR sent_at > $4)',
      [matchID, from, round, since],
    );
    return rows.map((r) => ({ sentAt: Number(r.sent_at), round: Number(r.round) }));
  }
}
