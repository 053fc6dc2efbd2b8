import type { Headline, HeadlineKind, SeatView } from '../../../shared/index';
import { useOlderOnRequest } from './olderOnRequest';

const KIND_LABEL: Record<HeadlineKind, string> = {
  event: 'Event',
  action: 'Action',
  summit: 'Summit',
  breach: 'Breach',
  upkeep: 'Upkeep',
  brink: 'Brink',
  war: 'War',
  lapse: 'Lapse',
};

function HeadlineItem({ headline }: { headline: Headline }) {
  return (
    <li className={`headline kind-${headline.kind}`}>
      <span className="headline-kind">
        {KIND_LABEL[headline.kind]}
        <span className="sr-only">: </span>
      </span>
      {headline.text}
    </li>
  );
}

/** The latest headlines in one strip, announced politely to screen readers as they arrive. */
export function NewsTicker({ G }: { G: SeatView }) {
  const latest = G.headlines.slice(-4).reverse();
  return (
    <section className="ticker" aria-label="Latest news">
      <span className="ticker-tag" aria-hidden="true">
        News
      </span>
      <ul aria-live="polite" aria-relevant="additions">
        {latest.length ? (
          latest.map((h, i) => <HeadlineItem key={`${G.headlines.length - i}`} headline={h} />)
        ) : (
          <li className="headline">The game is about to begin.</li>
        )}
      </ul>
    </section>
  );
}

/**
 * Every headline so far. An online update carries only the recent rounds' (`recentSince`, see
 * shared/playerView.ts wireView); the older ones are public and fetched from the server when needed.
 */
function useAllHeadlines(G: SeatView, matchID: string | undefined): Headline[] {
  const since = G.recentSince;
  const all = useOlderOnRequest<Headline>('headlines', since, matchID);
  if (since === undefined || !all) return G.headlines;
  return [...all.filter((h) => h.round < since), ...G.headlines];
}

/** Every headline so far, grouped by round, newest round first: the running story of the game. */
export function NewsLog({ G, matchID }: { G: SeatView; matchID?: string | undefined }) {
  const headlines = useAllHeadlines(G, matchID);
  const rounds = [...new Set(headlines.map((h) => h.round))].sort((a, b) => b - a);
  return (
    <section className="panel log" aria-labelledby="log-title">
      <h2 id="log-title">What happened</h2>
      {rounds.length === 0 ? <p className="muted">Nothing yet.</p> : null}
      {rounds.map((round) => (
        <div key={round} className="log-round">
          <h3>{round === 0 ? 'Before the game' : `Round ${round}`}</h3>
          <ul>
            {headlines
              .filter((h) => h.round === round)
              .map((h, i) => (
                <HeadlineItem key={i} headline={h} />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
