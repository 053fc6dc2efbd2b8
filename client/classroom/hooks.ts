import { useEffect, useRef, useState } from 'react';
import { ApiError, type TimerInfo } from './api';

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

/**
 * Push from the server (a Server-Sent-Events stream of "something changed" for one class):
 * calls `onChange` at once and at every change, so a page reads its data when it changed
 * instead of polling. EventSource reconnects by itself; a refused stream (wrong key) stays closed.
 */
export function useClassStream(url: string | null, onChange: () => void): boolean {
  const [live, setLive] = useState(false);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(source.readyState === EventSource.OPEN);
    source.addEventListener('change', () => changeRef.current());
    return () => {
      source.close();
      setLive(false);
    };
  }, [url]);
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
