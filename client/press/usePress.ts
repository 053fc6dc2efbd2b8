import { useCallback, useEffect, useState } from 'react';
import type { PressMessage, Recipients } from '../../shared/press';
import { openTicketedStream } from '../common/ticketedStream';
import { postPress, pressStreamUrl, pressTicket, type PressSeat } from './pressApi';

export interface PressConnection {
  /** Every message this seat may see, in the order the server stored them. */
  messages: PressMessage[];
  /** Sends; resolves to null when sent, or to the reason it was refused. */
  send: (to: Recipients, text: string) => Promise<string | null>;
  /** False while the live stream is (re)connecting. */
  connected: boolean;
  /** A classroom match: the teacher reads every message in the debrief (tell the student). */
  classroom: boolean;
}

/** Adds messages not seen yet; the stream re-sends history after a reconnect, so ids decide. */
export function mergeMessages(current: readonly PressMessage[], incoming: readonly PressMessage[]): PressMessage[] {
  const known = new Set(current.map((m) => m.id));
  const fresh = incoming.filter((m) => !known.has(m.id) && known.add(m.id));
  return fresh.length === 0 ? (current as PressMessage[]) : [...current, ...fresh];
}

/**
 * Online press for one seat (or a spectator/projector: playerID and credentials null): history
 * and live messages over one Server-Sent-Events stream, sending with fetch. The server sends
 * only what this seat may see. The stream opens with a one-use ticket (no credentials in URLs),
 * so when EventSource gives up, a new ticket opens a new stream after the last message seen.
 */
export function usePress(
  matchID: string,
  playerID: string | null | undefined,
  credentials: string | null | undefined,
  { server = '', enabled = true }: { server?: string; enabled?: boolean } = {},
): PressConnection {
  const [messages, setMessages] = useState<PressMessage[]>([]);
  const [connected, setConnected] = useState(false);
  const [classroom, setClassroom] = useState(false);

  useEffect(() => {
    setMessages([]);
    // Off (a class whose teacher has closed the press): no stream; opening it again reads the history anew.
    if (!enabled) return;
    const seat: PressSeat = { playerID, credentials };
    let lastEventId = '';
    return openTicketedStream({
      ticket: () => pressTicket(server, matchID, seat),
      // A new stream resumes after the last message seen.
      url: (ticket) => pressStreamUrl(server, matchID, ticket, lastEventId),
      live: setConnected,
      on: {
        info: (event) => setClassroom((JSON.parse(event.data) as { classroom?: boolean }).classroom === true),
        press: (event) => {
          if (event.lastEventId) lastEventId = event.lastEventId;
          setMessages((current) => mergeMessages(current, [JSON.parse(event.data) as PressMessage]));
        },
      },
    });
  }, [matchID, playerID, credentials, server, enabled]);

  const send = useCallback(
    async (to: Recipients, text: string) => {
      const result = await postPress(server, matchID, { playerID, credentials }, to, text);
      if ('error' in result) return result.error;
      // Shown at once; the stream's copy of it is recognised by its id.
      setMessages((current) => mergeMessages(current, [result.message]));
      return null;
    },
    [matchID, playerID, credentials, server],
  );

  return { messages, send, connected, classroom };
}
