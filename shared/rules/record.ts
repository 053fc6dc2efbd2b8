import { applyInto, type Effect } from '../effects';
import { RESOLUTION_ORDER, type Role } from '../roles';
import type { Headline, HeadlineKind, PeninsulaState } from '../state';
import { STEP_BACK_TO, TRACK_MAX } from '../tracks';

export interface HeadlineInput {
  kind: HeadlineKind;
  text: string;
  roles?: Role[];
}

export function addHeadline(G: PeninsulaState, headline: HeadlineInput): void {
  G.headlines.push({ round: G.round, kind: headline.kind, text: headline.text, roles: headline.roles ?? [] });
}

/**
 * Applies effects to the board and records the headline. Every source of change goes through
 * here; war itself is judged once a round, by `judgeTheBrink`, when the round's orders and upkeep are done.
 */
export function enact(G: PeninsulaState, effects: readonly Effect[], headline?: HeadlineInput): void {
  applyInto(G, effects, null);
  if (headline) addHeadline(G, headline);
}

/** How much each role's steps raised tension in a round: raises only, what a role lowered does not offset them. */
export type TensionRaised = Partial<Record<Role, number>>;

/** Adds how much one of `role`'s steps raised tension (from `before` to where it is now). */
export function noteRaise(G: PeninsulaState, raised: TensionRaised, role: Role, before: number): void {
  if (G.tracks.tension > before) raised[role] = (raised[role] ?? 0) + (G.tracks.tension - before);
}

/**
 * The role that raised tension most this round, or null if no role did (issue 15: the role whose escalation
 * tipped the war loses most). A tie goes to the later in the resolution order: its raise came last, and tipped it.
 */
function mostRaised(raised: TensionRaised): Role | null {
  let blamed: Role | null = null;
  for (const role of RESOLUTION_ORDER) {
    const by = raised[role] ?? 0;
    if (by > 0 && by >= (blamed === null ? 0 : (raised[blamed] ?? 0))) blamed = role;
  }
  return blamed;
}

/**
 * The brink (balance pass 4, docs/RULES.md): a round that ends with tension at the top of its track
 * puts the peninsula on the brink; a second round running that ends there is war. One warning
 * round, because with war at the first touch of 10 a table's fate was set by whoever escalated
 * first in the resolution order, and nobody could answer a crisis they saw coming (GAME.md's
 * "at once" rule measured: one careful seat among four random ones still saw war in 31-41% of games).
 * From the brink, a step back is tension at STEP_BACK_TO or less (balance pass 21): one point off the top is still war.
 * `cause` is the last headline of the round that pushed tension up, for the debrief; `raised`, how much
 * each role's orders and breaches pushed it up this round (the war's blame: War.blamed).
 */
export function judgeTheBrink(G: PeninsulaState, cause: Headline | null, raised: TensionRaised): void {
  if (G.flags.brink && G.tracks.tension > STEP_BACK_TO) {
    G.war = { round: G.round, cause: cause?.text ?? 'A second round on the brink: nobody stepped back', blamed: mostRaised(raised) };
    addHeadline(G, { kind: 'war', text: `War breaks out on the Korean peninsula after: ${G.war.cause}` });
    return;
  }
  if (G.tracks.tension < TRACK_MAX) {
    if (G.flags.brink) addHeadline(G, { kind: 'brink', text: 'The peninsula steps back from the brink' });
    G.flags.brink = false;
    return;
  }
  G.flags.brink = true;
  addHeadline(G, {
    kind: 'brink',
    text: `On the brink of war: tension is at its limit. Unless it falls to ${STEP_BACK_TO} or less this round, war breaks out`,
  });
}

export function nextId(G: PeninsulaState, prefix: string): string {
  G.nextId += 1;
  return `${prefix}${G.nextId}`;
}
