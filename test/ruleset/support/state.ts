import type { ConcessionId } from '../../../shared/data/concessions';
import type { VenueId } from '../../../shared/data/venues';
import { normaliseOptions } from '../../../shared/options';
import type { Role } from '../../../shared/roles';
import { createInitialState } from '../../../shared/rules/setup';
import type { CommitmentStatus, PeninsulaState } from '../../../shared/state';
import { TRACKS, type Tracks } from '../../../shared/tracks';

/**
 * A bare state for the rules that read it (upkeep, agendas, objectives, outcomes): round 1,
 * every track 5 unless given, no flags, nothing agreed. No match runs: the state is the fixture.
 */
export function midState(tracks: Partial<Tracks> = {}, round = 1): PeninsulaState {
  const G = createInitialState(normaliseOptions({ seed: 'state' }));
  G.round = round;
  G.tracks = { ...(Object.fromEntries(TRACKS.map((t) => [t, 5])) as Tracks), ...tracks };
  // The round began on this board: no swing yet to bound.
  G.roundStart = { ...G.tracks };
  G.flags = { moratorium: false, brink: false, unVeto: false, usDprkContact: false, russiaPact: false };
  return G;
}

/** Records an agreement, and a commitment for each item given as `[item, status]`, as a summit would have. */
export function agreed(
  G: PeninsulaState,
  parties: Role[],
  venue: VenueId,
  items: ConcessionId[],
  round = 1,
  commitments: [ConcessionId, Role, CommitmentStatus][] = [],
): void {
  const id = `a${G.agreements.length + 1}`;
  G.agreements.push({ id, round, venue, parties, items, kind: 'deal' });
  for (const [concession, role, status] of commitments) {
    G.commitments.push({ id: `c${G.commitments.length + 1}`, agreementId: id, concession, role, madeInRound: round, endsAfterRound: round + 2, status });
  }
}
