import type { ServerResponse } from 'node:http';
import { refuse, type Refusal } from '../../shared/api/errors';
import { STREAM_RETRY_SECONDS } from '../../shared/api/limits';
import { StreamTickets } from '../http/streamTickets';

/** Comment lines keep proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** Changes that arrive together (five bots moving at once) go out as one event. */
const COALESCE_MS = 150;
/** Streams per session: a teacher's tabs, every student's phone, projectors, reloads. */
export const MAX_CLASS_STREAMS = 400;
/** Match ids remembered as "a class table" or "not one", so a state change costs no query. */
const KNOWN_MATCHES = 20_000;

interface Listener {
  sessionId: string;
  res: ServerResponse;
  heartbeat: NodeJS.Timeout;
}

/**
 * Push for the classroom pages: a Server-Sent-Events stream per session that says "something
 * changed" (a move at one of its tables, a pause, a message, a student joining). The pages
 * then read what changed with their usual GET, so there is one way to build each view and no
 * page polls every two seconds. Live delivery is per process, like the press.
 */
export class ClassEvents {
  /** One-use tickets that open a class's stream without the teacher's key or a student's token in the URL. */
  readonly tickets = new StreamTickets<'teacher' | 'student'>();
  private readonly listeners = new Set<Listener>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** matchID -> sessionId, or null for a match that is no class table. */
  private readonly sessionOf = new Map<string, string | null>();

  constructor(private readonly lookup: (matchID: string) => Promise<string | null>) {}

  table(matchID: string, sessionId: string): void {
    this.remember(matchID, sessionId);
  }

  /** Opens a stream on the response; TOO_MANY_STREAMS (nothing written) when the session has its share. */
  open(sessionId: string, res: ServerResponse): Refusal | null {
    if (this.count(sessionId) >= MAX_CLASS_STREAMS)
      return refuse('TOO_MANY_STREAMS', `Too many open class streams (at most ${MAX_CLASS_STREAMS}); close a tab and retry.`, STREAM_RETRY_SECONDS);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': class stream\nretry: 3000\n\nevent: change\ndata: {"reason":"open"}\n\n');
    const listener: Listener = { sessionId, res, heartbeat: setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS) };
    this.listeners.add(listener);
    res.on('close', () => this.close(listener));
    return null;
  }

  /** Tells the session's pages to look again (coalesced). */
  changed(sessionId: string): void {
    if (this.pending.has(sessionId) || this.count(sessionId) === 0) return;
    this.pending.set(
      sessionId,
      setTimeout(() => {
        this.pending.delete(sessionId);
        for (const l of this.listeners) if (l.sessionId === sessionId && !l.res.writableEnded) l.res.write('event: change\ndata: {"reason":"change"}\n\n');
      }, COALESCE_MS),
    );
  }

  /** A stored state of any match: its class's pages hear of it (a match that is no class table costs one query, once). */
  async matchChanged(matchID: string): Promise<void> {
    let sessionId = this.sessionOf.get(matchID);
    if (sessionId === undefined) {
      sessionId = await this.lookup(matchID);
      // A table registered meanwhile (the class just started) wins over an answer read before it was stored.
      if (this.sessionOf.get(matchID)) sessionId = this.sessionOf.get(matchID)!;
      else this.remember(matchID, sessionId);
    }
    if (sessionId) this.changed(sessionId);
  }

  count(sessionId?: string): number {
    return [...this.listeners].filter((l) => sessionId === undefined || l.sessionId === sessionId).length;
  }

  /** Ends every stream (at shutdown), or those of the classes `only` keeps (a shard handed back: the console reconnects to its owner). */
  closeAll(only?: (sessionId: string) => boolean): void {
    for (const [sessionId, t] of this.pending) {
      if (only && !only(sessionId)) continue;
      clearTimeout(t);
      this.pending.delete(sessionId);
    }
    for (const l of [...this.listeners]) {
      if (only && !only(l.sessionId)) continue;
      this.close(l);
      l.res.end();
    }
  }

  private remember(matchID: string, sessionId: string | null): void {
    if (this.sessionOf.size >= KNOWN_MATCHES) this.sessionOf.clear();
    this.sessionOf.set(matchID, sessionId);
  }

  private close(l: Listener): void {
    clearInterval(l.heartbeat);
    this.listeners.delete(l);
  }
}
