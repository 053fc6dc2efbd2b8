import { ACTION_IDS, ACTIONS, ACTIONS_PER_ROUND } from '../../shared/data/actions';
import { AGENDA_IDS, AGENDA_POINTS_TEXT, AGENDAS } from '../../shared/data/agendas';
import { CONCESSION_IDS, CONCESSIONS, EXPOSED_BREACH_EFFECTS, FOR_THE_REST_OF_THE_GAME } from '../../shared/data/concessions';
import { EVENT_IDS, EVENTS, type DeckPoolId } from '../../shared/data/events';
import { HISTORY_ROUNDS } from '../../shared/data/history';
import { RUSSIA_ROUND_START, RUSSIA_UPKEEP } from '../../shared/data/russia';
import { OBJECTIVES } from '../../shared/data/objectives';
import { measureText } from '../../shared/learn/roleCards';
import { OUTCOME_IDS, OUTCOMES, WAR_BLAME_POINTS } from '../../shared/data/outcomes';
import { isScripted, MAX_ROUNDS, MIN_ROUNDS, MONTHS_PER_ROUND, SCENARIO_IDS, SCENARIOS, type ScenarioDef } from '../../shared/data/scenarios';
import { VENUE_IDS, VENUES } from '../../shared/data/venues';
import { describeEffects } from '../../shared/effects';
import { DEFAULT_TIMERS } from '../../shared/options';
import { RESOLUTION_ORDER, ROLE_NAMES, ROLES } from '../../shared/roles';
import {
  AGREEMENT_EFFECTS,
  BAD_DEAL_WALK_OUT_CREDIT,
  WITHOUT_SEOUL_EFFECTS,
  LEADER_SUMMIT_EFFECTS,
  LEADER_WALK_OUT_EFFECTS,
  MAX_AGREEMENTS_PER_ROLE_PER_ROUND,
  MAX_ITEMS_PER_PACKAGE,
  MAX_PROPOSALS_PER_ROUND,
  MIN_RAPPORT_FOR_DIRECT_SUMMIT,
  WALK_OUT_EFFECTS,
} from '../../shared/rules/summitRules';
import {
  ALLIANCE_FATIGUE_FROM,
  ARMED_REGION,
  ARMS_RACE_BUILD_UP,
  armsRaceThreshold,
  CAPABILITY_GROWTH_EVERY,
  DESPERATE_ECONOMY,
  ECONOMY_RESILIENCE,
  HIGH_RAPPORT,
  SWING_LIMITS,
  TEST_TENSION_FLOOR,
} from '../../shared/rules/upkeep';
import { MEMO_MAX_LENGTH } from '../../shared/rules/orders';
import { FLAG_INFO, FLAGS, STEP_BACK_TO, TRACK_INFO, TRACK_MAX, TRACKS, type TrackId } from '../../shared/tracks';

/**
 * docs/RULES.md, built from the tables so that the numbers players read are the numbers the
 * game uses. `npm run docs:rules` writes it; a test fails when the file and the tables differ.
 * It is for players only: why a number was tuned, and how the bots fared, is in docs/BALANCE.md.
 */
const cell = (text: string) => text.replace(/\|/g, '\\|');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

const POOL_NAMES: Readonly<Record<DeckPoolId, string>> = {
  summitYears: "the summit years' deck (2018–2020)",
  present: 'the present-day deck (the cards of any year, and those of 2024 on)',
};

function deckText(s: ScenarioDef): string {
  if (isScripted(s.deck))
    return `history's own order, one card a round: ${s.deck.script.map((e, i) => `${i + 1}. ${EVENTS[e].title} (${HISTORY_ROUNDS[i]?.season ?? ''})`).join('; ')}`;
  const tweaks = [
    s.deck.exclude.length ? `never draws ${s.deck.exclude.map((e) => EVENTS[e].title).join(', ')}` : '',
    s.deck.extra.length ? `draws ${s.deck.extra.map((e) => EVENTS[e].title).join(', ')} twice${s.deck.extra.length > 1 ? ' each' : ''}` : '',
  ].filter(Boolean);
  return [POOL_NAMES[s.deck.pool], ...tweaks].join('; ');
}

function duration(rounds: number): string {
  if (rounds === 0) return 'at once';
  return rounds >= FOR_THE_REST_OF_THE_GAME ? 'rest of the game' : `${rounds} rounds`;
}

const VERIFICATION_TEXT = {
  open: 'open: a breach is seen at once',
  inspections: 'needs inspectors: unseen for a round without them',
  symbolic: 'symbolic: a breach just lapses',
} as const;

export function renderRulesMarkdown(): string {
  const sections: string[] = [];
  sections.push(`# Peninsula — the rules

<!-- Generated from the data tables in shared/ by \`npm run docs:rules\`. Do not edit by hand: a test checks it. -->

Peninsula is a negotiation and crisis game about nuclear diplomacy on the Korean peninsula, for 1 to 5 people: bots take every empty seat. It draws on the 2018–2019 summits (Singapore, Hanoi, the DMZ), leaders' personal letters, sanctions and China's enforcement of them, the test moratorium and its end, and the alliances with Seoul and Tokyo. Its central question: can talks become verified steps, or do they normalise a nuclear-armed North Korea?

A game lasts ${SCENARIOS.singapore2018.defaultRounds} rounds by default (a match may set ${MIN_ROUNDS} to ${MAX_ROUNDS}). Each round has four steps: **crisis**, **diplomacy**, **orders** and **resolution**. The game ends after the last round — or in **war**, and everyone loses, when a round ends with tension at 10 and the next does not bring it down to ${STEP_BACK_TO} or less: the first puts the peninsula **on the brink**, a warning to every player.`);

  sections.push(
    `## The roles\n\nEach role scores its public objectives at the end, each worth 0 to 10 points, plus ${AGENDA_POINTS_TEXT} if its secret agenda is met, plus a bonus or penalty for the outcome.\n\n${ROLES.map(
      (r) =>
        `**${ROLE_NAMES[r]}** (\`${r}\`)\n\n${table(
          ['Objective', 'Points'],
          OBJECTIVES[r].map((t) => [t.label, measureText(t.measure)]),
        )}`,
    ).join('\n\n')}`,
  );

  sections.push(
    `## The board\n\nThirteen public tracks, each a whole number from 0 to 10, and public flags.\n\n${table(
      ['Track', 'What it means'],
      TRACKS.map((t) => [TRACK_INFO[t].label, TRACK_INFO[t].explain]),
    )}\n\n${table(
      ['Flag', 'What it means'],
      FLAGS.map((f) => [FLAG_INFO[f].label, FLAG_INFO[f].explain]),
    )}`,
  );

  sections.push(`## A round

1. **Crisis.** An event card is drawn from the shuffled deck and applied. Some cards give one role a choice, made before anything else happens.
2. **Diplomacy.** Everyone acts at once. A role may propose a **summit** to one or more roles at a **venue**, with a package of **offers** (its own concessions) and **asks** (the invitees' concessions). Invitees accept, reject, or counter (a counter closes the original and puts a new package to everyone else at the table); anyone at the table who has not answered may walk out. When every invitee accepts, the package becomes an **agreement**. Press (private messages) passes between roles in this phase. The phase ends when everyone has said they are done, or when its timer runs out (default ${DEFAULT_TIMERS.diplomacy} seconds).
   - At most ${MAX_PROPOSALS_PER_ROUND} proposals per role per round; at most ${MAX_ITEMS_PER_PACKAGE} items in a package; the same package cannot be proposed twice in a round, nor put as a counter while it is still open; a leader signs at most ${MAX_AGREEMENTS_PER_ROLE_PER_ROUND} agreement a round (its other open packages then lapse).
   - A venue with a host needs its host at the table. Below rapport ${MIN_RAPPORT_FOR_DIRECT_SUMMIT}, the US and North Korean leaders meet only with China or South Korea at the table.
   - An agreement of symbolic items only is a **joint statement**: ${describeEffects(AGREEMENT_EFFECTS.jointStatement)}. An agreement with anything verifiable is a **deal**: ${describeEffects(AGREEMENT_EFFECTS.deal)}. Any agreement with both leaders at the table also gives ${describeEffects(LEADER_SUMMIT_EFFECTS)}. Each item's own effects apply, and so do the venue's.
   - A walk-out from a summit where both leaders (the United States and North Korea) sit: ${describeEffects([...WALK_OUT_EFFECTS, ...LEADER_WALK_OUT_EFFECTS])}. Walking out of any other talks changes no track; it is still in the news.
   - **No deal is better than a bad deal.** Walking out of a package that would have moved the board against your public objectives earns standing: ${ROLES.map((r) => `${ROLE_NAMES[r]} ${describeEffects(BAD_DEAL_WALK_OUT_CREDIT[r])}`).join('; ')}.
   - An agreement between the US and North Korean leaders without South Korea at the table: ${describeEffects(WITHOUT_SEOUL_EFFECTS)}.
3. **Orders.** Each role secretly picks ${ACTIONS_PER_ROUND} different actions and, for each commitment it is bound by, secretly chooses to **comply** or **breach**. Complying forbids the actions that would break the commitment. A role may add a short **decision memo** (up to ${MEMO_MAX_LENGTH} characters of plain text): why these orders; it stays secret with the orders and is revealed with them, for the debrief. Nobody sees anyone's orders until all are in (default timer ${DEFAULT_TIMERS.orders} seconds; a seat that does not act keeps its commitments and takes its two calmest actions).
4. **Resolution.** Orders are revealed and applied in this order: ${RESOLUTION_ORDER.map((r) => ROLE_NAMES[r]).join(', ')}. Breaches come to light (see below), then upkeep runs, and the round is told as headlines.
   - **The brink.** Last, the brink is judged. Tension at 10 puts the peninsula **on the brink**; if it was already on the brink when the round began and tension is above ${STEP_BACK_TO}, it is **war**: the game ends and everyone loses. The role whose orders raised tension most in that round (its breaches coming to light count too; what it calmed does not offset them) bears the blame: ${WAR_BLAME_POINTS} points off its score. Only tension at ${STEP_BACK_TO} or less steps back from the brink: one point off the top is not a step back. Only the end of the resolution counts: events, summits and orders may touch 10 on the way. A game whose last round ends on the brink for the first time ends there, without war.`);

  sections.push(`## Upkeep, at the end of every round

- **Sanctions pressure** = sanctions × China enforcement ÷ 10, rounded down. ${ECONOMY_RESILIENCE > 0 ? `The economy absorbs ${ECONOMY_RESILIENCE} of it; the rest` : 'It all'} comes off the DPRK economy.
${RUSSIA_UPKEEP.map((r) => `- **${r.name}:** ${r.rule}`).join('\n')}
- **Rapport decays** by 1 unless the leaders were in contact this round (a letter, a charm offensive, a summit, or some event cards).
- **High rapport** (${HIGH_RAPPORT} or more) adds 1 to DPRK legitimacy: personal diplomacy confers standing.
- **Yongbyon runs:** every ${CAPABILITY_GROWTH_EVERY} rounds (rounds ${CAPABILITY_GROWTH_EVERY}, ${CAPABILITY_GROWTH_EVERY * 2}, …) DPRK capability rises by 1, unless a freeze or dismantlement of Yongbyon, or inspections, are in force.
- **Alliance fatigue:** US–ROK trust and US–Japan trust each fall by 1 while they stand at ${ALLIANCE_FATIGUE_FROM} or more: allies ask what Washington has done for them lately.
- **An armed region:** if ROK defence + Japan defence is ${ARMED_REGION} or more, tension rises by 1. (The outcome *arms race* is judged on the build-up instead: ${ARMS_RACE_BUILD_UP} or more above where the two began, that is a combined defence of ${SCENARIO_IDS.map((id) => `${armsRaceThreshold({ options: { scenario: id } })} in ${SCENARIOS[id].label}`).join('; ')}.)
- **Humanitarian exemptions:** if the DPRK economy is ${DESPERATE_ECONOMY} or less, sanctions fall by 1: China and Russia win exemptions at the UN for a hungry country.
- **A cornered regime:** if the DPRK economy is ${DESPERATE_ECONOMY} or less, tension rises by 1.
- **Bounded swings:** from where it stood when the round's crisis card was drawn, ${Object.entries(SWING_LIMITS)
    .map(([t, l]) => `${TRACK_INFO[t as TrackId].label.toLowerCase()} rises by ${l.up} at most and falls by ${l.down} at most`)
    .join('; ')} in one round; the rest of the swing is lost.
- **A test is news:** a round with a nuclear test ends with tension at least ${TEST_TENSION_FLOOR.nuclearTest} above where it began; with a missile test, at least ${TEST_TENSION_FLOOR.missileTest}. The floor is never above ${TRACK_MAX - 1}, nor above ${STEP_BACK_TO} on the brink: whether the peninsula goes to war is for the whole table to decide, not one test.`);

  sections.push(
    `## Actions (${ACTIONS_PER_ROUND} a round)\n\n${ROLES.map(
      (r) =>
        `### ${ROLE_NAMES[r]}\n\n${table(
          ['Action', 'Effects', 'Limits'],
          ACTION_IDS.filter((id) => ACTIONS[id].role === r).map((id) => {
            const a = ACTIONS[id];
            const limits = [
              a.cooldown ? `not again for ${a.cooldown} round${a.cooldown > 1 ? 's' : ''}` : '',
              a.oncePerGame ? 'once a game' : '',
              a.requires ? a.requires.reason : '',
            ]
              .filter(Boolean)
              .join('; ');
            return [`**${a.label}** — ${a.explain}`, describeEffects(a.effects), limits || '—'];
          }),
        )}`,
    ).join('\n\n')}`,
  );

  sections.push(`## Concessions (summit offers and asks)

Each item has an effect when agreed and binds its giver for a number of rounds. How a breach comes to light:
- **open** — anyone can see it: it is exposed at that round's resolution.
- **needs inspectors** — seen at once only while *Allow inspections* is in force or an inventory has been declared; otherwise the gain shows on the board but nobody can prove who broke what until the next round's resolution.

**Snapback.** When a breach comes to light, the other sides of the same agreement are released: their commitments lapse and what they gave is taken back (the "A breach" column of their items), with no blame to them.
- **symbolic** — words only: a breach simply lets it lapse.

An exposed breach costs the breaker: ${ROLES.map((r) => `${ROLE_NAMES[r]}: ${describeEffects(EXPOSED_BREACH_EFFECTS[r])}`).join('; ')}. Breaches also break ties at the end.

${table(
  ['Concession', 'Given by', 'Effects when agreed', 'Binds', 'Verification', 'A breach', 'Forbids'],
  CONCESSION_IDS.map((id) => {
    const c = CONCESSIONS[id];
    return [
      `**${c.label}** — ${c.explain}`,
      ROLE_NAMES[c.role],
      describeEffects(c.effects),
      duration(c.duration),
      VERIFICATION_TEXT[c.verification],
      c.breachEffects.length ? describeEffects(c.breachEffects) : '—',
      c.forbids.map((a) => ACTIONS[a].label).join(', ') || '—',
    ];
  }),
)}`);

  sections.push(
    `## Venues\n\n${table(
      ['Venue', 'Host', 'Adds to an agreement', 'Why'],
      VENUE_IDS.map((id) => [
        VENUES[id].label,
        VENUES[id].host ? ROLE_NAMES[VENUES[id].host] : 'neutral',
        VENUES[id].effects.length ? describeEffects(VENUES[id].effects) : '—',
        VENUES[id].explain,
      ]),
    )}`,
  );

  sections.push(
    `## Russia\n\nRussia has no seat. In the 2025 scenario the **Russia–DPRK treaty** (the Comprehensive Strategic Partnership of June 2024, in force since December 2024) holds from the start, and the rules move Moscow:\n\n${[...RUSSIA_ROUND_START.map((r) => `- **${r.name}** (at the start of every round). ${r.rule}`), ...RUSSIA_UPKEEP.map((r) => `- **${r.name}** (in upkeep). ${r.rule}`)].join('\n')}\n- North Korea's **arms exports** earn 1 more for its economy while the treaty holds.\n\nThe present-day cards give players choices about it: whether Pyongyang sends more to Russia, whether Washington acts on the allies' report on the arms trade, how close Beijing stands to Moscow.`,
  );

  sections.push(
    `## Events (the crisis deck)\n\n${table(
      ['Card', 'What happens', 'Choice'],
      EVENT_IDS.map((id) => {
        const e = EVENTS[id];
        const choice = e.choice
          ? `${ROLE_NAMES[e.choice.role]}: ${e.choice.options.map((o) => `*${o.label}* (${describeEffects(o.effects)})`).join(' or ')}`
          : '—';
        const period = e.period
          ? ` *Drawn only from ${e.period.from} to ${e.period.until} (a round is ${MONTHS_PER_ROUND} months; a what-if scenario without a date never draws it).*`
          : '';
        const ended = e.endedAfter ? ` *Not drawn after ${e.endedAfter}.*` : '';
        return [`**${e.title}** — ${e.text}${period}${ended}`, e.effects.length ? describeEffects(e.effects) : '—', choice];
      }),
    )}`,
  );

  sections.push(
    `## Scenarios\n\n${SCENARIO_IDS.map((id) => {
      const s = SCENARIOS[id];
      const treaty = s.russiaPact ? ' The Russia–DPRK treaty is in force.' : '';
      return `### ${s.label}\n\n${s.intro} *${s.question}*\n\nMoratorium ${s.moratorium ? 'holds' : 'is over'} at the start.${treaty} Deck: ${deckText(s)}.\n\n${table(
        TRACKS.map((t) => TRACK_INFO[t].label),
        [TRACKS.map((t) => String(s.tracks[t]))],
      )}`;
    }).join('\n\n')}`,
  );

  sections.push(
    `## Secret agendas\n\nAt the start each role draws one of its two agendas. Only its owner sees it until the end, when all are revealed. A met agenda scores ${AGENDA_POINTS_TEXT}: enough to settle a close game, not enough to win one played badly, so play for your public objectives first and let the agenda decide between moves that serve them equally.\n\n${table(
      ['Role', 'Agenda', 'Met when'],
      AGENDA_IDS.map((id) => [ROLE_NAMES[AGENDAS[id].role], AGENDAS[id].label, AGENDAS[id].explain]),
    )}`,
  );

  sections.push(`## The end: outcome and winner

The peninsula's outcome is the first of these that holds at the end, and it adds its bonus to every role's score:

${table(
  ['Outcome', 'When', ...ROLES],
  OUTCOME_IDS.map((id) => [OUTCOMES[id].label, OUTCOMES[id].explain, ...ROLES.map((r) => (id === 'war' ? '—' : String(OUTCOMES[id].bonus[r])))]),
)}

The highest total wins; a tie goes to the role with fewer exposed breaches, then to the higher score from public objectives, then to the role that signed more agreements; a full tie is shared. In a war nobody wins.`);

  sections.push(`## Hidden information

Only you see your secret agenda, your orders and commitment choices before they are revealed, and any breach of yours that nobody has seen yet. Nobody sees the undrawn deck or the random seed. Private press goes only to the roles it is addressed to. The server never sends these to anyone else, and a spectator sees only the public board.`);

  return `${sections.join('\n\n')}\n`;
}
