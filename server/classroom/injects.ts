import type { State } from 'boardgame.io';
import { isEventId } from './events';
import type { EventId } from '../../shared/data/events';
import type { PeninsulaState } from '../../shared/state';
import { stackEvent } from '../../shared/stackEvent';
import type { SqlDriver } from '../storage/driver';

interface Pending {
  eventId: EventId;
  /** The round in which it was injected: it is drawn at the start of the next one. */
  round: number;
}

/**
 * A teacher's injected crisis event. It is kept (in memory and in match_injects) until the next
 * crisis draws it, and applied to every state read from storage (MatchStore's state transform),
 * so whichever move ends the round draws it through the ruleset's own beginRound. stackEvent is
 * idempotent, so applying it to every read is safe; once a stored state is in a later round the
 * inject has been drawn and is forgotten.
 */
export class Injects {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly db: SqlDriver) {}

  async restore(only: (matchID: string) => boolean = () => true): Promise<void> {
    const rows = await this.db.query<{ match_id: string; event_id: string; round: number }>('SELECT match_id, event_id, round FROM match_injects');
    for (const r of rows) if (only(r.match_id) && isEventId(r.event_id)) this.pending.set(r.match_id, { eventId: r.event_id, round: Number(r.round) });
  }

  /** Forgets the pending events of the matches `only` keeps, rows left (a shard handed back). */
  unload(only: (matchID: string) => boolean): void {
    for (const matchID of [...this.pending.keys()]) if (only(matchID)) this.pending.delete(matchID);
  }

  get(matchID: string): Pending | undefined {
    return this.pending.get(matchID);
  }

  async add(matchID: string, eventId: EventId, round: number): Promise<void> {
    this.pending.set(matchID, { eventId, round });
    await this.db.query(
      'INSERT INTO match_injects (match_id, event_id, round) VALUES ($1, $2, $3) ON CONFLICT (match_id) DO UPDATE SET event_id = $2, round = $3',
      [matchID, eventId, round],
    );
  }

  /** The state with the event on top of its deck: a new state (the one read is the stored one, frozen), or the same when nothing changes. */
  transform = (matchID: string, state: State<PeninsulaState>): State<PeninsulaState> => {
    const p = this.pending.get(matchID);
    const secret = state.G.secret;
    if (!p || state.G.round !== p.round || state.ctx.gameover !== undefined || !secret || secret.deck[0] === p.eventId) return state;
    const G = { ...state.G, secret: { ...secret, deck: [...secret.deck] } };
    stackEvent(G, p.eventId);
    return { ...state, G };
  };

  onState(matchID: string, state: State<PeninsulaState>): void {
    const p = this.pending.get(matchID);
    if (!p || (state.G.round <= p.round && state.ctx.gameover === undefined)) return;
    this.pending.delete(matchID);
    void this.db.query('DELETE FROM match_injects WHERE match_id = $1', [matchID]).catch(() => undefined);
  }

  forget(matchID: string): void {
    this.pending.delete(matchID);
  }
}
