import type { ReactNode } from 'react';
import { FLAG_INFO, STEP_BACK_TO, TRACK_INFO, TRACK_MAX, TRACKS, boardAsLastRoundBegan, type SeatView, type TrackId } from '../../../shared/index';
import { ARMED_REGION, ARMS_RACE_BUILD_UP, armsRaceThreshold, combinedDefence, sanctionsPressure } from '../../../shared/rules/upkeep';

/** Tracks where a high value is alarming: drawn in the warning style as they climb. */
const DANGER: Partial<Record<TrackId, number>> = { tension: 7, capability: 8 };

/**
 * The board as the previous round began (the scenario's start in rounds 1 and 2), so the arrow
 * beside a track shows what the last resolution and this round's crisis and summits moved.
 */
function baseline(G: SeatView, track: TrackId): number {
  return boardAsLastRoundBegan(G)[track];
}

function TrackRow({ G, track }: { G: SeatView; track: TrackId }) {
  const value = G.tracks[track];
  const info = TRACK_INFO[track];
  const delta = value - baseline(G, track);
  const danger = DANGER[track] !== undefined && value >= (DANGER[track] ?? TRACK_MAX);
  const tipId = `track-tip-${track}`;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focus shows the tooltip (its meaning) to keyboard users, as hover does
    <li className={`track${danger ? ' track-danger' : ''}`} tabIndex={0} aria-describedby={tipId} data-track={track}>
      <div className="track-head">
        <span className="track-label">{info.label}</span>
        <span className="track-value">
          {delta !== 0 ? (
            <span
              className={`track-delta ${delta > 0 ? 'up' : 'down'}`}
              aria-label={`${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} since the previous round began`}
            >
              {delta > 0 ? '▲' : '▼'}
              {Math.abs(delta)}
            </span>
          ) : null}
          <b>{value}</b>
          <span className="sr-only"> out of {TRACK_MAX}</span>
        </span>
      </div>
      <div className="meter" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${(value / TRACK_MAX) * 100}%` }} />
      </div>
      <span role="tooltip" id={tipId} className="tip">
        {info.explain}
      </span>
    </li>
  );
}

/** One line under the tracks (a flag or a pressure), with its meaning on hover or keyboard focus. */
function FlagItem({ id, status, tip, children }: { id: string; status?: string; tip: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- focus shows the tooltip (its meaning) to keyboard users, as hover does
    <li className={status ? `flag ${status}` : 'flag'} tabIndex={0} aria-describedby={`flag-tip-${id}`}>
      {children}
      <span role="tooltip" id={`flag-tip-${id}`} className="tip">
        {tip}
      </span>
    </li>
  );
}

/** Every public track with its meaning on hover or keyboard focus, plus the flags and derived pressures. */
export function TracksPanel({ G }: { G: SeatView }) {
  const armsRace = combinedDefence(G.tracks);
  const threshold = armsRaceThreshold(G);
  return (
    <section className="panel tracks-panel" aria-labelledby="tracks-title">
      <h2 id="tracks-title">The board</h2>
      <ul className="tracks">
        {TRACKS.map((track) => (
          <TrackRow key={track} G={G} track={track} />
        ))}
      </ul>
      <ul className="flags" aria-label="Flags and pressures">
        <FlagItem id="moratorium" status={G.flags.moratorium ? 'on' : 'off'} tip={FLAG_INFO.moratorium.explain}>
          <span aria-hidden="true">{G.flags.moratorium ? '●' : '○'}</span> Test moratorium: <b>{G.flags.moratorium ? 'holds' : 'off'}</b>
        </FlagItem>
        <FlagItem id="brink" status={G.flags.brink ? 'on warn' : 'off'} tip={FLAG_INFO.brink.explain}>
          <span aria-hidden="true">{G.flags.brink ? '●' : '○'}</span> On the brink:{' '}
          <b>{G.flags.brink ? `yes — tension must end this round at ${STEP_BACK_TO} or less, or it is war` : 'no'}</b>
        </FlagItem>
        <FlagItem id="pressure" tip={TRACK_INFO.sanctions.explain}>
          Sanctions pressure: <b>{sanctionsPressure(G)}</b>
        </FlagItem>
        <FlagItem
          id="arms"
          status={armsRace >= ARMED_REGION ? 'on warn' : 'off'}
          tip={`ROK defence plus Japan defence. At ${ARMED_REGION} or more, tension rises by 1 each round; at ${threshold} or more (${ARMS_RACE_BUILD_UP} above where they began), an arms race.`}
        >
          {/* Issue 15: "13 / 12" read as a track overflowing its maximum; it is a sum against a threshold. */}
          ROK + Japan defence: <b>{armsRace}</b>{' '}
          {armsRace >= threshold
            ? `(arms race: ${threshold} or more)`
            : armsRace >= ARMED_REGION
              ? `(feeds tension; arms race at ${threshold})`
              : `(arms race at ${threshold})`}
        </FlagItem>
      </ul>
    </section>
  );
}
