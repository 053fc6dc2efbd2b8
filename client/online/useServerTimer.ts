import { useEffect, useState } from 'react';

export interface ServerTimer {
  /** When the phase ends, on this browser's clock; null when no timer runs. */
  deadline: number | null;
  paused: boolean;
}

const REFRESH_MS = 15_000;

/**
 * The phase deadline the server enforces (GET /api/matches/:id/timer), turned into this
 * browser's clock so a skewed clock does not matter. Fetched again when the phase changes
 * and every few seconds (a teacher may pause or extend). Undefined until the first answer.
 */
export function useServerTimer(matchID: string, phaseKey: string): ServerTimer | undefined {
  const [timer, setTimer] = useState<ServerTimer | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/timer`, { cache: 'no-store' });
        if (!response.ok) return;
        const info = (await response.json()) as { remainingMs: number | null; paused: boolean };
        if (live) setTimer({ deadline: info.remainingMs === null ? null : Date.now() + info.remainingMs, paused: info.paused });
      } catch {
        // Offline: the connection banner says so; the last known deadline keeps counting.
      }
    };
    void load();
    const id = setInterval(() => void load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [matchID, phaseKey]);
  return timer;
}
