import { EVENTS, type EventId } from './data/events';
import type { PeninsulaState } from './state';

/**
 * Puts an event card on top of the undrawn deck, so the next crisis draws it (a teacher's
 * "inject"). The ruleset still does the drawing. A copy already in the deck moves to the top
 * instead of being duplicated, so applying it twice to the same state changes nothing.
 * Needs the full state (the deck is secret); returns false when there is no deck to stack.
 */
export function stackEvent(G: PeninsulaState, eventId: EventId): boolean {
  if (!Object.hasOwn(EVENTS, eventId)) throw new Error(`Unknown event ${eventId}`);
  const secret = G.secret;
  if (secret === null) return false;
  if (secret.deck[0] === eventId) return true;
  const at = secret.deck.indexOf(eventId);
  if (at >= 0) secret.deck.splice(at, 1);
  secret.deck.unshift(eventId);
  G.deckSize = secret.deck.length;
  return true;
}
