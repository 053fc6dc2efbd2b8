import { FLAG_INFO, SCENARIOS, TRACK_INFO, TRACK_MAX, TRACKS, type PeninsulaState, type TrackId } from '../../../shared/index';
import { ARMS_RACE_THRESHOLD, sanctionsPressure } from '../../../shared/rules/upkeep';

/** Tracks where a high value is alarming: drawn in the warning style as they climb. */
const DANGER: Partial<Record<TrackId, number>> = { tension: 7, capability: 8 };

/**
 * The board as the previous round began (the scenario's start in rounds 1 and 2), so the arrow
 * beside a track shows what the last resolution and this round's crisis and summits moved.
 */
function baseline(G: PeninsulaState, track: TrackId): number {
  return G.history[G.history.length - 2]?.tracks[track] ?? SCENARIOS[G.options.scenario].tracks[track];
}

function TrackRow({ G, track }: { G: PeninsulaState; track: TrackId }) {
  const value = G.tracks[track];
  const info = TRACK_INFO[track];
  const delta = value - baseline(G, track);
  const danger = DANGER[track] !== undefined && value >= (DANGER[track] ?? TRACK_MAX);
  const tipId = `track-tip-${track}`;
  return (
    <li className={`track${danger ? ' track-danger' : ''}`} tabIndex={0} aria-describedby={tipId} data-track={track}>
      <div className="track-head">
        <span className="track-label">{info.label}</span>
        <span className="track-value">
          {delta !== 0 ? (
            <span className={`track-delta ${delta > 0 ? 'up' : 'down'}`} aria-label={`${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} since the previous round began`}>
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

/** Every public track with its meaning on hover or keyboard focus, plus the flags and derived pressures. */
export function TracksPanel({ G }: { G: PeninsulaState }) {
  const armsRace = G.tracks.rokDefence + G.tracks.jpnDefence;
  return (
    <section className="panel tracks-panel" aria-labelledby="tracks-title">
      <h2 id="tracks-title">The board</h2>
      <ul className="tracks">
        {TRACKS.map((track) => (
          <TrackRow key={track} G={G} track={track} />
        ))}
      </ul>
      <ul className="flags" aria-label="Flags and pressures">
        <li className={`flag ${G.flags.moratorium ? 'on' : 'off'}`} tabIndex={0} aria-describedby="flag-tip-moratorium">
          <span aria-hidden="true">{G.flags.moratorium ? '●' : '○'}</span> Test moratorium: <b>{G.flags.moratorium ? 'holds' : 'off'}</b>
          <span role="tooltip" id="flag-tip-moratorium" className="tip">
            {FLAG_INFO.moratorium.explain}
          </span>
        </li>
        <li className={`flag ${G.flags.brink ? 'on warn' : 'off'}`} tabIndex={0} aria-describedby="flag-tip-brink">
          <span aria-hidden="true">{G.flags.brink ? '●' : '○'}</span> On the brink: <b>{G.flags.brink ? 'yes — step back this round or it is war' : 'no'}</b>
          <span role="tooltip" id="flag-tip-brink" className="tip">
            {FLAG_INFO.brink.explain}
          </span>
        </li>
        <li className="flag" tabIndex={0} aria-describedby="flag-tip-pressure">
          Sanctions pressure: <b>{sanctionsPressure(G)}</b>
          <span role="tooltip" id="flag-tip-pressure" className="tip">
            {TRACK_INFO.sanctions.explain}
          </span>
        </li>
        <li className={`flag ${armsRace >= ARMS_RACE_THRESHOLD ? 'on warn' : 'off'}`} tabIndex={0} aria-describedby="flag-tip-arms">
          Arms race: <b>{armsRace}</b> / {ARMS_RACE_THRESHOLD}
          <span role="tooltip" id="flag-tip-arms" className="tip">
            ROK defence plus Japan defence. At {ARMS_RACE_THRESHOLD} or more, tension rises by 1 each round.
          </span>
        </li>
      </ul>
    </section>
  );
}
