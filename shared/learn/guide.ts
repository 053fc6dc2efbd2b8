import { ACTIONS_PER_ROUND } from '../data/actions';
import { AGENDA_POINTS } from '../data/agendas';
import { OBJECTIVES } from '../data/objectives';
import { RESOLUTION_ORDER, ROLE_NAMES, type Role } from '../roles';
import { STEP_BACK_TO } from '../tracks';

/**
 * The guided first round: six short steps, each anchored to a part of the real game screen
 * (`anchor` names a `data-guide` attribute there) and shown when the game reaches its moment.
 * Pure data: the client renders it and the browser test follows the same steps a newcomer does.
 */
export type GuideAnchor = 'board' | 'crisis' | 'act' | 'resolution';
export type GuideTab = 'act' | 'role';

/** What the screen must show for a step to appear; until then the guide waits. */
export type GuideMoment = 'any' | 'diplomacy' | 'orders' | 'afterResolution';

export interface GuideStep {
  readonly id: string;
  readonly title: string;
  readonly anchor: GuideAnchor;
  /** The tab of the seat's panels the step opens, if any. */
  readonly tab?: GuideTab;
  readonly moment: GuideMoment;
  /** What to do now, in one line: the browser test does exactly this. */
  readonly todo: string;
  readonly body: (role: Role) => string;
  /** Shown while the guide waits for this step's moment. */
  readonly waiting: string;
}

export const GUIDE_STEPS: readonly GuideStep[] = [
  {
    id: 'role',
    title: 'Your role and what you score',
    anchor: 'act',
    tab: 'role',
    moment: 'any',
    todo: 'Read your objectives and your secret agenda in the "Your role" tab, then press Next.',
    body: (role) =>
      `You are ${ROLE_NAMES[role]}. You score four objectives — ${OBJECTIVES[role].map((t) => t.label).join('; ')} — each 0 to 10 points at the end, plus ${AGENDA_POINTS} if your secret agenda is met. Only you can see the agenda.`,
    waiting: '',
  },
  {
    id: 'board',
    title: 'The board',
    anchor: 'board',
    moment: 'any',
    todo: 'Find Tension at the top of the tracks, then press Next.',
    body: () =>
      `Thirteen public tracks from 0 to 10: tension, North Korea's capability, sanctions, trust between allies… Your score is read from them. If tension ends a round at 10, the peninsula is on the brink: unless the next round brings it down to ${STEP_BACK_TO} or less, it is war and everyone loses.`,
    waiting: '',
  },
  {
    id: 'crisis',
    title: 'The crisis',
    anchor: 'crisis',
    // A card that asks this seat to choose puts the choice in the Act panel: open it, not the role card step 1 left open.
    tab: 'act',
    moment: 'any',
    todo: "Read this round's crisis card. If it asks you to choose, your options are in the Act panel. Then press Next.",
    body: () => 'Each round opens with a news card that moves the tracks. Some cards ask one role to choose how to answer before talks begin.',
    waiting: '',
  },
  {
    id: 'deal',
    title: 'Propose and answer a deal',
    anchor: 'act',
    tab: 'act',
    moment: 'diplomacy',
    todo: 'Invite a role, pick one thing you offer or ask for, and press "Send proposal". Answer anything sent to you with Accept or Reject. Then press "Leave the table for this round".',
    body: () =>
      'Diplomacy happens at once for everyone. A summit proposal names who is invited, where, what you offer and what you ask. When every invitee accepts, it becomes an agreement: a deal if anything in it can be checked, a joint statement if it is words only.',
    waiting: 'The next step begins with the diplomacy phase.',
  },
  {
    id: 'orders',
    title: 'Choose orders; keep or break a commitment',
    anchor: 'act',
    tab: 'act',
    moment: 'orders',
    todo: `Tick ${ACTIONS_PER_ROUND} actions, choose Comply or Breach for any commitment you have, write a one-line memo if you like, and press "Seal my orders".`,
    body: () =>
      `Orders are secret until everyone has sealed theirs. A deal binds you for some rounds: complying forbids the orders that would break it; breaching frees you, but an exposed breach costs trust and credibility. They resolve in this order: ${RESOLUTION_ORDER.map((r) => ROLE_NAMES[r]).join(', ')}.`,
    waiting: 'The next step begins when the orders phase does.',
  },
  {
    id: 'resolution',
    title: 'Read the resolution',
    anchor: 'resolution',
    moment: 'afterResolution',
    todo: 'Read what each role ordered and what it led to, then press Finish.',
    body: () =>
      'All orders are revealed in the order they were applied, broken promises come to light, and upkeep runs (sanctions bite, rapport fades, an arms race adds tension). The ticker and the News tab keep every headline.',
    waiting: 'The last step begins when the round has been resolved.',
  },
];

export interface GuideSituation {
  phase: string | null;
  /** The round now, and the round the guide began in. */
  round: number;
  startRound: number;
  over: boolean;
}

export function momentReached(moment: GuideMoment, s: GuideSituation): boolean {
  switch (moment) {
    case 'any':
      return true;
    case 'diplomacy':
    case 'orders':
      return !s.over && s.round === s.startRound && s.phase === moment;
    case 'afterResolution':
      return s.over || s.round > s.startRound;
  }
}

/**
 * The step to show: the current one if its moment has come; else the first later one whose moment
 * has (a timer may have moved the game on); else null, and the guide waits.
 */
export function stepToShow(current: number, s: GuideSituation): number | null {
  for (let i = current; i < GUIDE_STEPS.length; i++) {
    if (momentReached(GUIDE_STEPS[i]!.moment, s)) return i;
  }
  return null;
}
