import type { LogEntry } from 'boardgame.io';
import type { LogMove, MoveAuthor } from '../../shared/debrief';
import type { Logger } from '../logger';
import type { SqlDriver } from '../storage/driver';

export interface MoveMark {
  stateID: number;
  playerID: string;
  move: string;
  args: unknown[];
  by: Exclude<MoveAuthor, 'student' | 'bot'>;
}

/**
 * Who made the moves the server sent for a class seat: the phase timer, or the teacher's "End
 * phase now". The timers send ordinary moves with the seat's credentials, so the log alone would
 * credit the students; each such move is marked here (class_move_marks) with the state it was
 * sent on, and the debrief matches it to the first accepted log entry of that seat and move
 * from that state on (moves ignore stale state ids, so the entry's id can only be later).
 */
export class MoveMarks {
  /** Matches whose late seats the teacher is filling right now: what the timers send for them is the teacher's. */
  private readonly teacherFilling = new Set<string>();

  constructor(private readonly db: SqlDriver, private readonly log: Logger) {}

  async asTeacher<T>(matchID: string, fill: () => Promise<T>): Promise<T> {
    this.teacherFilling.add(matchID);
    try {
      return await fill();
    } finally {
      this.teacherFilling.delete(matchID);
    }
  }

  /** Called for every move the timers send; only class tables keep a mark. */
  record(matchID: string, playerID: string, move: string, args: unknown[], stateID: number): void {
    const by = this.teacherFilling.has(matchID) ? 'teacher' : 'timer';
    void this.db
      .query(
        `INSERT INTO class_move_marks (match_id, state_id, player_id, move, args, made_by)
         SELECT $1, $2, $3, $4, $5::jsonb, $6 WHERE EXISTS (SELECT 1 FROM class_tables WHERE match_id = $1)`,
        [matchID, stateID, playerID, move, JSON.stringify(args), by],
      )
      .catch((error: unknown) => this.log.warn({ matchID, err: error }, 'could not mark a move sent for a late seat'));
  }

  async forMatch(matchID: string): Promise<MoveMark[]> {
    const rows = await this.db.query<{ state_id: number; player_id: string; move: string; args: unknown[]; made_by: MoveMark['by'] }>(
      'SELECT state_id, player_id, move, args, made_by FROM class_move_marks WHERE match_id = $1 ORDER BY id',
      [matchID],
    );
    return rows.map((r) => ({ stateID: Number(r.state_id), playerID: r.player_id, move: r.move, args: r.args, by: r.made_by }));
  }
}

/** The match's moves, each with who made it when the server sent it for the seat (see MoveMarks). */
export function movesOf(log: readonly LogEntry[], marks: readonly MoveMark[]): LogMove[] {
  const entries = log.filter((e) => e.action.type === 'MAKE_MOVE');
  const by = new Map<number, MoveMark['by']>();
  for (const mark of marks) {
    // Only within the turn (a boardgame.io turn is one phase of one round) the move was sent in: a refused one matches nothing later.
    const turn = entries.find((e) => e._stateID >= mark.stateID)?.turn;
    const at = entries.findIndex((e, i) => !by.has(i) && e._stateID >= mark.stateID && e.turn === turn && String(e.action.payload.playerID) === mark.playerID
      && e.action.payload.type === mark.move && JSON.stringify(e.action.payload.args ?? []) === JSON.stringify(mark.args));
    if (at >= 0) by.set(at, mark.by);
  }
  return entries.map((e, i) => ({
    phase: e.phase, playerID: String(e.action.payload.playerID), move: e.action.payload.type, args: (e.action.payload.args ?? []) as unknown[],
    ...(by.has(i) ? { by: by.get(i)! } : {}),
  }));
}
