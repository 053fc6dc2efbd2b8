import type { PressMessage } from '../../../shared/press';

/** A Server-Sent-Events client over fetch (Node 20 has no EventSource): a real HTTP connection, parsed by the spec's rules. */
export interface SseStream {
  status: number;
  messages: PressMessage[];
  /** The stream's opening `info` event. */
  info: Record<string, unknown> | null;
  /** Every raw byte received, to search for text that must never arrive. */
  raw(): string;
  close(): void;
}

/** The headers a GET names its seat with (shared/api/press.ts SEAT_HEADERS); none for a spectator. */
export function seatHeaders(seat?: { playerID: string; credentials: string }): Record<string, string> {
  return seat ? { 'x-player-id': seat.playerID, 'x-player-credentials': seat.credentials } : {};
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream', ...headers } });
  const messages: PressMessage[] = [];
  let raw = '';
  const stream: SseStream = { status: response.status, messages, info: null, raw: () => raw, close: () => controller.abort() };
  if (response.status !== 200 || !response.body) {
    raw = await response.text();
    return stream;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        raw += value;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data: '))
            .map((l) => l.slice(6))
            .join('\n');
          const event = block
            .split('\n')
            .find((l) => l.startsWith('event: '))
            ?.slice(7);
          if (event === 'press' && data) messages.push(JSON.parse(data) as PressMessage);
          if (event === 'info' && data) stream.info = JSON.parse(data) as Record<string, unknown>;
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return stream;
}
