import { applyEffects, type Change, type Effect } from '../effects';
import type { Role } from '../roles';
import type { HeadlineKind, PeninsulaState } from '../state';
import { TRACK_MAX } from '../tracks';

export interface HeadlineInput {
  kind: HeadlineKind;
  text: string;
  roles?: Role[];
}

export function addHeadline(G: PeninsulaState, headline: HeadlineInput): void {
  G.headlines.push({ round: G.round, kind: headline.kind, text: headline.text, roles: headline.roles ?? [] });
}

/**
 * Applies effects to the board, records the headline, and declares war the moment tension
 * reaches the top of its track: every source of change goes through here, so war is never missed.
 */
export function enact(G: PeninsulaState, effects: readonly Effect[], headline?: HeadlineInput): Change[] {
  const changes = applyEffects(G, effects);
  if (headline) addHeadline(G, headline);
  if (G.war === null && G.tracks.tension >= TRACK_MAX) {
    G.war = { round: G.round, cause: headline?.text ?? 'Tension spiralled out of control' };
    addHeadline(G, { kind: 'war', text: `War breaks out on the Korean peninsula after: ${G.war.cause}` });
  }
  return changes;
}

export function nextId(G: PeninsulaState, prefix: string): string {
  G.nextId += 1;
  return `${prefix}${G.nextId}`;
}
