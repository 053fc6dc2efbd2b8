import { HISTORY_TRACKS, HISTORY_SOURCES, type HistoryTrack } from '../../../shared/data/history';
import type { HistoryOverlay } from '../../../shared/learn/historyOverlay';
import type { Series } from '../../game/LineChart';
import { TRACK_INFO, type TrackId } from '../../../shared/tracks';
import './debrief.css';

/** The reference lines for a chart's tracks: history's reading where there is one (history mode only). */
export function historyReference(overlay: HistoryOverlay | null, tracks: readonly TrackId[]): (Series | null)[] {
  if (!overlay) return [];
  return tracks.map((t) => (isHistoryTrack(t) ? { label: `History: ${TRACK_INFO[t].label}`, values: overlay.tracks.map((p) => p[t]) } : null));
}

function isHistoryTrack(track: TrackId): track is HistoryTrack {
  return (HISTORY_TRACKS as readonly TrackId[]).includes(track);
}

/** "Your table vs history": each season's real events and choices beside the table's. */
export function HistorySeasons({ overlay, id }: { overlay: HistoryOverlay; id: string }) {
  return (
    <section className="panel history-seasons" aria-labelledby={id}>
      <h2 id={id}>Your table vs history</h2>
      <p className="muted">
        The dotted lines on the charts are history, read on the game&apos;s scales by the designers: a reading for discussion, not a measurement.
      </p>
      <ol className="history-list">
        {overlay.rounds.map((r) => (
          <li key={r.round} data-testid={`history-round-${r.round}`}>
            <h3>
              Round {r.round} · {r.season}: {r.card}
            </h3>
            <p>{r.happened}</p>
            {r.historyChose && (
              <p>
                History chose: <b>{r.historyChose}</b>. Your table: <b>{r.played ? (r.tableChose ?? 'no choice recorded') : 'not played'}</b>
                {r.played && r.tableChose === r.historyChose ? ' — the same.' : r.played ? ' — another branch.' : '.'}
              </p>
            )}
          </li>
        ))}
      </ol>
      <details>
        <summary>Sources</summary>
        <ul>
          {HISTORY_SOURCES.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
