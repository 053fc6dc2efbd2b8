import { isPlainText } from './plainText';
import { isRole, ROLE_NAMES, ROLES, type Role } from './roles';

/**
 * Diplomatic press: messages between roles. Pure rules only, shared by the server (which
 * enforces them), the client (which shows the same errors before sending) and the bots.
 *
 * Press lives beside the game, not in G: boardgame.io sends G (through playerView) and its log
 * to every seat, and only active players may make moves, so a message kept in G would be one
 * playerView bug away from the wrong seat. Here the one rule of who sees what is `visibleTo`.
 */

/** One role, several (a group), or everyone: a public statement that also reaches spectators. */
export type Recipients = Role[] | 'all';

export interface PressMessage {
  id: string;
  matchID: string;
  /** The game round it was sent in (G.round). */
  round: number;
  from: Role;
  /** Roles in ROLES order, never including the sender; or 'all'. */
  to: Recipients;
  text: string;
  /** Milliseconds since the epoch, from the server's clock. */
  sentAt: number;
}

export const PRESS_LIMITS = {
  /** Characters (Unicode code points) in one message. */
  maxLength: 500,
  /** At most `burstCount` messages in any `burstWindowMs`… */
  burstCount: 5,
  burstWindowMs: 10_000,
  /** …and at most `perRound` messages in one round, per seat. */
  perRound: 60,
} as const;

export type PressProblem = 'EMPTY' | 'TOO_LONG' | 'CONTROL_CHARACTERS' | 'BAD_RECIPIENTS' | 'SELF' | 'NOT_TEXT' | 'RATE_BURST' | 'RATE_ROUND';

export type Validated = { ok: true; to: Recipients; text: string } | { ok: false; code: PressProblem; reason: string };

/** Length as a person counts it: an emoji is one character, not two UTF-16 units. */
export function messageLength(text: string): number {
  return [...text].length;
}

/** What the sender typed, as it will be stored: Windows newlines become \n, pasted tabs spaces, outer whitespace trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').trim();
}

function fail(code: PressProblem, reason: string): Validated {
  return { ok: false, code, reason };
}

/**
 * Checks a message a role wants to send. Returns the recipients in ROLES order without repeats
 * and the normalised text, or a reason a person can act on.
 */
export function validateMessage(from: Role, to: unknown, text: unknown): Validated {
  if (typeof text !== 'string') return fail('NOT_TEXT', 'The message must be text.');
  const clean = normaliseText(text);
  if (clean.length === 0) return fail('EMPTY', 'Write something before sending.');
  const length = messageLength(clean);
  if (length > PRESS_LIMITS.maxLength) return fail('TOO_LONG', `A message holds at most ${PRESS_LIMITS.maxLength} characters; this one has ${length}.`);
  // normaliseText has already turned tabs and carriage returns into spaces and line feeds.
  if (!isPlainText(clean, 'prose'))
    return fail('CONTROL_CHARACTERS', 'The message contains control characters; only letters, punctuation and line breaks are allowed.');
  if (to === 'all') return { ok: true, to: 'all', text: clean };
  if (!Array.isArray(to) || to.length === 0) return fail('BAD_RECIPIENTS', `Send to "all" or to a list of roles from: ${ROLES.join(', ')}.`);
  const unknown = to.find((r) => !isRole(r));
  if (unknown !== undefined) return fail('BAD_RECIPIENTS', `"${String(unknown)}" is not a role. Roles: ${ROLES.join(', ')}.`);
  if (to.includes(from)) return fail('SELF', 'You cannot send a message to yourself.');
  return { ok: true, to: ROLES.filter((r) => to.includes(r)), text: clean };
}

/**
 * The one rule of who may see a message. A spectator or projector (role null) sees only public
 * statements; a role sees what it sent and what was addressed to it.
 */
export function visibleTo(message: Pick<PressMessage, 'from' | 'to'>, role: Role | null): boolean {
  if (message.to === 'all') return true;
  if (role === null) return false;
  return message.from === role || message.to.includes(role);
}

export function visibleMessages<M extends Pick<PressMessage, 'from' | 'to'>>(messages: readonly M[], role: Role | null): M[] {
  return messages.filter((m) => visibleTo(m, role));
}

export interface RateRefusal {
  code: 'RATE_BURST' | 'RATE_ROUND';
  reason: string;
  /** When the sender may try again; 0 when only the next round helps. */
  retryAfterMs: number;
}

/**
 * The rate limit for one seat, over the messages it has already sent (any order).
 * Returns null when it may send at `now` in `round`.
 */
export function checkRate(sent: readonly Pick<PressMessage, 'sentAt' | 'round'>[], now: number, round: number): RateRefusal | null {
  if (sent.filter((m) => m.round === round).length >= PRESS_LIMITS.perRound) {
    return { code: 'RATE_ROUND', reason: `You have sent ${PRESS_LIMITS.perRound} messages this round; you can write again next round.`, retryAfterMs: 0 };
  }
  const recent = sent
    .map((m) => m.sentAt)
    .filter((t) => t > now - PRESS_LIMITS.burstWindowMs)
    .sort((a, b) => a - b);
  if (recent.length >= PRESS_LIMITS.burstCount) {
    const oldest = recent[recent.length - PRESS_LIMITS.burstCount] ?? now;
    const retryAfterMs = Math.max(1, oldest + PRESS_LIMITS.burstWindowMs - now);
    return {
      code: 'RATE_BURST',
      reason: `Slow down: at most ${PRESS_LIMITS.burstCount} messages in ${PRESS_LIMITS.burstWindowMs / 1000} seconds. Try again in ${Math.ceil(retryAfterMs / 1000)} s.`,
      retryAfterMs,
    };
  }
  return null;
}

/** A conversation as one seat sees it: 'all' for public statements, otherwise the other participants. */
export type ConversationKey = 'all' | string;

/**
 * Which conversation a message belongs to for `me`: the set of the other participants, in ROLES
 * order, joined with '+' ("DPRK", "DPRK+ROK"). A group message and its replies to the same group
 * land in one conversation whoever sends them.
 */
export function conversationKey(message: Pick<PressMessage, 'from' | 'to'>, me: Role): ConversationKey {
  if (message.to === 'all') return 'all';
  const participants = new Set<Role>([message.from, ...message.to]);
  participants.delete(me);
  return ROLES.filter((r) => participants.has(r)).join('+');
}

/** The roles of a conversation key ('all' → every other role). */
export function counterparts(key: ConversationKey, me: Role): Role[] {
  if (key === 'all') return ROLES.filter((r) => r !== me);
  return key.split('+').filter(isRole);
}

export function conversationLabel(key: ConversationKey, me: Role): string {
  if (key === 'all') return 'Everyone';
  return counterparts(key, me)
    .map((r) => ROLE_NAMES[r])
    .join(', ');
}

export interface Conversation {
  key: ConversationKey;
  messages: PressMessage[];
}

/** The seat's conversations: 'Everyone' first, then one per counterpart set, most recent first. */
export function conversations(messages: readonly PressMessage[], me: Role): Conversation[] {
  const byKey = new Map<ConversationKey, PressMessage[]>([['all', []]]);
  for (const m of visibleMessages(messages, me)) {
    const key = conversationKey(m, me);
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const latest = (c: Conversation) => c.messages[c.messages.length - 1]?.sentAt ?? 0;
  const rest = [...byKey].filter(([k]) => k !== 'all').map(([key, ms]) => ({ key, messages: ms }));
  rest.sort((a, b) => latest(b) - latest(a) || a.key.localeCompare(b.key));
  return [{ key: 'all', messages: byKey.get('all') ?? [] }, ...rest];
}

/** How many messages of each conversation the seat has read: messages only ever append. */
export type ReadMarks = Readonly<Record<ConversationKey, number>>;

/** Unread messages per conversation; one's own messages are never unread. */
export function unreadCounts(list: readonly Conversation[], me: Role, read: ReadMarks): Record<ConversationKey, number> {
  const out: Record<ConversationKey, number> = {};
  for (const c of list) out[c.key] = c.messages.slice(read[c.key] ?? 0).filter((m) => m.from !== me).length;
  return out;
}

/** Public statements as lines for the news ticker. */
export function publicStatements(messages: readonly PressMessage[]): { round: number; kind: 'statement'; text: string; roles: Role[]; id: string }[] {
  return messages
    .filter((m) => m.to === 'all')
    .map((m) => ({ id: m.id, round: m.round, kind: 'statement', text: `${ROLE_NAMES[m.from]}: “${m.text}”`, roles: [m.from] }));
}

/** Told to every student when a classroom match starts (the teacher reads all press in the debrief). */
export const CLASSROOM_PRESS_NOTICE = 'Classroom match: your teacher can read every message, private ones included, in the debrief.';

/** The debrief's press log: everything for the teacher of a classroom match, otherwise what the seat could see. */
export function debriefPress(messages: readonly PressMessage[], viewer: { teacher: true } | { role: Role | null }): PressMessage[] {
  return 'teacher' in viewer ? [...messages] : visibleMessages(messages, viewer.role);
}
