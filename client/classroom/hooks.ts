import { useEffect, useRef, useState } from 'react';
import { openTicketedStream, type StreamSpec } from '../common/ticketedStream';
import { api, ApiError, type TimerInfo } from './api';

/**
 * Polls `load` every `everyMs` while mounted; keeps the last good value and the last error.
 * A refusal that repeating cannot fix (401, 403, 404) stops the polling: `stopped` says so.
 */
export function usePoll<T>(
  load: () => Promise<T>,
  everyMs: number,
  deps: unknown[] = [],
): { data: T | null; error: string | null; stopped: boolean; refresh: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stopped, setStopped] = useState(false);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const value = await loadRef.current();
        if (alive) {
          setData(value);
          setError(null);
          setStopped(false);
        }
      } catch (e) {
        if (alive) setError((e as Error).message);
        if (e instanceof ApiError && e.final) {
          if (alive) setStopped(true);
          return;
        }
      }
      if (alive) timer = setTimeout(run, everyMs);
    };
    void run();
    return () => {
      alive = false;
      if (timer) clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is read through a ref (callers pass a new arrow each render); the caller's own deps say when to start over.
  }, [everyMs, tick, ...deps]);
  return { data, error, stopped, refresh: () => setTick((t) => t + 1) };
}

/** Which class stream a page listens to; the console and a student open theirs with a ticket (no key or token in a URL). */
export type ClassStream = { teacher: string; key: string } | { studentToken: string } | { projector: string };

function streamSpec(stream: ClassStream): Pick<StreamSpec, 'ticket' | 'url'> {
  if ('teacher' in stream) {
    const base = `/api/class/${encodeURIComponent(stream.teacher)}/stream`;
    return { ticket: () => streamTicket(`${base}/ticket`, { teacherKey: stream.key }), url: (ticket) => `${base}?ticket=${ticket ?? ''}` };
  }
  if ('studentToken' in stream)
    return {
      ticket: () => streamTicket('/api/class/me/stream/ticket', { studentToken: stream.studentToken }),
      url: (ticket) => `/api/class/me/stream?ticket=${ticket ?? ''}`,
    };
  return { ticket: () => Promise.resolve(null), url: () => `/api/class/projector/${encodeURIComponent(stream.projector)}/stream` };
}

async function streamTicket(path: string, who: { teacherKey?: string; studentToken?: string }): Promise<string> {
  return (await api<{ ticket: string }>('POST', path, who)).ticket;
}

/**
 * Push from the server (a Server-Sent-Events stream of "something changed" for one class):
 * calls `onChange` at once and at every change, so a page reads its data when it changed
 * instead of polling. A stream that closes is opened again with a new ticket; null closes it.
 */
export function useClassStream(stream: ClassStream | null, onChange: () => void): boolean {
  const [live, setLive] = useState(false);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const id = stream ? JSON.stringify(stream) : null;
  useEffect(() => {
    if (!stream || typeof EventSource === 'undefined') return;
    const close = openTicketedStream({ ...streamSpec(stream), live: setLive, on: { change: () => changeRef.current() } });
    return () => {
      close();
      setLive(false);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on what the stream is (`id`), not on the object a render makes.
  }, [id]);
  return live;
}

/** Seconds left on a server timer, counted down locally from when the server answered (no clock skew). */
export function useSecondsLeft(timer: TimerInfo | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  const receivedAt = useRef(Date.now());
  const last = useRef<TimerInfo | null | undefined>(null);
  if (last.current !== timer) {
    last.current = timer;
    receivedAt.current = Date.now();
  }
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  if (!timer || timer.remainingMs === null) return null;
  const elapsed = timer.paused ? 0 : now - receivedAt.current;
  return Math.max(0, Math.ceil((timer.remainingMs - elapsed) / 1000));
}

export function clock(seconds: number | null): string {
  if (seconds === null) return '—';
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}
