import type { Server, State } from 'boardgame.io';
import type { LiveTable, ProjectorData, PublicSession, TableSeat } from '../../shared/api/classroom';
import { EVENTS } from '../../shared/data/events';
import { OUTCOMES, type OutcomeId } from '../../shared/data/outcomes';
import { SCENARIOS } from '../../shared/data/scenarios';
import { trackSeries } from '../../shared/debrief';
import { playerView } from '../../shared/playerView';
import { ROLES, type Role } from '../../shared/roles';
import { armsRaceThreshold } from '../../shared/rules/upkeep';
import { warBlame } from '../../shared/scoring';
import { TRACK_MAX } from '../../shared/tracks';
import type { PeninsulaState } from '../../shared/state';
import { waitingFor } from '../timers/expiry';
import type { ClassSession, Student } from './classStore';
import type { JoinBase } from './joinUrl';
import type { ClassroomDeps } from './tableMatches';

/**
 * What only the table's state shows: alerts a teacher should see at a glance. Each asks the
 * ruleset (the brink, the outcome table's own tests), so an alert never disagrees with the game.
 */
export function alertsOf(G: PeninsulaState): string[] {
  const alerts: string[] = [];
  if (G.war) alerts.push([`WAR in round ${G.war.round}: ${G.war.cause}`, warBlame(G.war)].filter((t) => t !== null).join('. '));
  else if (G.flags.brink) alerts.push(`War close: on the brink, tension ${G.tracks.tension}/${TRACK_MAX}; another round ending at ${TRACK_MAX} is war`);
  else if (G.tracks.tension >= TRACK_MAX)
    alerts.push(`War close: tension ${G.tracks.tension}/${TRACK_MAX}; a round ending there puts the peninsula on the brink`);
  for (const b of G.breaches.filter((x) => x.exposedInRound >= G.round - 1))
    alerts.push(`Breach exposed (round ${b.exposedInRound}): ${b.role} broke a commitment`);
  if (OUTCOMES.armsRace.holds(G)) alerts.push(`Arms race: ROK + Japan defence at ${armsRaceThreshold(G)} or more`);
  if (OUTCOMES.nuclearNormalisation.holds(G)) alerts.push('Nuclear normalisation in sight');
  return alerts;
}

/**
 * Every table as it stands, for the teacher's console (with names) and the public projector
 * (no names, no match ids). Everything shown comes from the spectator's view of the state.
 */
export class PublicView {
  constructor(
    private readonly d: ClassroomDeps,
    private readonly joinBase: () => JoinBase,
  ) {}

  session(s: ClassSession): PublicSession {
    const base = this.joinBase();
    return {
      sessionId: s.sessionId,
      joinCode: s.joinCode,
      title: s.settings.title,
      scenario: s.settings.scenario,
      scenarioLabel: SCENARIOS[s.settings.scenario].label,
      rounds: s.settings.rounds,
      timers: s.settings.timers,
      tables: s.settings.tables,
      status: s.status,
      press: s.settings.press,
      sameDeck: s.settings.sameDeck,
      joinUrl: `${base.base}/join/${s.joinCode}`,
      reachable: base.reachable,
    };
  }

  /** A class table's press is open unless its teacher switched it off (any other match: open). */
  async pressAllowed(matchID: string): Promise<boolean> {
    return (await this.d.classes.sessionOfMatch(matchID))?.settings.press ?? true;
  }

  async tables(session: ClassSession, students: Student[], audience: 'teacher' | 'public'): Promise<LiveTable[]> {
    const tables = await this.d.classes.tables(session.sessionId);
    const planned = [...new Set([...tables.map((t) => t.table), ...students.map((s) => s.table)])].sort((a, b) => a - b);
    const out: LiveTable[] = [];
    for (const table of planned) {
      const matchID = tables.find((t) => t.table === table)?.matchID ?? null;
      const seated = students.filter((s) => s.table === table);
      const seats: TableSeat[] = ROLES.map((role) => {
        const team = seated.filter((s) => s.role === role).map((s) => ({ studentId: s.studentId, name: s.name }));
        return { role, students: audience === 'teacher' ? team : [], bot: team.length === 0 };
      });
      const live: LiveTable = {
        table,
        matchID,
        round: 0,
        rounds: session.settings.rounds,
        stateID: 0,
        phase: null,
        timer: null,
        tracks: null,
        flags: null,
        tension: [],
        event: null,
        waitingFor: [],
        waitingForPeople: [],
        alerts: [],
        headlines: [],
        seats,
        over: false,
        outcome: null,
        paused: false,
        injected: null,
      };
      if (matchID) {
        const { state, metadata } = await this.d.store.fetch(matchID, { state: true, metadata: true });
        if (state) this.describe(live, state as State<PeninsulaState>, metadata, audience, matchID, session.status === 'ended');
      }
      // The projector is public: it needs no match id (nor offers one to spectate with).
      if (audience === 'public') live.matchID = null;
      out.push(live);
    }
    return out;
  }

  async projector(session: ClassSession, results: () => Promise<ProjectorData['results']>): Promise<ProjectorData> {
    const joined = (await this.d.classes.students(session.sessionId)).length;
    const tables = await this.tables(session, [], 'public');
    const finished = session.status === 'ended' || (tables.length > 0 && tables.every((t) => t.over));
    return { session: this.session(session), joined, tables, results: finished ? await results() : null };
  }

  private describe(
    live: LiveTable,
    full: State<PeninsulaState>,
    metadata: Server.MatchData | undefined,
    audience: 'teacher' | 'public',
    matchID: string,
    ended: boolean,
  ): void {
    const G = playerView(full.G, null);
    const people = ROLES.filter((_, i) => metadata?.players[i]?.data && !(metadata.players[i]!.data as { bot?: string }).bot);
    if (audience === 'public') for (const seat of live.seats) seat.bot = !people.includes(seat.role);
    // An ended session is frozen: nobody is waiting for anyone, and its timers are no longer shown as paused.
    const waiting = ended ? [] : (waitingFor({ G, ctx: full.ctx }) as Role[]);
    const gameover = full.ctx.gameover as { outcome?: OutcomeId } | undefined;
    const injected = this.d.injects.get(matchID);
    Object.assign(live, {
      round: G.round,
      stateID: full._stateID,
      phase: gameover ? 'over' : full.ctx.phase,
      timer: ended ? null : this.d.timers.info(matchID, full),
      tracks: G.tracks,
      flags: G.flags,
      tension: trackSeries(G).map((p) => p.tracks.tension),
      event: G.crisis.event ? { id: G.crisis.event, title: EVENTS[G.crisis.event].title, text: EVENTS[G.crisis.event].text } : null,
      waitingFor: waiting,
      waitingForPeople: waiting.filter((r) => people.includes(r)),
      // Alerts are for acting on a table in play; a frozen or finished one would read them as its outcome.
      alerts: ended || gameover ? [] : alertsOf(G),
      headlines: G.headlines.slice(-8).map((h) => ({ round: h.round, kind: h.kind, text: h.text })),
      over: gameover !== undefined,
      outcome: gameover?.outcome ? OUTCOMES[gameover.outcome].label : null,
      paused: !ended && this.d.timers.isPaused(matchID),
      injected: audience === 'teacher' && injected ? { eventId: injected.eventId, title: EVENTS[injected.eventId].title, forRound: injected.round + 1 } : null,
    } satisfies Partial<LiveTable>);
  }
}
