import type { ServerResponse } from 'node:http';
import { visibleTo } from '../../shared/press';
import type { Role } from '../../shared/roles';
import type { StoredMessage } from './pressStore';

/** Comment lines keep proxies and browsers from closing an idle stream. */
export const HEARTBEAT_MS = 15_000;

interface Listener {
  matchID: string;
  /** null: a spectator or projector, who sees public statements only. */
  role: Role | null;
  res: ServerResponse;
  /** Live messages that arrived while the history was being sent; null once live. */
  queue: StoredMessage[] | null;
  sent: Set<number>;
  heartbeat: NodeJS.Timeout;
}

export function sseEvent(stored: StoredMessage): string {
  return `id: ${stored.seq}\nevent: press\ndata: ${JSON.stringify(stored.message)}\n\n`;
}

/**
 * The open Server-Sent-Events streams, per match. Every write goes through `deliver`, which
 * checks `visibleTo` for that one listener: no message reaches a stream it is not visible to.
 */
export class PressHub {
  private readonly listeners = new Set<Listener>();

  /** Opens a stream: an `info` event, the history, then live messages, in order, each once. */
  async open(matchID: string, role: Role | null, res: ServerResponse, info: Record<string, unknown>, history: () => Promise<StoredMessage[]>): Promise<void> {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(`: press stream\nretry: 2000\n\nevent: info\ndata: ${JSON.stringify(info)}\n\n`);
    const listener: Listener = { matchID, role, res, queue: [], sent: new Set(), heartbeat: setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS) };
    this.listeners.add(listener);
    res.on('close', () => this.close(listener));
    try {
      for (const stored of await history()) this.deliver(listener, stored);
    } catch (error) {
      this.close(listener);
      throw error;
    }
    const queued = listener.queue ?? [];
    listener.queue = null;
    for (const stored of queued) this.deliver(listener, stored);
  }

  publish(stored: StoredMessage): void {
    for (const listener of this.listeners) {
      if (listener.matchID !== stored.message.matchID) continue;
      if (listener.queue) listener.queue.push(stored);
      else this.deliver(listener, stored);
    }
  }

  /** Streams open, for tests and health. */
  count(matchID?: string): number {
    return [...this.listeners].filter((l) => matchID === undefined || l.matchID === matchID).length;
  }

  /** Ends every stream (at shutdown), or those of the matches `only` keeps (a shard handed back: the page reconnects to its owner). */
  closeAll(only?: (matchID: string) => boolean): void {
    for (const listener of [...this.listeners]) {
      if (only && !only(listener.matchID)) continue;
      this.close(listener);
      listener.res.end();
    }
  }

  private deliver(listener: Listener, stored: StoredMessage): void {
    if (!visibleTo(stored.message, listener.role) || listener.sent.has(stored.seq) || listener.res.writableEnded) return;
    listener.sent.add(stored.seq);
    listener.res.write(sseEvent(stored));
  }

  private close(listener: Listener): void {
    clearInterval(listener.heartbeat);
    this.listeners.delete(listener);
  }
}
