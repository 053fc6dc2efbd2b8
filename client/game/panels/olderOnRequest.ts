import { useEffect, useState } from 'react';
import type { OnRequest } from '../../../shared/playerView';

/**
 * The whole public list `what` of a match, fetched from GET /api/matches/:id/<what> once an update
 * says it left older items out (`since`: its `recentSince`, see shared/playerView.ts wireView), and
 * again when `since` moves on. Null until it has arrived for this `since`, and always without a match
 * (hot-seat and tests hold the whole state) or when the update left nothing out.
 */
export function useOlderOnRequest<T>(what: OnRequest, since: number | undefined, matchID: string | undefined): T[] | null {
  const [older, setOlder] = useState<{ since: number; items: T[] } | null>(null);
  useEffect(() => {
    if (since === undefined || !matchID) return;
    let current = true;
    fetch(`/api/matches/${encodeURIComponent(matchID)}/${what}`)
      .then((res) => (res.ok ? (res.json() as Promise<Record<OnRequest, T[] | undefined>>) : null))
      .then((body) => {
        const items = body?.[what];
        if (current && Array.isArray(items)) setOlder({ since, items });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [what, since, matchID]);
  return since !== undefined && older?.since === since ? older.items : null;
}
