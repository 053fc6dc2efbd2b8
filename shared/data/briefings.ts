import type { Role } from '../roles';
import { PRESENT_BRIEFINGS, PRESENT_SOURCES, PRESENT_TIMELINE } from './briefingsPresent';
import { isScenarioId, SCENARIOS, type BriefingSetId } from './scenarios';

/**
 * One-page role briefings, read before round 1 of a class (printable). Pure data, grounded in
 * the real history the game draws on; the game's numbers are a simplification of it, and the
 * briefings say what each government wanted, feared and refused, not what players must do.
 */

export interface TimelineEntry {
  readonly year: string;
  readonly text: string;
}

export interface Briefing {
  readonly role: Role;
  readonly title: string;
  /** Who you are, in a sentence or two. */
  readonly youAre: string;
  /** The history this government remembers: what shaped its view, in its order. */
  readonly history: readonly TimelineEntry[];
  readonly interests: readonly string[];
  readonly redLines: readonly string[];
  /** Questions to think about before and during play. */
  readonly whatIf: readonly string[];
  /** Where a class can check what the briefing says (the present-day briefings name theirs). */
  readonly sources?: readonly string[];
}

/** The shared timeline every role reads first. */
export const BRIEFING_TIMELINE: readonly TimelineEntry[] = [
  { year: '1953', text: 'The Korean War ends in an armistice, not a peace treaty. The US–ROK Mutual Defense Treaty follows; US troops stay in the South.' },
  { year: '1994', text: 'The Agreed Framework: North Korea freezes its plutonium reactor at Yongbyon under IAEA monitoring in return for fuel oil and two light-water reactors. It collapses in 2002 over a secret uranium programme; inspectors are expelled and Pyongyang leaves the NPT in 2003.' },
  { year: '2003–2009', text: 'The Six-Party Talks in Beijing (both Koreas, the US, China, Japan, Russia). The September 2005 joint statement promises denuclearisation for aid and security assurances; in 2007 Yongbyon is shut down and in 2008 its cooling tower is blown up on camera. Talks break down over how to verify the declaration; North Korea walks out in 2009.' },
  { year: '2006–2017', text: 'Six nuclear tests, the last (September 2017) claimed to be a hydrogen bomb, and the first ICBM launches in 2017. UN Security Council sanctions tighten step by step, with China\'s votes; most of North Korea\'s trade runs through China, so China\'s enforcement decides how much they bite.' },
  { year: '2018', text: 'Olympic diplomacy, then the inter-Korean summit at Panmunjom (April). Pyongyang announces a halt to nuclear and long-range missile tests. Singapore (June): the first US–DPRK summit signs a short statement — new relations, a peace regime, "complete denuclearisation of the Korean peninsula", remains of soldiers returned — with no timetable or verification. The US then suspends large joint drills with Seoul.' },
  { year: '2019', text: 'Hanoi (February): North Korea offers to dismantle Yongbyon for the lifting of most UN sanctions; the US wants more sites and walks out. At the DMZ (June) the President steps across the line at Panmunjom with Kim. Working-level talks in Stockholm (October) fail; Pyongyang promises a "Christmas gift".' },
  { year: '2020 on', text: 'Kim declares North Korea no longer bound by the test moratorium. In 2020 the inter-Korean liaison office is blown up; long-range missile tests resume in 2022. Sanctions enforcement erodes as China and Russia argue for relief.' },
];

const briefingTable: Record<Role, Briefing> = {
  US: {
    role: 'US',
    title: 'United States — the President and the National Security Council',
    youAre: 'The most powerful player at the table and the one everyone else watches. You can offer what only Washington can give — sanctions relief, a security guarantee, an end-of-war declaration — but allies in Seoul and Tokyo depend on your word.',
    history: [
      { year: '1994', text: 'The Agreed Framework froze Yongbyon for eight years, and critics still say it paid for a freeze that Pyongyang cheated on. Verification is the lesson Washington took from it.' },
      { year: '2005–2008', text: 'In the Six-Party Talks the US accepted step-by-step "action for action" — and the process died over a verification protocol.' },
      { year: '2017', text: '"Fire and fury" and "maximum pressure": new UN sanctions with Chinese support, and talk of a military option.' },
      { year: '2018', text: 'Singapore: the President met Kim in person and later said "we fell in love" after an exchange of letters. He announced the suspension of "war games" without consulting Seoul or Tokyo first.' },
      { year: '2019', text: 'Hanoi: offered Yongbyon for most sanctions relief, the President walked out — "sometimes you have to walk". Four months later he crossed the line at the DMZ.' },
    ],
    interests: [
      'Lower North Korea\'s nuclear and missile capability, verifiably, not just on paper.',
      'Keep US credibility in Asia: allies must believe your guarantees; rivals must believe your warnings.',
      'Keep the alliances with South Korea and Japan strong — they host your troops and bases.',
      'A "win" you can announce at home: a summit, a signature, soldiers\' remains coming home.',
    ],
    redLines: [
      'No sanctions relief for a freeze that nobody can inspect.',
      'No deal that leaves allies exposed (for example, banning only long-range missiles that reach the US).',
      'No recognition of North Korea as a nuclear-weapon state.',
    ],
    whatIf: [
      'What if personal rapport with Kim gets you a summit but no inspectors — is that progress or a trap?',
      'What if you suspend drills as a gesture and Seoul or Tokyo learns of it from the news?',
      'What if China quietly stops enforcing sanctions — what can you still offer or threaten?',
    ],
  },
  DPRK: {
    role: 'DPRK',
    title: 'North Korea — the Chairman and the Workers\' Party leadership',
    youAre: 'A small, sanctioned state with a nuclear arsenal you regard as the guarantee of your survival. Your weapons are your strongest card; your economy is your weakest point.',
    history: [
      { year: '1994', text: 'The Agreed Framework: you froze Yongbyon; the promised reactors were never finished. You remember that the US did not deliver either.' },
      { year: '2003–2009', text: 'The Six-Party Talks gave you aid and attention; you blew up the Yongbyon cooling tower on television — and walked out when asked for intrusive verification.' },
      { year: '2011', text: 'Libya gave up its nuclear programme in 2003; its leader was overthrown in 2011. Your officials cite this often.' },
      { year: '2018', text: 'After the 2017 tests you declared your deterrent complete, announced a test moratorium, and met the US President in Singapore as an equal — a great gain in legitimacy.' },
      { year: '2019', text: 'In Hanoi you offered Yongbyon for the lifting of the UN sanctions since 2016, and the US walked out. At the DMZ the President came to you. By December you warned of a "Christmas gift".' },
    ],
    interests: [
      'Regime security: keep enough capability that no one dares to attack.',
      'A working economy: sanctions relief, trade with China, aid, investment (Kaesong).',
      'Legitimacy: to be treated as a normal, nuclear-armed state; summits with the US President on equal terms.',
      'Split your opponents: Seoul from Washington, Washington from Tokyo, Beijing from all of them.',
    ],
    redLines: [
      'No unilateral disarmament before security guarantees and sanctions relief.',
      'No inspectors everywhere at once ("the Libya model").',
      'No collapse of ties with China, your lifeline.',
    ],
    whatIf: [
      'What if you get relief for a freeze and keep the arsenal — can you sell that as peace?',
      'What if the moratorium is your best bargaining chip — when, if ever, do you spend it by testing?',
      'What if rapport with the US President fades after his next election?',
    ],
  },
  ROK: {
    role: 'ROK',
    title: 'South Korea — the President and the Blue House',
    youAre: 'The country with the most to lose from a war: Seoul is within range of thousands of artillery pieces. You want peace and engagement with the North, and a United States that consults you.',
    history: [
      { year: '1953', text: 'The armistice and the US–ROK Mutual Defense Treaty: about 28,500 US troops are still stationed in the South.' },
      { year: '2004–2016', text: 'The Kaesong industrial zone, where Southern firms employed Northern workers, was the symbol of engagement until it was closed in 2016.' },
      { year: '2017', text: 'The THAAD missile-defence deployment angered China, which retaliated against Korean businesses and tourism.' },
      { year: '2018', text: 'President Moon met Kim three times, at Panmunjom (April and May) and in Pyongyang (September), where a military agreement reduced tension along the border. You helped arrange Singapore.' },
      { year: '2019', text: 'Hanoi\'s walk-out stalled your projects; Washington asked Seoul to pay far more for US troops. At the DMZ you stood beside both leaders — but the North soon cut off contact.' },
    ],
    interests: [
      'Low tension and no war on the peninsula.',
      'Inter-Korean engagement: family reunions, economic projects, a peace process.',
      'A US that consults Seoul before it decides anything about Korea.',
      'Your own defence, without starting an arms race with Japan or the North.',
    ],
    redLines: [
      'No US military strike without your consent.',
      'No deal between Washington and Pyongyang made over your head.',
      'No abandonment: the alliance must hold whatever is signed.',
    ],
    whatIf: [
      'What if engagement with the North costs you Washington\'s trust?',
      'What if the US suspends drills you wanted — or keeps drills you wanted suspended?',
      'What if a nuclear North Korea is here to stay — should Seoul debate its own latent capability?',
    ],
  },
  PRC: {
    role: 'PRC',
    title: 'China — the General Secretary and the Foreign Ministry',
    youAre: 'North Korea\'s only treaty ally and its largest trading partner. You want stability on your border, a role as the indispensable mediator, and less US military presence in your neighbourhood.',
    history: [
      { year: '1961', text: 'The Sino-North Korean treaty of friendship and mutual assistance, still in force.' },
      { year: '2003–2009', text: 'You hosted the Six-Party Talks in Beijing: prestige as the region\'s mediator.' },
      { year: '2016–2017', text: 'You voted for the toughest UN sanctions yet and (for a time) cut coal and textile imports. With Russia you proposed the "freeze for freeze": North Korean tests for US–ROK drills.' },
      { year: '2018–2019', text: 'Kim visited you four times, the first in March 2018 before any summit with the US; President Xi went to Pyongyang in June 2019. Enforcement at the border quietly loosened; ship-to-ship transfers were reported by the UN panel.' },
      { year: '2019', text: 'With Russia you drafted a UN resolution to ease sanctions, arguing that the North\'s restraint deserved rewards.' },
    ],
    interests: [
      'Stability: no war, no collapse of the North, no refugees crossing the Yalu.',
      'Prestige as the mediator; a summit hosted in Beijing.',
      'Limit US influence: fewer drills, no new missile defences like THAAD, no US troops near your border.',
      'Keep influence in Pyongyang — ties matter more than any single sanction.',
    ],
    redLines: [
      'No regime collapse or US-led unification on your border.',
      'No sanctions so strict they break the North\'s economy.',
      'No being seen as the obstacle to peace.',
    ],
    whatIf: [
      'What if strict enforcement is the only thing that brings Pyongyang to the table — and costs you your ties with it?',
      'What if Washington and Pyongyang make a deal without you?',
      'What if Japan and South Korea arm themselves — is that worse for you than a nuclear North Korea?',
    ],
  },
  JPN: {
    role: 'JPN',
    title: 'Japan — the Prime Minister and the Cabinet',
    youAre: 'A US ally within range of North Korea\'s medium-range missiles, with a painful open question: citizens abducted by North Korea decades ago. You want pressure until there are verified steps.',
    history: [
      { year: '1960', text: 'The US–Japan security treaty: US bases in Japan, and the US "nuclear umbrella" over it.' },
      { year: '2002', text: 'Prime Minister Koizumi went to Pyongyang; Kim Jong-il admitted abducting Japanese citizens. Five came home; Japan says many cases are unresolved.' },
      { year: '2003–2009', text: 'In the Six-Party Talks you insisted the abductions be addressed, and refused aid without progress on them.' },
      { year: '2017', text: 'North Korean missiles flew over Hokkaido twice. Prime Minister Abe championed "maximum pressure" and stood closest to Washington.' },
      { year: '2018–2019', text: 'Singapore and the drills suspension surprised Tokyo. You feared a deal limiting only the long-range missiles that reach the US and leaving those that reach Japan.' },
    ],
    interests: [
      'Low North Korean capability — including the short- and medium-range missiles.',
      'Security assurances: a US that keeps its umbrella and consults Tokyo.',
      'The abductions addressed before normalisation or aid.',
      'Your own defence and missile defence, without isolating yourself from Seoul.',
    ],
    redLines: [
      'No sanctions relief before inspections.',
      'No deal that covers only the missiles that reach America.',
      'No normalisation with Pyongyang while the abductions are ignored.',
    ],
    whatIf: [
      'What if Washington trades away your interests for a summit photograph?',
      'What if your own defence build-up starts an arms race with Seoul and Pyongyang?',
      'What if talking directly to Pyongyang gets more than standing with Washington?',
    ],
  },
};

export const BRIEFINGS: Readonly<Record<Role, Briefing>> = briefingTable;

/** A scenario's briefings: the timeline every role reads first, one page per role, and where to check them. */
export interface BriefingSet {
  readonly setIn: string;
  readonly timeline: readonly TimelineEntry[];
  readonly roles: Readonly<Record<Role, Briefing>>;
  readonly sources: readonly string[];
}

export const BRIEFING_SETS: Readonly<Record<BriefingSetId, BriefingSet>> = {
  summitYears: { setIn: '2018–2020', timeline: BRIEFING_TIMELINE, roles: BRIEFINGS, sources: [] },
  present: { setIn: 'September 2025', timeline: PRESENT_TIMELINE, roles: PRESENT_BRIEFINGS, sources: PRESENT_SOURCES },
};

/** The briefings a scenario's players read (the summit years' for an unknown or missing scenario). */
export function briefingsFor(scenario: string | undefined): BriefingSet {
  return BRIEFING_SETS[scenario && isScenarioId(scenario) ? SCENARIOS[scenario].briefings : 'summitYears'];
}
