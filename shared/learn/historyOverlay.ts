import { EVENTS } from '../data/events';
import { HISTORY_ROUNDS, HISTORY_TRACKS, type HistoryTrack } from '../data/history';
import { isScripted, SCENARIOS } from '../data/scenarios';
import type { PeninsulaState } from '../state';

/**
 * "Your table vs history" (issue 20): for a game of history mode, the real path beside the table's.
 * Pure: the class debrief and the end screen both call it on the final state; null for other scenarios.
 */
export interface HistoryOverlay {
  /** The tracks history is read on, round by round: round 0 is the scenario's start, then each season's reading. */
  tracks: Record<HistoryTrack, number>[];
  rounds: HistorySeason[];
}

export interface HistorySeason {
  round: number;
  season: string;
  card: string;
  happened: string;
  /** What history chose on a card with a choice, and what the table chose (null before the round was played). */
  historyChose: string | null;
  tableChose: string | null;
  played: boolean;
}

function optionLabel(card: (typeof HISTORY_ROUNDS)[number]['card'], option: string | null | undefined): string | null {
  if (!option) return null;
  return EVENTS[card].choice?.options.find((o) => o.id === option)?.label ?? null;
}

export function historyOverlay(G: PeninsulaState): HistoryOverlay | null {
  const scenario = SCENARIOS[G.options.scenario];
  // A scripted deck is history's own sequence: the only kind of scenario with a real path to lay beside.
  if (!isScripted(scenario.deck)) return null;
  const seasons = HISTORY_ROUNDS.slice(0, G.options.rounds);
  const start = Object.fromEntries(HISTORY_TRACKS.map((t) => [t, scenario.tracks[t]])) as Record<HistoryTrack, number>;
  return {
    tracks: [start, ...seasons.map((s) => ({ ...s.reading }))],
    rounds: seasons.map((s, i) => {
      const record = G.history.find((r) => r.round === i + 1);
      return {
        round: i + 1,
        season: s.season,
        card: EVENTS[s.card].title,
        happened: s.happened,
        historyChose: optionLabel(s.card, s.chose),
        tableChose: optionLabel(s.card, record?.eventChoice),
        played: record !== undefined,
      };
    }),
  };
}
