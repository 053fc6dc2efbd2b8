import { FLAG_INFO, TRACK_INFO, type Change } from '../../shared/index';

function describe(change: Change): { label: string; delta: string; dir: 'up' | 'down' | 'flag' } {
  if ('track' in change) {
    const by = change.to - change.from;
    return { label: TRACK_INFO[change.track].label, delta: `${change.from}→${change.to}`, dir: by > 0 ? 'up' : 'down' };
  }
  return { label: FLAG_INFO[change.flag].label, delta: change.to ? 'starts' : 'ends', dir: 'flag' };
}

/** Sums a list of changes per track so a preview shows one line per track (first from, last to). */
export function mergeChanges(changes: readonly Change[]): Change[] {
  const out = new Map<string, Change>();
  for (const c of changes) {
    const key = 'track' in c ? `t:${c.track}` : `f:${c.flag}`;
    const prev = out.get(key);
    if (!prev) out.set(key, c);
    else out.set(key, { ...prev, to: c.to } as Change);
  }
  return [...out.values()].filter((c) => c.from !== c.to);
}

/** A preview of what a choice would do to the board, as small labelled chips. */
export function Changes({ changes, empty = 'No change to the board' }: { changes: readonly Change[]; empty?: string }) {
  const merged = mergeChanges(changes);
  if (merged.length === 0) return <p className="changes-empty">{empty}</p>;
  return (
    <ul className="changes" aria-label="Effects on the board">
      {merged.map((change) => {
        const { label, delta, dir } = describe(change);
        return (
          <li key={'track' in change ? change.track : change.flag} className={`change change-${dir}`}>
            <span aria-hidden="true">{dir === 'up' ? '▲' : dir === 'down' ? '▼' : '◆'}</span> {label} <b>{delta}</b>
          </li>
        );
      })}
    </ul>
  );
}
