import { matchesHash } from '../classroom/secrets';
import type { SqlDriver } from '../storage/driver';

/**
 * Whether a match is a classroom table, and whether a request carries its teacher's key.
 * Reads the classroom's tables (migration 4: class_tables, class_sessions) and the same
 * X-Teacher-Key header and SHA-256 key hash as the classroom routes, so the teacher needs no
 * second secret to read the press in the debrief. Without the classroom tables: never.
 */
export class ClassroomAccess {
  constructor(private readonly db: SqlDriver) {}

  private async session(matchID: string): Promise<{ teacher_key_hash: string; status: string } | null> {
    try {
      const [row] = await this.db.query<{ teacher_key_hash: string; status: string }>(
        'SELECT s.teacher_key_hash, s.status FROM class_tables t JOIN class_sessions s ON s.session_id = t.session_id WHERE t.match_id = $1',
        [matchID],
      );
      return row ?? null;
    } catch {
      return null;
    }
  }

  async isClassroom(matchID: string): Promise<boolean> {
    return (await this.session(matchID)) !== null;
  }

  async isTeacher(matchID: string, teacherKey: string | undefined): Promise<boolean> {
    return matchesHash(teacherKey, (await this.session(matchID))?.teacher_key_hash ?? null);
  }

  /** A class table whose session the teacher ended: its game stops where it stood, with no outcome. */
  async isStopped(matchID: string): Promise<boolean> {
    return (await this.session(matchID))?.status === 'ended';
  }
}
