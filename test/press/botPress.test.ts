import { describe, expect, it } from 'vitest';
import { chooseBotMove } from '../../shared/bots';
import { botReply, botStance, mentionedConcessions } from '../../shared/bots/press';
import { PERSONALITIES, type Personality } from '../../shared/options';
import { playerView } from '../../shared/playerView';
import { validateMessage } from '../../shared/press';
import { playerOfRole, type Role } from '../../shared/roles';
import type { ProposalInput } from '../../shared/rules/summits';
import { move, newMatch } from '../support/match';
import type { MatchState } from '../../tools/sim/headless';

const PAIRS: [sender: Role, bot: Role][] = [
  ['US', 'DPRK'],
  ['DPRK', 'US'],
  ['ROK', 'DPRK'],
  ['JPN', 'PRC'],
  ['PRC', 'US'],
  ['US', 'JPN'],
];

function viewOf(state: MatchState, role: Role) {
  return playerView(state.G, playerOfRole(role));
}

/** The bot's own move once the sender has made the proposal: the reply must be a promise it keeps. */
function botAnswerTo(state: MatchState, sender: Role, bot: Role, input: ProposalInput, personality: Personality): string | undefined {
  const after = move(state, sender, 'propose', input);
  const proposal = after.G.proposals[after.G.proposals.length - 1];
  const choice = chooseBotMove({ G: after.G, ctx: after.ctx, playerID: playerOfRole(bot), personality });
  expect(choice?.move).toBe('respond');
  const answer = choice?.args[0] as { proposalId: string; answer: string };
  expect(answer.proposalId).toBe(proposal?.id);
  return answer.answer;
}

describe('botReply', () => {
  const kinds = new Set<string | undefined>();
  const state = newMatch({ scenario: 'singapore2018' });

  it('starts in the diplomacy phase (the fixture this suite relies on)', () => {
    expect(state.ctx.phase).toBe('diplomacy');
  });

  it.each(PERSONALITIES)('%s: stays silent on public statements, its own messages and messages to others', (personality) => {
    const view = viewOf(state, 'DPRK');
    expect(botReply(view, 'DPRK', { from: 'US', to: 'all', text: 'Hello world' }, personality)).toBeNull();
    expect(botReply(view, 'DPRK', { from: 'DPRK', to: ['US'], text: 'Hello' }, personality)).toBeNull();
    expect(botReply(view, 'DPRK', { from: 'US', to: ['ROK'], text: 'Hello' }, personality)).toBeNull();
  });

  for (const personality of PERSONALITIES) {
    for (const [sender, bot] of PAIRS) {
      it(`${personality} ${bot} answering ${sender}: a short, valid reply, and any trade it offers it then accepts`, () => {
        const view = viewOf(state, bot);
        const incoming = { from: sender, to: [bot], text: 'What would it take?' };
        const reply = botReply(view, bot, incoming, personality);
        expect(reply).not.toBeNull();
        expect(validateMessage(bot, [sender], reply).ok).toBe(true);
        const stance = botStance(view, bot, incoming, personality);
        expect(['offer', 'wish', 'nothing']).toContain(stance?.kind);
        if (stance && 'package' in stance) {
          expect(botAnswerTo(state, sender, bot, stance.package, personality)).toBe('accepted');
        }
      });
    }
  }

  it('at least one personality offers a trade in the opening, so a person playing bots can negotiate', () => {
    const offers = PERSONALITIES.flatMap((p) => PAIRS.map(([s, b]) => botStance(viewOf(state, b), b, { from: s, to: [b], text: 'Hi' }, p)?.kind)).filter(
      (k) => k === 'offer',
    );
    expect(offers.length).toBeGreaterThan(0);
  });

  it('personalities speak differently about the same thing', () => {
    const replies = new Set(PERSONALITIES.map((p) => botReply(viewOf(state, 'DPRK'), 'DPRK', { from: 'US', to: ['DPRK'], text: 'Hi' }, p)));
    expect(replies.size).toBeGreaterThan(1);
  });

  it('reads the concessions a message names, by label', () => {
    expect(mentionedConcessions('We offer partial sanctions relief for a TEST MORATORIUM', 'US')).toEqual(['partialSanctionsRelief']);
    expect(mentionedConcessions('We offer partial sanctions relief for a TEST MORATORIUM', 'DPRK')).toEqual(['testMoratorium']);
  });

  for (const personality of PERSONALITIES) {
    it(`${personality}: a named package is judged as the bot will judge the proposal`, () => {
      const view = viewOf(state, 'DPRK');
      const stance = botStance(
        view,
        'DPRK',
        { from: 'US', to: ['DPRK'], text: 'Partial sanctions relief for a test moratorium and inspections? Allow inspections.' },
        personality,
      );
      expect(['acceptNamed', 'sweeten', 'cannotTable', 'offer', 'nothing']).toContain(stance?.kind);
      if (stance?.kind === 'nothing') {
        // A hawk that prizes the leverage of tension may want nothing Washington can give: then it refuses the package too.
        expect(personality).toBe('hawk');
        expect(
          botAnswerTo(
            state,
            'US',
            'DPRK',
            { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium', 'allowInspections'] },
            personality,
          ),
        ).toBe('rejected');
      } else if (stance?.kind === 'offer') {
        // Nothing added would tip it (a hawk will not trade away the brink): the named package as
        // proposed is refused, and the bot puts forward a trade of its own that it would sign.
        expect(
          botAnswerTo(
            state,
            'US',
            'DPRK',
            { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief'], asks: ['testMoratorium', 'allowInspections'] },
            personality,
          ),
        ).toBe('rejected');
        expect(botAnswerTo(state, 'US', 'DPRK', stance.package, personality)).toBe('accepted');
      } else if (stance && 'package' in stance) {
        expect(stance.package.asks).toEqual(expect.arrayContaining(['testMoratorium', 'allowInspections']));
        expect(botAnswerTo(state, 'US', 'DPRK', stance.package, personality)).toBe('accepted');
      }
    });

    it.each<[string, ProposalInput]>([
      ['stingy', { to: ['DPRK'], venue: 'singapore', offers: ['usHumanitarianAid'], asks: ['dismantleYongbyon'] }],
      ['generous', { to: ['DPRK'], venue: 'singapore', offers: ['partialSanctionsRelief', 'securityGuarantee'], asks: ['returnRemains'] }],
    ])(`${personality}: on a %s proposal waiting for its answer it says the answer its move will give`, (_name, input) => {
      const after = move(state, 'US', 'propose', input);
      const stance = botStance(viewOf(after, 'DPRK'), 'DPRK', { from: 'US', to: ['DPRK'], text: 'Well?' }, personality);
      const choice = chooseBotMove({ G: after.G, ctx: after.ctx, playerID: playerOfRole('DPRK'), personality });
      const answer = choice?.move === 'respond' ? (choice.args[0] as { answer: string }).answer : choice?.move;
      expect(stance?.kind).toBe(answer === 'accepted' ? 'willAccept' : answer === 'counter' ? 'willCounter' : 'willReject');
      // A counter it announces is the counter it makes, written from the sender's side.
      if (stance?.kind === 'willCounter' && choice?.move === 'counter') {
        const made = choice.args[0] as { offers: string[]; asks: string[] };
        expect(stance.counter).toMatchObject({ offers: made.asks, asks: made.offers, venue: input.venue });
      }
      kinds.add(stance?.kind === 'willCounter' ? 'willReject' : stance?.kind);
    });
  }

  it('across these proposals the bots both accept and refuse (the answers are not constant)', () => {
    expect(kinds).toEqual(new Set(['willAccept', 'willReject']));
  });

  it('says so when it has left the table', () => {
    const after = move(state, 'PRC', 'done');
    expect(botStance(viewOf(after, 'PRC'), 'PRC', { from: 'US', to: ['PRC'], text: 'Hi' }, 'dove')?.kind).toBe('away');
  });
});
