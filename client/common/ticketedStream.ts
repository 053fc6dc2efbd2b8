/** After a stream closes for good (a spent ticket, a restarted server), open a new one after this pause. */
export const REOPEN_MS = 2000;

export interface StreamSpec {
  /** A fresh one-use ticket for each opening, or null where the address needs none; a throw waits and asks again. */
  ticket: () => Promise<string | null>;
  /** The stream's address for that ticket (read at each opening, so it can carry where to resume). */
  url: (ticket: string | null) => string;
  /** Named server-sent events and what to do with each. */
  on: Record<string, (event: MessageEvent<string>) => void>;
  /** Told true when the stream opens and false while it is down. */
  live?: (open: boolean) => void;
}

/**
 * Opens a Server-Sent-Events stream that never carries credentials in its URL: each opening
 * asks for a one-use ticket first. EventSource retries by itself with the same, now spent,
 * ticket; once it gives up (CLOSED), this asks for a new ticket and opens again. Returns close.
 */
export function openTicketedStream(spec: StreamSpec): () => void {
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const retry = () => {
    if (!closed) reopen = setTimeout(() => void open(), REOPEN_MS);
  };
  const open = async () => {
    let ticket: string | null;
    try {
      ticket = await spec.ticket();
    } catch {
      return retry();
    }
    if (closed) return;
    const stream = new EventSource(spec.url(ticket));
    source = stream;
    stream.onopen = () => spec.live?.(true);
    stream.onerror = () => {
      spec.live?.(false);
      if (stream.readyState === EventSource.CLOSED) retry();
    };
    for (const [name, handle] of Object.entries(spec.on)) stream.addEventListener(name, (event) => handle(event as MessageEvent<string>));
  };
  void open();
  return () => {
    closed = true;
    clearTimeout(reopen);
    source?.close();
  };
}
