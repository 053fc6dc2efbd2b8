import { FLAG_INFO, TRACK_INFO, clampTrack, type FlagId, type Flags, type TrackId, type Tracks } from './tracks';

/**
 * Every consequence in the game is data of this shape, applied by `applyEffects`,
 * the one interpreter. A row of a table reads as what it does:
 * `{ track: 'tension', by: +2 }`, `{ flag: 'moratorium', set: false }`.
 */
export type Condition =
  | { readonly flag: FlagId; readonly is: boolean }
  | { readonly track: TrackId; readonly atLeast: number }
  | { readonly track: TrackId; readonly atMost: number };

export type Effect =
  | { readonly track: TrackId; readonly by: number }
  | { readonly flag: FlagId; readonly set: boolean }
  | { readonly when: Condition; readonly then: readonly Effect[]; readonly otherwise?: readonly Effect[] };

/** What effects act on: the public tracks and flags. */
export interface Board {
  tracks: Tracks;
  flags: Flags;
}

export type Change =
  { readonly track: TrackId; readonly from: number; readonly to: number } | { readonly flag: FlagId; readonly from: boolean; readonly to: boolean };

export function conditionHolds(board: Board, condition: Condition): boolean {
  if ('flag' in condition) return board.flags[condition.flag] === condition.is;
  if ('atLeast' in condition) return board.tracks[condition.track] >= condition.atLeast;
  return board.tracks[condition.track] <= condition.atMost;
}

/** Applies effects in order, clamping every track, and returns what actually changed. */
export function applyEffects(board: Board, effects: readonly Effect[]): Change[] {
  const changes: Change[] = [];
  applyInto(board, effects, changes);
  return changes;
}

/**
 * The interpreter itself: applies effects in order, clamping every track, and notes each change in
 * `changes` when given one. The rules apply effects without reading the changes (`enact`), and bots run
 * those rules thousands of times a game: then no change is written down.
 */
export function applyInto(board: Board, effects: readonly Effect[], changes: Change[] | null): void {
  for (const effect of effects) {
    if ('when' in effect) {
      const branch = conditionHolds(board, effect.when) ? effect.then : effect.otherwise;
      if (branch) applyInto(board, branch, changes);
    } else if ('track' in effect) {
      const from = board.tracks[effect.track];
      const to = clampTrack(from + effect.by);
      if (to !== from) {
        board.tracks[effect.track] = to;
        changes?.push({ track: effect.track, from, to });
      }
    } else {
      const from = board.flags[effect.flag];
      if (from !== effect.set) {
        board.flags[effect.flag] = effect.set;
        changes?.push({ flag: effect.flag, from, to: effect.set });
      }
    }
  }
}

/** The sum of track changes an effect list would make on this board, for previews. */
export function previewEffects(board: Board, effects: readonly Effect[]): Change[] {
  const copy: Board = { tracks: { ...board.tracks }, flags: { ...board.flags } };
  return applyEffects(copy, effects);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${Math.abs(n)}`;
}

function describeCondition(condition: Condition): string {
  if ('flag' in condition) return `${condition.is ? 'if' : 'unless'} the ${FLAG_INFO[condition.flag].label} holds`;
  if ('atLeast' in condition) return `if ${TRACK_INFO[condition.track].label} is ${condition.atLeast} or more`;
  return `if ${TRACK_INFO[condition.track].label} is ${condition.atMost} or less`;
}

/** Plain-language text of an effect list; the rules document and the client both use it. */
export function describeEffects(effects: readonly Effect[]): string {
  if (effects.length === 0) return 'no effect';
  return effects
    .map((effect) => {
      if ('when' in effect) {
        const otherwise = effect.otherwise ? `; otherwise ${describeEffects(effect.otherwise)}` : '';
        return `(${describeCondition(effect.when)}: ${describeEffects(effect.then)}${otherwise})`;
      }
      if ('track' in effect) return `${TRACK_INFO[effect.track].label} ${signed(effect.by)}`;
      return `${effect.set ? 'starts' : 'ends'} the ${FLAG_INFO[effect.flag].label}`;
    })
    .join(', ');
}
