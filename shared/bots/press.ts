import { CONCESSIONS, concessionsOf, type ConcessionId } from '../data/concessions';
import { venueHostedBy, VENUES, type VenueId } from '../data/venues';
import type { Personality } from '../options';
import type { Phase } from '../phases';
import type { PressMessage } from '../press';
import { playerOfRole, ROLE_NAMES, type Role } from '../roles';
import { checkPropose, type CounterInput, type ProposalInput } from '../rules/summits';
import type { PeninsulaState, Proposal } from '../state';
import { answerTo } from './answer';
import { packageGain, PARTNER_MODEL } from './packageScore';
import { traitsFor, type BotTraits } from './personalities';

/**
 * What a bot answers when a person writes to it. Bots do not read prose; they read the
 * concessions a message names and the proposals on the table, and answer with what they would
 * accept, judged by the same value function and thresholds the bot uses to answer a summit
 * (shared/bots/index.ts answerProposals). So a reply is a promise the bot keeps: "propose X for
 * Y and we accept" means its move will be to accept. Pure and deterministic.
 */

/** How each personality phrases the same judgement. */
const VOICE: Readonly<Record<Personality, { greet: string; yes: string; no: string; offer: string; nothing: string; away: string }>> = {
  hawk: {
    greet: 'Before the talks, our position.',
    yes: 'Acceptable.',
    no: 'Not enough.',
    offer: 'Our terms:',
    nothing: 'We see nothing to discuss on these terms.',
    away: 'We have left the table this round.',
  },
  dove: {
    greet: 'Friends, before the talks begin, a hand held out.',
    yes: 'Gladly.',
    no: 'We want an agreement, but not this one.',
    offer: 'Let us find common ground:',
    nothing: 'We would like to help, but see no package that works for us yet.',
    away: 'We have left the table this round; write to us next round.',
  },
  dealmaker: {
    greet: 'Let us make a deal this round.',
    yes: 'Great deal.',
    no: 'Close, but no deal.',
    offer: 'Here is a deal:',
    nothing: 'No deal today, but let us keep talking.',
    away: 'We are done for this round; next round, big things.',
  },
  opportunist: {
    greet: 'A word before the others make their offers.',
    yes: 'Fine by us.',
    no: 'What is in it for us?',
    offer: 'Make it worth our while:',
    nothing: 'You have nothing we want right now.',
    away: 'We have left the table this round.',
  },
};

/** The value a package brings the bot if it were agreed: the very function answerProposals uses. */
const packageValue = packageGain;

function asProposal(G: PeninsulaState, from: Role, input: ProposalInput): Proposal {
  return { id: 'draft', round: G.round, from, answers: {}, status: 'open', ...input };
}

function list(items: readonly ConcessionId[]): string {
  const labels = items.map((i) => `“${CONCESSIONS[i].label}”`);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** The concessions of `role` that the text names, by label or by id. */
export function mentionedConcessions(text: string, role: Role): ConcessionId[] {
  const lower = text.toLowerCase();
  return concessionsOf(role).filter((id) => lower.includes(CONCESSIONS[id].label.toLowerCase()) || lower.includes(id.toLowerCase()));
}

/** A venue for a summit between the two: the sender's, the bot's, else neutral ground (as the bots pick). */
function venueFor(G: PeninsulaState, sender: Role, bot: Role, offers: readonly ConcessionId[], asks: readonly ConcessionId[]): VenueId | null {
  const order = [venueHostedBy(bot), venueHostedBy(sender), 'singapore' as VenueId, 'hanoi' as VenueId];
  return order.find((v): v is VenueId => v !== undefined && checkPropose(G, sender, { to: [bot], venue: v, offers, asks }) === null) ?? null;
}

interface Judged {
  input: ProposalInput;
  value: number;
}

/** The package "sender offers `offers`, asks the bot for `asks`", if it can be proposed, with its value to the bot. */
function judge(G: PeninsulaState, sender: Role, bot: Role, traits: BotTraits, offers: ConcessionId[], asks: ConcessionId[]): Judged | null {
  const venue = venueFor(G, sender, bot, offers, asks);
  if (venue === null) return null;
  const input: ProposalInput = { to: [bot], venue, offers, asks };
  return { input, value: packageValue(G, bot, traits, asProposal(G, sender, input)) };
}

/** Among one-item additions to what the sender offers, the one that makes the package acceptable and costs the sender least. */
function sweetener(G: PeninsulaState, sender: Role, bot: Role, traits: BotTraits, offers: ConcessionId[], asks: ConcessionId[]): Judged | null {
  const options = concessionsOf(sender)
    .filter((c) => !offers.includes(c))
    .map((c) => judge(G, sender, bot, traits, [...offers, c], asks))
    .filter((j): j is Judged => j !== null && j.value >= traits.acceptThreshold);
  return options.sort((a, b) => a.value - b.value)[0] ?? null;
}

/**
 * The one-for-one trade to suggest among those the bot would accept: good for the bot and, as far
 * as it can tell, for the sender (the same weighing the bot uses when it proposes).
 */
function bestTrade(G: PeninsulaState, sender: Role, bot: Role, traits: BotTraits): Judged | null {
  let best: { judged: Judged; score: number } | null = null;
  for (const ask of concessionsOf(bot)) {
    for (const offer of concessionsOf(sender)) {
      const j = judge(G, sender, bot, traits, [offer], [ask]);
      if (!j || j.value < traits.acceptThreshold) continue;
      const score = j.value + packageValue(G, sender, PARTNER_MODEL, asProposal(G, sender, j.input)) / 2;
      if (!best || score > best.score) best = { judged: j, score };
    }
  }
  return best?.judged ?? null;
}

/** What the bot means to say; `botReply` puts it in words. `package` is a proposal the sender can make and the bot will accept. */
export type BotStance =
  | { kind: 'away' | 'senderAway' | 'nothing' | 'cannotTable' }
  | { kind: 'willAccept' | 'willReject'; proposalId: string; venue: VenueId }
  /** `counter`: the counter-proposal the bot will make, written as the sender's side of it (what the sender gives is `offers`). */
  | { kind: 'willCounter'; proposalId: string; counter: ProposalInput }
  | { kind: 'acceptNamed' | 'offer' | 'wish'; package: ProposalInput }
  | { kind: 'sweeten'; package: ProposalInput; added: ConcessionId[] };

/**
 * The bot's stance on a message a person sent it, or null when the bot stays silent
 * (public statements, its own messages, messages not addressed to it, a finished game).
 * `view` is the bot seat's own playerView.
 */
export function botStance(
  view: PeninsulaState,
  botRole: Role,
  incoming: Pick<PressMessage, 'from' | 'to' | 'text'>,
  personality: Personality,
): BotStance | null {
  const sender = incoming.from;
  if (incoming.to === 'all' || sender === botRole || !incoming.to.includes(botRole)) return null;
  if (view.finished || view.war !== null) return null;
  const traits = traitsFor(personality, botRole);
  if (view.done[botRole]) return { kind: 'away' };
  if (view.done[sender]) return { kind: 'senderAway' };

  // A proposal of the sender's waiting for our answer: say what we will answer.
  const pending = view.proposals.find((p) => p.status === 'open' && p.from === sender && p.to.includes(botRole) && p.answers[botRole] === undefined);
  if (pending) {
    // The very answer the bot's move will give (shared/bots/answer.ts): accept, counter, or turn it down (a walk-out included).
    const answer = answerTo(view, playerOfRole(botRole), botRole, traits, pending);
    if (answer.move === 'counter') {
      const { offers, asks } = answer.args[0] as CounterInput;
      return { kind: 'willCounter', proposalId: pending.id, counter: { to: [sender], venue: pending.venue, offers: asks, asks: offers } };
    }
    const accept = answer.move === 'respond' && (answer.args[0] as { answer: string }).answer === 'accepted';
    return { kind: accept ? 'willAccept' : 'willReject', proposalId: pending.id, venue: pending.venue };
  }

  // The message names concessions: judge that package, and if it falls short say what would tip it.
  const offers = mentionedConcessions(incoming.text, sender);
  const asks = mentionedConcessions(incoming.text, botRole);
  if (offers.length + asks.length > 0) {
    const named = judge(view, sender, botRole, traits, offers, asks);
    if (named && named.value >= traits.acceptThreshold) return { kind: 'acceptNamed', package: named.input };
    const better = sweetener(view, sender, botRole, traits, offers, asks);
    if (better) return { kind: 'sweeten', package: better.input, added: better.input.offers.filter((o) => !offers.includes(o)) };
    if (!named) return { kind: 'cannotTable' };
  }

  return ownOffer(view, sender, botRole, traits);
}

/** The trade the bot likes best with `sender`; failing that, what it would take from the sender alone; failing that, nothing. */
function ownOffer(view: PeninsulaState, sender: Role, botRole: Role, traits: BotTraits): BotStance {
  const trade = bestTrade(view, sender, botRole, traits);
  if (trade) return { kind: 'offer', package: trade.input };
  const wish = sweetener(view, sender, botRole, traits, [], []);
  return wish ? { kind: 'wish', package: wish.input } : { kind: 'nothing' };
}

function describe(input: ProposalInput): string {
  const { offers, asks, venue } = input;
  const take = asks.length > 0 ? `we give ${list(asks)}` : 'we give nothing';
  const give = offers.length > 0 ? `you give ${list(offers)}` : 'you give nothing';
  return `${take}, ${give}, summit in ${VENUES[venue].label}`;
}

/**
 * A short reply from `botRole` to a message a person sent it, or null when it stays silent.
 * `phase` (ctx.phase) tells it whether talks are open now or the offer is for the next round.
 */
export function botReply(
  view: PeninsulaState,
  botRole: Role,
  incoming: Pick<PressMessage, 'from' | 'to' | 'text'>,
  personality: Personality,
  phase?: Phase | null,
): string | null {
  const stance = botStance(view, botRole, incoming, personality);
  if (stance === null) return null;
  const voice = VOICE[personality];
  const later = phase && phase !== 'diplomacy' ? 'At the next talks: ' : '';
  switch (stance.kind) {
    case 'away':
      return voice.away;
    case 'senderAway':
      return `You have left the table this round, ${ROLE_NAMES[incoming.from]}; we can talk next round.`;
    case 'nothing':
      return voice.nothing;
    case 'cannotTable':
      return `${later}${voice.no} That package cannot be put on the table as it stands.`;
    case 'willAccept':
      return `${voice.yes} We will accept your proposal for ${VENUES[stance.venue].label}.`;
    case 'willCounter':
      return `${voice.no} We will counter your proposal: ${describe(stance.counter)}.`;
    case 'willReject':
      return `${voice.no} We will turn down your proposal for ${VENUES[stance.venue].label}.`;
    case 'acceptNamed':
      return `${later}${voice.yes} Propose it: ${describe(stance.package)}. We accept.`;
    case 'sweeten':
      return `${later}${voice.no} Add ${list(stance.added)} and we accept: ${describe(stance.package)}.`;
    case 'offer':
      return `${later}${voice.offer} ${describe(stance.package)}. Propose it and we accept.`;
    case 'wish':
      return `${later}${voice.nothing} We would sign for ${list(stance.package.offers)} from you, in ${VENUES[stance.package.venue].label}.`;
  }
}

/**
 * The message a bot writes first to a person at the start of a round's talks (`text`, naming `package`), or null. It names a
 * package the person can propose and the bot will accept (the judgement of botReply's offer: a promise
 * the bot keeps), at most once a round to each person (none once the bot has written to them this
 * round, a reply included), none when it has nothing to offer, when either has left the table, or when
 * the person's own proposal already waits for the bot's answer. Bots never open to bots: the caller
 * passes only seats people play. `sent`: the match's press log (only this round's messages are read).
 */
export function botOpening(
  view: PeninsulaState,
  botRole: Role,
  person: Role,
  personality: Personality,
  sent: readonly Pick<PressMessage, 'from' | 'to' | 'round'>[],
  phase: Phase | null,
): { text: string; package: ProposalInput } | null {
  if (phase !== 'diplomacy' || person === botRole || view.finished || view.war !== null || view.done[botRole] || view.done[person]) return null;
  if (sent.some((m) => m.round === view.round && m.from === botRole && m.to !== 'all' && m.to.includes(person))) return null;
  if (view.proposals.some((p) => p.status === 'open' && p.from === person && p.to.includes(botRole))) return null;
  const stance = ownOffer(view, person, botRole, traitsFor(personality, botRole));
  if (stance.kind !== 'offer' && stance.kind !== 'wish') return null;
  const voice = VOICE[personality];
  const terms =
    stance.kind === 'offer'
      ? `${voice.offer} ${describe(stance.package)}`
      : `We would sign for ${list(stance.package.offers)} from you, in ${VENUES[stance.package.venue].label}`;
  return { text: `${voice.greet} ${terms}. Propose it and we accept.`, package: stance.package };
}
