import type { MatchSummary } from '../../shared/api/matches';

/**
 * What "Your games" shows of a match; null when the server no longer has it. Apart from the
 * Lobby client (client/online/lobby.ts) so the home page does not load boardgame.io to list games.
 */
export async function getSummary(matchID: string): Promise<MatchSummary | null> {
  const response = await fetch(`/api/matches/${encodeURIComponent(matchID)}/summary`, { cache: 'no-store' });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`The server did not answer for match ${matchID} (HTTP ${response.status}).`);
  return (await response.json()) as MatchSummary;
}
