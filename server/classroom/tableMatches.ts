import { randomUUID } from 'node:crypto';
import type { Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { JoinGate } from './rateLimit';
import { shardOwnership } from '../shard/ownership';
import { Peninsula } from '../../shared/game';
import { ROLES, type Role } from '../../shared/roles';
import type { PeninsulaState } from '../../shared/state';
import type { BotRunner } from '../botRunner';
import type { BotSeats } from '../botSeats';
import { isRefusal, refuse, type Refusal } from '../../shared/api/errors';
import { checkTable } from './checks';
import { MAX_NAME_LENGTH } from '../../shared/api/limits';
import { DEFAULT_PERSONALITY } from '../../shared/options';
import { seatBots } from '../http/seating';
import type { Logger } from '../logger';
import type { InMoveQueue, MatchLocks } from '../matchLocks';
import type { MatchStore } from '../matchStore';
import type { PhaseTimers } from '../timers/phaseTimers';
import type { ClassSession, ClassStore, Student } from './classStore';
import type { ClassEvents } from './classEvents';
import type { Injects } from './injects';

export interface ClassroomDeps {
  store: MatchStore;
  seats: BotSeats;
  bots: BotRunner;
  locks: MatchLocks;
  timers: PhaseTimers;
  injects: Injects;
  classes: ClassStore;
  /** Push to the class's open pages: "something changed, look again". */
  events: ClassEvents;
  log: Logger;
  /** The join-code gate when it lives in the database (Postgres: shared by every process); else one in memory. */
  joinGate?: JoinGate | undefined;
  inMoveQueue: InMoveQueue;
}

export function seatName(names: string): string {
  return names.length > MAX_NAME_LENGTH ? `${names.slice(0, MAX_NAME_LENGTH - 1)}…` : names;
}

export function seatNames(students: readonly Student[]): Partial<Record<Role, string[]>> {
  const out: Partial<Record<Role, string[]>> = {};
  for (const s of students) (out[s.role] ??= []).push(s.name);
  return out;
}

/** A class's boardgame.io matches, one per table: created at the start, renamed as teams grow. */
export class TableMatches {
  constructor(private readonly d: ClassroomDeps) {}

  async create(session: ClassSession, students: Student[]): Promise<string> {
    const { scenario, rounds, timers, sameDeck, seed } = session.settings;
    const setupData = { scenario, rounds, timers, ...(sameDeck && seed ? { seed } : {}) };
    const created = createMatch({ game: Peninsula, numPlayers: ROLES.length, setupData, unlisted: true });
    // The settings were checked when the class was made: a refusal here is a fault in that check.
    if ('setupDataError' in created) throw new Error(`class table setup refused: ${String(created.setupDataError)}`);
    const matchID = shardOwnership.newIdBeside(session.sessionId);
    const metadata = created.metadata as Server.MatchData;
    // Seats are taken before the match is stored, so the first state any listener sees is a seated table.
    for (const role of ROLES) {
      const team = students.filter((s) => s.role === role);
      if (team.length === 0) continue;
      const index = ROLES.indexOf(role);
      const names = team.map((s) => s.name).join(', ');
      metadata.players[index] = {
        ...metadata.players[index]!,
        name: seatName(names),
        credentials: randomUUID(),
        data: { class: session.sessionId, students: team.length },
      };
    }
    await this.d.locks.run(matchID, async () => {
      await this.d.store.createMatch(matchID, { initialState: created.initialState as State, metadata });
      const empty = ROLES.map((_, i) => String(i)).filter((id) => metadata.players[Number(id)]?.name === undefined);
      await seatBots(this.d.store, this.d.seats, matchID, Object.fromEntries(empty.map((id) => [id, DEFAULT_PERSONALITY])));
    });
    const { state } = await this.d.store.fetch(matchID, { state: true });
    await this.d.bots.attach(matchID, state as State<PeninsulaState>);
    return matchID;
  }

  /** The seat's display name in the match lists its team (a latecomer joined it). */
  async rename(sessionId: string, table: number, role: Role): Promise<void> {
    const matchID = (await this.d.classes.tables(sessionId)).find((t) => t.table === table)?.matchID;
    if (!matchID) return;
    const names = (await this.d.classes.students(sessionId))
      .filter((s) => s.table === table && s.role === role)
      .map((s) => s.name)
      .join(', ');
    // Under the lock (other seat changes) and between two moves: a move under way would write its metadata, read
    // before the rename, back over it (the Lobby's seat changes do the same: server/http/routes/lobby.ts).
    await this.d.locks.run(matchID, () =>
      this.d.inMoveQueue(matchID, async () => {
        const { metadata } = await this.d.store.fetch(matchID, { metadata: true });
        const player = metadata?.players[ROLES.indexOf(role)];
        if (!metadata || !player) return;
        player.name = seatName(names);
        metadata.updatedAt = Date.now();
        await this.d.store.setMetadata(matchID, metadata);
      }),
    );
  }

  /** The tables in play. */
  async of(sessionId: string): Promise<{ table: number; matchID: string }[]> {
    return (await this.d.classes.tables(sessionId)).filter((t): t is { table: number; matchID: string } => t.matchID !== null);
  }

  /** The table a teacher named, or every table in play when none is named; NOT_FOUND when it is not in play. */
  async chosen(sessionId: string, table: unknown): Promise<{ table: number; matchID: string }[] | Refusal> {
    const named = checkTable(table);
    if (isRefusal(named)) return named;
    const tables = await this.of(sessionId);
    if (named === null) return tables;
    const one = tables.find((t) => t.table === named);
    return one ? [one] : refuse('NOT_FOUND', `No table ${named} in play.`);
  }

  async tableOf(sessionId: string, table: number): Promise<string | null> {
    return (await this.d.classes.tables(sessionId)).find((t) => t.table === table)?.matchID ?? null;
  }
}
