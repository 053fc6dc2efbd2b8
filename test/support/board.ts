import { applyEffects, type Board, type Effect } from '../../shared/effects';
import type { FlagId } from '../../shared/tracks';
import { FLAGS, TRACKS, type Tracks } from '../../shared/tracks';

/** A board with every track at 5 (room to move both ways, so every change shows) and the given flags set. */
export function midBoard(...flags: FlagId[]): Board {
  return {
    tracks: Object.fromEntries(TRACKS.map((t) => [t, 5])) as Tracks,
    flags: Object.fromEntries(FLAGS.map((f) => [f, flags.includes(f)])) as Board['flags'],
  };
}

/** What effects change, in the short notation the tables use: `tension+2 moratorium=false`. */
export function notate(effects: readonly Effect[], board: Board = midBoard()): string {
  return applyEffects(board, effects)
    .map((c) => ('track' in c ? `${c.track}${c.to > c.from ? '+' : ''}${c.to - c.from}` : `${c.flag}=${c.to}`))
    .join(' ');
}
