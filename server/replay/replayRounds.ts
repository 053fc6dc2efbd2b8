import type { ForkOrigin, ReplayRound } from '../../shared/api/replay';
import { playerView } from '../../shared/playerView';
import type { GameResult } from '../../shared/scoring';
import type { ReplayState } from '../../shared/replay/replayLog';
import { ok, refuse, type Outcome } from './outcome';
import type { MatchReplays, ReplayedMatch, Viewer } from './matchReplays';

/** The rounds a match shows: from its first (1, or a fork's starting round) to the last it has begun. */
export function roundsOf(replayed: ReplayedMatch): { first: number; last: number } {
  return { first: replayed.roundStarts[0]!.G.round, last: replayed.roundStarts[replayed.roundStarts.length - 1]!.G.round };
}

/** The state when a round began (the round must be in roundsOf). */
export function roundStart(replayed: ReplayedMatch, round: number): ReplayState {
  return replayed.roundStarts[round - roundsOf(replayed).first]!;
}

/** A round number from a query or a body: a whole number among the rounds the match has begun. */
export function roundIn(replayed: ReplayedMatch, raw: unknown): Outcome<number> {
  const round = typeof raw === 'string' && /^\d{1,3}$/.test(raw) ? Number(raw) : raw;
  const { first, last } = roundsOf(replayed);
  if (typeof round !== 'number' || !Number.isInteger(round) || round < first || round > last) {
    return refuse('BAD_ROUND', `The round must be a whole number from ${first} to ${last} (the rounds this match has begun).`);
  }
  return ok(round);
}

/**
 * A match at the start of one round, as the viewer may see it: the seat's (or a spectator's)
 * playerView of the state then — the same filter as the live game, so a running match shows no
 * other role's agenda, no unrevealed orders, no deck, no seed — and what that round brought once it
 * was played (its headlines, deals and record are public from its end). After the end, the result
 * with every agenda, as the end screen shows it.
 */
export function roundView(replayed: ReplayedMatch, round: number): Omit<ReplayRound, 'forks'> {
  const start = roundStart(replayed, round);
  const { first, last } = roundsOf(replayed);
  const latest = replayed.stored.G;
  const gameover = replayed.stored.ctx.gameover as GameResult | undefined;
  return {
    matchID: replayed.matchID,
    status: replayed.status,
    round,
    firstRound: first,
    lastRound: last,
    seat: replayed.seat,
    view: playerView(start.G, replayed.seat),
    headlines: latest.headlines.filter((h) => h.round === round),
    agreements: latest.agreements.filter((a) => a.round === round),
    record: latest.history.find((r) => r.round === round) ?? null,
    result: replayed.status === 'over' && gameover ? gameover : null,
    fork: (replayed.metadata.fork as ForkOrigin | undefined) ?? null,
    names: Object.values(replayed.metadata.players).map((p) => p.name ?? null),
  };
}

export async function replayRound(replays: MatchReplays, matchID: string, viewer: Viewer, rawRound: unknown): Promise<Outcome<Omit<ReplayRound, 'forks'>>> {
  const opened = await replays.open(matchID, viewer);
  if (!opened.ok) return opened;
  const round = roundIn(opened.value, rawRound ?? roundsOf(opened.value).last);
  if (!round.ok) return round;
  return ok(roundView(opened.value, round.value));
}
