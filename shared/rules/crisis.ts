import { conditionHolds } from '../effects';
import { EVENTS } from '../data/events';
import { RUSSIA_ROUND_START } from '../data/russia';
import { reject, type Rejection } from '../rejection';
import { ROLES, type Role } from '../roles';
import type { PeninsulaState } from '../state';
import { FLAG_INFO, FLAGS } from '../tracks';
import { enact } from './record';

/** Starts a round: round-scoped flags reset, seats reset, and the next event card is drawn. */
export function beginRound(G: PeninsulaState): void {
  G.round += 1;
  for (const flag of FLAGS) if (FLAG_INFO[flag].roundScoped) G.flags[flag] = false;
  for (const role of ROLES) {
    G.done[role] = false;
    G.submitted[role] = false;
    const slice = G.private[role];
    if (slice) slice.orders = null;
  }
  G.proposals = [];
  G.roundStart = { ...G.tracks };
  // Standing rules that hold a state for the round (Russia's veto): on the board before anyone moves.
  for (const rule of RUSSIA_ROUND_START) {
    if (rule.when.every((c) => conditionHolds(G, c))) enact(G, rule.effects, rule.headline === null ? undefined : { kind: 'event', text: rule.headline });
  }
  const event = G.secret?.deck.shift();
  if (event === undefined) throw new Error('The event deck ran out: scenarios must hold more cards than rounds');
  G.deckSize = G.secret?.deck.length ?? 0;
  const card = EVENTS[event];
  G.crisis = { event, pendingChoice: card.choice?.role ?? null, chosen: null };
  enact(G, card.effects, { kind: 'event', text: `${card.title}: ${card.text}` });
}

export function checkCrisisChoice(G: PeninsulaState, role: Role | undefined, input: unknown): Rejection | null {
  if (role === undefined) return reject('NOT_A_PLAYER', 'Spectators cannot choose.');
  if (G.crisis.pendingChoice !== role) return reject('NOT_YOUR_CHOICE', 'This choice is not yours to make.');
  const choice = G.crisis.event ? EVENTS[G.crisis.event].choice : undefined;
  const option = (input as { option?: unknown } | null)?.option;
  if (!choice || !choice.options.some((o) => o.id === option)) {
    return reject('UNKNOWN_OPTION', `Choose one of: ${choice?.options.map((o) => o.id).join(', ') ?? 'nothing'}.`);
  }
  return null;
}

export function chooseCrisisOption(G: PeninsulaState, optionId: string): void {
  const card = G.crisis.event ? EVENTS[G.crisis.event] : undefined;
  const option = card?.choice?.options.find((o) => o.id === optionId);
  if (!card?.choice || !option) throw new Error(`No pending choice ${optionId}`);
  G.crisis.pendingChoice = null;
  G.crisis.chosen = option.id;
  enact(G, option.effects, { kind: 'event', text: `${card.title}: ${option.label}`, roles: [card.choice.role] });
}
