import type { PhaseTimers } from '../options';

/**
 * The teacher's kit, part one: what the lesson teaches and two plans to teach it in, each with
 * the timer preset the class creation form offers, so the plan and the clock agree.
 */

export interface LearningObjective {
  readonly id: string;
  readonly concept: string;
  /** What a student should be able to do after the lesson. */
  readonly objective: string;
  /** Where the game makes them meet it. */
  readonly inTheGame: string;
}

export const LEARNING_OBJECTIVES: readonly LearningObjective[] = [
  {
    id: 'commitment-problem',
    concept: 'The commitment problem',
    objective: 'Explain why two sides that would both gain from a deal may still fail to make or keep one.',
    inTheGame:
      'Each round you secretly choose to comply with or breach what you signed; whoever gives first (relief, a freeze) risks being cheated next round.',
  },
  {
    id: 'verification',
    concept: 'Verification',
    objective: 'Distinguish a promise that can be checked from one that cannot, and say what inspections change.',
    inTheGame: 'A dismantlement without inspectors can be breached unseen for a round; a joint statement of symbolic items can be broken at no cost.',
  },
  {
    id: 'third-party-enforcement',
    concept: 'Third-party enforcement',
    objective: 'Describe how an outside power can make a deal stick, or let it fail.',
    inTheGame: "Sanctions pressure is sanctions × China's enforcement ÷ 10: Beijing decides how much Washington's sanctions bite, and can act as guarantor.",
  },
  {
    id: 'abandonment-entrapment',
    concept: 'Alliance abandonment vs entrapment',
    objective: 'Explain why an ally can fear both being left out of a deal and being dragged into a war.',
    inTheGame:
      'South Korea and Japan score alliance trust and low tension: a US that suspends drills without asking, or one that shows force, costs them both ways.',
  },
  {
    id: 'audience-costs',
    concept: 'Audience costs',
    objective: 'Explain why public threats and promises are more credible, and harder to back away from.',
    inTheGame:
      'The US scores credibility and "a win to announce": a walk-out at a leaders\' summit raises tension and costs rapport, and a North Korean test under a moratorium Washington has celebrated costs US credibility.',
  },
  {
    id: 'two-level-game',
    concept: 'Two-level games',
    objective: 'Show how a negotiator is bound by what the home audience will accept.',
    inTheGame:
      'Each team writes a decision memo to its own "cabinet"; secret agendas and elections on the crisis cards pull a role away from the deal its partners want.',
  },
];

export interface LessonStep {
  /** Minutes from the start of the lesson. */
  readonly from: number;
  readonly to: number;
  readonly title: string;
  readonly detail: string;
}

export interface LessonPlan {
  readonly id: LessonPresetId;
  readonly title: string;
  readonly minutes: number;
  readonly rounds: number;
  /** Seconds per phase, as the class creation form sends them. */
  readonly timers: PhaseTimers;
  readonly steps: readonly LessonStep[];
}

export const LESSON_PRESET_IDS = ['lesson45', 'lesson90'] as const;
export type LessonPresetId = (typeof LESSON_PRESET_IDS)[number];

export const LESSON_PLANS: Readonly<Record<LessonPresetId, LessonPlan>> = {
  lesson45: {
    id: 'lesson45',
    title: 'One 45-minute lesson',
    minutes: 45,
    rounds: 4,
    timers: { crisis: 30, diplomacy: 180, orders: 90 },
    steps: [
      {
        from: 0,
        to: 5,
        title: 'Set the scene',
        detail: 'Project the timeline on the briefing page. Split the class into five teams; each team reads its quick role card (one page).',
      },
      {
        from: 5,
        to: 10,
        title: 'Join and learn',
        detail: 'Students join with the code and follow the guided first round on screen; project "How to play" for the class.',
      },
      {
        from: 10,
        to: 33,
        title: 'Play four rounds',
        detail: 'Three minutes of talks, ninety seconds of orders each round. Walk between teams; ask "what did you promise, and can they check it?"',
      },
      {
        from: 33,
        to: 43,
        title: 'Debrief',
        detail: "Open the debrief: the outcome, each table's path beside the three what-ifs and what really happened. Take one discussion question.",
      },
      { from: 43, to: 45, title: 'Exit ticket', detail: 'Each student answers one reflection prompt from their own game in two sentences.' },
    ],
  },
  lesson90: {
    id: 'lesson90',
    title: 'A 90-minute lesson (or two 45-minute periods)',
    minutes: 90,
    rounds: 6,
    timers: { crisis: 60, diplomacy: 240, orders: 120 },
    steps: [
      {
        from: 0,
        to: 10,
        title: 'The history',
        detail: 'Timeline from 1953 to 2020; read the Singapore joint statement together (four points, no verification). Ask what is missing.',
      },
      {
        from: 10,
        to: 20,
        title: 'Briefing in teams',
        detail: 'Teams read their briefing and quick card, agree two goals and one red line, and join the game; the guided round shows the screen.',
      },
      {
        from: 20,
        to: 70,
        title: 'Play six rounds',
        detail:
          'Four minutes of talks, two of orders. Each round every team writes a decision memo: why these orders. Pause once after round 3 to ask who trusts whom, and why.',
      },
      {
        from: 70,
        to: 82,
        title: 'Debrief',
        detail: 'Compare tables: paths, what-ifs and history; read two memos aloud beside the decisions they explain. Link each to a primary source.',
      },
      {
        from: 82,
        to: 90,
        title: 'Written reflection',
        detail: 'Students answer the reflection prompts drawn from their own decisions; assess with the rubric.',
      },
    ],
  },
};

export interface RubricRow {
  readonly criterion: string;
  /** Four levels: beginning, developing, secure, excellent. */
  readonly levels: readonly [string, string, string, string];
}

export const RUBRIC_LEVELS = ['Beginning', 'Developing', 'Secure', 'Excellent'] as const;

export const RUBRIC: readonly RubricRow[] = [
  {
    criterion: 'Understands the role',
    levels: [
      "Names the role's goals only vaguely.",
      "States the role's public objectives.",
      'Explains why the government wants them, with one historical example.',
      'Weighs objectives against each other and against the secret agenda, citing the record.',
    ],
  },
  {
    criterion: 'Negotiates and commits',
    levels: [
      'Makes or answers few proposals.',
      'Proposes deals that suit the own side only.',
      'Proposes deals the other side can accept and keeps or breaks commitments deliberately.',
      'Designs deals with verification or sequencing that make them self-enforcing.',
    ],
  },
  {
    criterion: 'Explains decisions (memos)',
    levels: [
      'Memos missing or restate the orders.',
      'Memos give a reason.',
      'Memos link orders to goals and to what others might do.',
      'Memos anticipate consequences and name the concept (commitment, verification, audience costs…).',
    ],
  },
  {
    criterion: 'Connects play to history',
    levels: [
      'No link to real events.',
      'Names a real event that looks similar.',
      "Compares the table's path with what really happened, using a primary source.",
      "Explains why the real outcome differed, using the lesson's concepts.",
    ],
  },
];
