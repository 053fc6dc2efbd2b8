import { ACTIONS } from '../data/actions';
import { CONCESSIONS } from '../data/concessions';
import { VENUES } from '../data/venues';
import { ROLE_NAMES, type Role } from '../roles';
import type { PeninsulaState, RoundRecord } from '../state';

/**
 * Reflection prompts drawn from a student's own decisions: a promise they broke, a deal they
 * refused, and the round tension peaked, with what they ordered and wrote then. Pure.
 */
export interface ReflectionPrompt {
  id: 'breach' | 'refusal' | 'peak' | 'kept';
  /** What happened, from the record. */
  context: string;
  question: string;
}

function breachPrompt(G: PeninsulaState, role: Role): ReflectionPrompt | null {
  const broken = G.commitments.find((c) => c.role === role && c.status === 'breached');
  if (!broken) return null;
  const exposed = G.breaches.find((b) => b.commitmentId === broken.id);
  const label = CONCESSIONS[broken.concession].label;
  return {
    id: 'breach',
    context: `You breached "${label}"${exposed ? ` in round ${exposed.round}; it came to light in round ${exposed.exposedInRound}` : ''}.`,
    question:
      'What did breaking it gain you, and what did it cost in trust? Could the others have made keeping it worth more to you (verification, a guarantor, sequencing)?',
  };
}

function refusalPrompt(G: PeninsulaState, role: Role): ReflectionPrompt | null {
  const round = G.history.find((r) => r.refusals?.some((x) => x.by === role));
  const refused = round?.refusals?.find((x) => x.by === role);
  if (!round || !refused) return null;
  const offers = refused.offers.map((i) => CONCESSIONS[i].label).join(', ') || 'nothing';
  const asks = refused.asks.map((i) => CONCESSIONS[i].label).join(', ') || 'nothing';
  return {
    id: 'refusal',
    context: `In round ${round.round} you refused ${ROLE_NAMES[refused.from]}'s proposal in ${VENUES[refused.venue].label}: they offered ${offers} and asked for ${asks}.`,
    question: 'Why did you say no — the terms, who would move first, or whether it could be checked? What would have made you accept?',
  };
}

function peakPrompt(G: PeninsulaState, role: Role): ReflectionPrompt | null {
  // The round that ended with the highest tension (the first, if several tie).
  const record = G.history.reduce<RoundRecord | null>((best, r) => (best === null || r.tracks.tension > best.tracks.tension ? r : best), null);
  if (!record) return null;
  const peak = { round: record.round, tension: record.tracks.tension };
  const orders = (record.orders[role] ?? []).map((a) => ACTIONS[a].label).join(' and ') || 'no orders';
  const memo = record.memos?.[role];
  return {
    id: 'peak',
    context: `Tension peaked at ${peak.tension} in round ${peak.round}. You ordered ${orders}${memo ? `, and wrote: "${memo}"` : ''}.`,
    question: 'Did you see the danger coming? Whose move could have stepped back, and why did nobody (or somebody) do it?',
  };
}

export function reflectionPrompts(G: PeninsulaState, role: Role): ReflectionPrompt[] {
  const prompts = [breachPrompt(G, role), refusalPrompt(G, role), peakPrompt(G, role)].filter((p): p is ReflectionPrompt => p !== null);
  if (!prompts.some((p) => p.id === 'breach')) {
    prompts.push({
      id: 'kept',
      context: 'You kept every commitment you were bound by (or made none).',
      question: 'Was keeping your word a strategy or a constraint? Did anyone at your table gain by breaking theirs?',
    });
  }
  return prompts;
}
