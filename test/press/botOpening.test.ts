import { describe, expect, it } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import { botOpening, botStance } from '../../shared/bots/press';
import { createLocalPress } from '../../client/press/localPress';
import { PERSONALITIES, type Personality } from '../../shared/options';
import { asPhase } from '../../shared/phases';
import { playerView } from '../../shared/playerView';
import { validateMessage, type PressMessage } from '../../shared/press';
import { playerOfRole, ROLES, type Role } from '../../shared/roles';
import type { ProposalInput } from '../../shared/rules/summits';
import type { MatchState } from '../../tools/sim/headless';
import { everyoneDone, move, newMatch } from '../support/match';

/** A person at each seat in turn, with a bot at every other. */
const PAIRS: [person: Role, bot: Role][] = ROLES.flatMap((person) => ROLES.filter((bot) => bot !== person).map((bot) => [person, bot] as [Role, Role]));

const view = (state: MatchState, role: Role) => playerView(state.G, playerOfRole(role));
const phase = (state: MatchState) => asPhase(state.ctx.phase);
const open = (state: MatchState, bot: Role, person: Role, personality: Personality, sent: PressMessage[] = []) =>
  botOpening(view(state, bot), bot, person, personality, sent, phase(state));

function message(from: Role, to: Role[], round: number): PressMessage {
  return { id: `${from}-${round}`, matchID: 'm', round, from, to, text: 'Hello', sentAt: 0 };
}

/** The bot's move once the person has proposed `input`. */
function answerTo(state: MatchState, person: Role, bot: Role, input: ProposalInput, personality: Personality) {
  const after = move(state, person, 'propose', input);
  return chooseBotMove({ G: after.G, ctx: after.ctx, playerID: playerOfRole(bot), personality });
}

describe('botOpening: a bot writes first to a person', () => {
  const state = newMatch({ scenario: 'singapore2018' });

  it('starts in the diplomacy phase (the fixture this suite relies on)', () => {
    expect(state.ctx.phase).toBe('diplomacy');
  });

  it.each(PERSONALITIES)('%s: every opening is a valid message naming a package the bot then accepts when the person proposes it', (personality) => {
    let written = 0;
    for (const [person, bot] of PAIRS) {
      const opening = open(state, bot, person, personality);
      // Nothing to offer, nothing written: the same judgement as its reply to "what would it take?".
      const stance = botStance(view(state, bot), bot, { from: person, to: [bot], text: 'What would it take?' }, personality);
      expect(opening === null, `${bot} to ${person}`).toBe(stance?.kind === 'nothing');
      if (!opening) continue;
      written += 1;
      expect(validateMessage(bot, [person], opening.text).ok).toBe(true);
      expect(opening.text).toContain('Propose it and we accept.');
      const answer = answerTo(state, person, bot, opening.package, personality);
      expect(answer?.move, `${bot} to ${person}: ${opening.text}`).toBe('respond');
      expect((answer?.args[0] as { answer: string }).answer).toBe('accepted');
    }
    expect(written).toBeGreaterThan(0);
  });

  it('writes nothing when it has nothing to offer (it would answer "nothing" to a question too)', () => {
    const silent = PERSONALITIES.flatMap((p) => PAIRS.filter(([person, bot]) => open(state, bot, person, p) === null).map(([person, bot]) => [p, person, bot]));
    expect(silent.length).toBeGreaterThan(0);
    for (const [p, person, bot] of silent as [Personality, Role, Role][]) {
      expect(botStance(view(state, bot), bot, { from: person, to: [bot], text: 'Hi' }, p)?.kind).toBe('nothing');
    }
  });

  it('writes once a round to each person: not after it has written to them this round, again the next round, and regardless of messages to others', () => {
    const pair = PAIRS.find(([person, bot]) => open(state, bot, person, 'dealmaker') !== null)!;
    const [person, bot] = pair;
    const other = ROLES.find((r) => r !== person && r !== bot)!;
    expect(open(state, bot, person, 'dealmaker', [message(bot, [person], state.G.round)])).toBeNull();
    expect(open(state, bot, person, 'dealmaker', [message(bot, [other, person], state.G.round)])).toBeNull();
    // Positive controls: last round's message, a message to someone else, a public one, or the person's own, do not count.
    expect(open(state, bot, person, 'dealmaker', [message(bot, [person], state.G.round - 1)])).not.toBeNull();
    expect(open(state, bot, person, 'dealmaker', [message(bot, [other], state.G.round)])).not.toBeNull();
    expect(open(state, bot, person, 'dealmaker', [{ ...message(bot, [], state.G.round), to: 'all' }])).not.toBeNull();
    expect(open(state, bot, person, 'dealmaker', [message(person, [bot], state.G.round)])).not.toBeNull();
  });

  it('writes only while both are at the talks, and not while the person’s own proposal waits for its answer', () => {
    const [person, bot] = PAIRS.find(([p, b]) => open(state, b, p, 'dealmaker') !== null)!;
    expect(open(move(state, person, 'done'), bot, person, 'dealmaker')).toBeNull();
    expect(open(move(state, bot, 'done'), bot, person, 'dealmaker')).toBeNull();
    expect(open(everyoneDone(state), bot, person, 'dealmaker')).toBeNull();
    const opening = open(state, bot, person, 'dealmaker')!;
    expect(open(move(state, person, 'propose', opening.package), bot, person, 'dealmaker')).toBeNull();
    expect(open(state, person, person, 'dealmaker')).toBeNull();
  });

  it('hot-seat: the bots on the screen write to the people at it, once a round, never to each other', () => {
    const bots = { DPRK: 'dealmaker', ROK: 'dove', PRC: 'hawk' } as const;
    const press = createLocalPress({ matchID: 'local', game: () => ({ G: state.G, phase: phase(state) }), bots });
    press.openTalks();
    press.openTalks();
    const people: Role[] = ['US', 'JPN'];
    const all = [...new Map([...people, ...Object.keys(bots)].flatMap((r) => press.forSeat(r as Role)).map((m) => [m.id, m])).values()];
    expect(all.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(Object.keys(bots)).toContain(m.from);
      expect(m.to).toHaveLength(1);
      expect(people).toContain((m.to as Role[])[0]);
    }
    for (const bot of Object.keys(bots))
      for (const person of people) expect(all.filter((m) => m.from === bot && (m.to as Role[])[0] === person).length).toBeLessThanOrEqual(1);
    press.stop();
  });
});
