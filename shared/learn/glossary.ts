/**
 * The glossary a student and a teacher share: the acronyms of the real negotiations, the ideas
 * the lesson teaches, and the game's own words. Pure data, shown at /learn/glossary and in the
 * teacher's kit, so the two never disagree.
 */
import { STEP_BACK_TO } from '../tracks';

export type GlossaryGroup = 'history' | 'concept' | 'game';

export interface GlossaryEntry {
  /** A stable id for links (#term-cvid). */
  readonly id: string;
  readonly term: string;
  readonly group: GlossaryGroup;
  readonly definition: string;
}

export const GLOSSARY_GROUPS: Readonly<Record<GlossaryGroup, string>> = {
  history: 'The real negotiations',
  concept: 'Ideas the lesson teaches',
  game: 'Words of the game',
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  // The real negotiations
  {
    id: 'cvid',
    group: 'history',
    term: 'CVID',
    definition:
      'Complete, verifiable and irreversible dismantlement: the US goal for North Korea\'s nuclear programme since 2003–2004, used again in 2018 (later rephrased as "final, fully verified denuclearisation"). Pyongyang rejects it as a demand to disarm first.',
  },
  {
    id: 'npt',
    group: 'history',
    term: 'NPT',
    definition:
      'The Treaty on the Non-Proliferation of Nuclear Weapons (1968, in force 1970). North Korea joined in 1985, announced its withdrawal in 1993, suspended it under the Agreed Framework, and withdrew in January 2003 — the only state ever to leave.',
  },
  {
    id: 'iaea',
    group: 'history',
    term: 'IAEA',
    definition:
      'The International Atomic Energy Agency in Vienna, whose inspectors check that nuclear material is not diverted to weapons. Its inspectors left North Korea in 2002, returned in 2007 to monitor the Yongbyon shutdown, and were expelled again in April 2009.',
  },
  {
    id: 'icbm',
    group: 'history',
    term: 'ICBM',
    definition:
      'Intercontinental ballistic missile: a range of more than 5,500 km. North Korea first tested one (Hwasong-14) in July 2017; the Hwasong-15 in November 2017 could in principle reach the whole continental United States.',
  },
  {
    id: 'moratorium',
    group: 'history',
    term: 'Moratorium',
    definition:
      'A voluntary halt. In April 2018 North Korea announced it would stop nuclear tests and ICBM launches; it was never written into an agreement or verified. Kim Jong Un said at the turn of 2019–2020 that he was no longer bound by it, and ICBM launches resumed in March 2022.',
  },
  {
    id: 'snapback',
    group: 'history',
    term: 'Snapback',
    definition:
      'A clause that restores lifted sanctions automatically if the other side breaks its promises, so relief can be given early at lower risk. It is written into UN resolution 2231 on Iran (2015) and was discussed as a way to make partial relief for North Korea acceptable around Hanoi (2019).',
  },
  {
    id: 'yongbyon',
    group: 'history',
    term: 'Yongbyon',
    definition:
      "North Korea's main nuclear complex: a 5-megawatt reactor that makes plutonium, a reprocessing plant, and a uranium-enrichment hall shown to US visitors in 2010. It was frozen in 1994–2002 and shut down in 2007–2009; in Hanoi Pyongyang offered to dismantle it for most sanctions relief.",
  },
  {
    id: 'punggye-ri',
    group: 'history',
    term: 'Punggye-ri',
    definition:
      'The test site of all six North Korean nuclear tests (2006–2017). Its tunnel entrances were blown up in May 2018 before foreign journalists, but no inspectors were invited to verify it.',
  },
  {
    id: 'agreed-framework',
    group: 'history',
    term: 'Agreed Framework (1994)',
    definition:
      'A US–DPRK deal: North Korea froze its plutonium reactors under IAEA monitoring in return for fuel oil and two light-water reactors built by an international consortium (KEDO). It collapsed in 2002 over a secret uranium-enrichment programme.',
  },
  {
    id: 'six-party-talks',
    group: 'history',
    term: 'Six-Party Talks',
    definition:
      "Talks in Beijing from 2003 to 2009 among both Koreas, the US, China, Japan and Russia, hosted by China. They produced the joint statement of 19 September 2005 and the Yongbyon shutdown of 2007, and broke down over how to verify North Korea's declaration.",
  },
  {
    id: 'armistice',
    group: 'history',
    term: 'Armistice (1953)',
    definition: 'The ceasefire that stopped the Korean War on 27 July 1953. No peace treaty was ever signed, so the war has legally never ended.',
  },
  {
    id: 'end-of-war',
    group: 'history',
    term: 'End-of-war declaration',
    definition:
      'A political statement that the Korean War is over — a step short of a peace treaty. Promised as a goal in the 2018 Panmunjom Declaration; never made.',
  },
  {
    id: 'peace-regime',
    group: 'history',
    term: 'Peace regime',
    definition:
      'A lasting peace arrangement to replace the armistice: treaties, recognition and security guarantees. Named as a goal in the 2005, 2018 Panmunjom and Singapore texts.',
  },
  {
    id: 'dmz',
    group: 'history',
    term: 'DMZ',
    definition:
      'The Demilitarised Zone: a strip 4 km wide along the 1953 ceasefire line. Panmunjom, the truce village inside it, is where the leaders of the two Koreas met in 2018 and where the US and North Korean leaders shook hands in June 2019.',
  },
  {
    id: 'unsc',
    group: 'history',
    term: 'UN Security Council sanctions',
    definition:
      'Binding sanctions voted by the Council, where China and Russia hold a veto. A series of resolutions from 2006 to 2017 tightened them after each nuclear test and long-range launch; the last, 2397 (December 2017), capped refined-oil imports at 500,000 barrels a year. In May 2022 China and Russia vetoed a new one.',
  },
  {
    id: 'panel-of-experts',
    group: 'history',
    term: 'Panel of Experts',
    definition:
      'The UN group that investigated sanctions evasion from 2009 until Russia vetoed its renewal in March 2024. Its reports documented ship-to-ship oil transfers, coal exports and cyber theft of cryptocurrency.',
  },
  {
    id: 'ship-to-ship',
    group: 'history',
    term: 'Ship-to-ship transfer',
    definition:
      'Moving oil or coal between ships at sea to hide where it came from and where it goes: the main way sanctions on North Korea were evaded after 2017.',
  },
  {
    id: 'extended-deterrence',
    group: 'history',
    term: 'Extended deterrence',
    definition:
      'The US promise to defend its allies, with nuclear weapons if need be (the "nuclear umbrella"). Seoul and Tokyo rely on it instead of building their own bombs.',
  },
  {
    id: 'abductions',
    group: 'history',
    term: 'Abductions issue',
    definition:
      'North Korea kidnapped Japanese citizens in the 1970s and 1980s (Japan recognises 17). Kim Jong Il admitted it to Prime Minister Koizumi in 2002 and five returned; Japan wants the rest accounted for before normal relations.',
  },
  // Ideas the lesson teaches
  {
    id: 'commitment-problem',
    group: 'concept',
    term: 'Commitment problem',
    definition:
      'Two sides would both gain from a deal, but neither can trust the other to keep it once it has been paid: whoever moves first risks being cheated. Sequencing ("action for action") and verification are attempts to solve it.',
  },
  {
    id: 'verification',
    group: 'concept',
    term: 'Verification',
    definition:
      'Checking that a promise is kept: inspectors, satellites, declarations that can be compared with the facts. A promise nobody can check is cheap to make and cheap to break.',
  },
  {
    id: 'third-party-enforcement',
    group: 'concept',
    term: 'Third-party enforcement',
    definition:
      "Someone outside a deal makes breaking it costly: for North Korea, China's enforcement of sanctions decides how much they bite, and a guarantor can reward or punish.",
  },
  {
    id: 'abandonment-entrapment',
    group: 'concept',
    term: 'Abandonment and entrapment',
    definition:
      "The alliance dilemma: an ally fears being abandoned (its protector makes a deal over its head) and fears being entrapped (dragged into its protector's war). Seoul and Tokyo felt both in 2017–2019.",
  },
  {
    id: 'audience-costs',
    group: 'concept',
    term: 'Audience costs',
    definition:
      'The price a leader pays at home for backing down from a public threat or promise. They make public commitments more believable — and harder to step back from.',
  },
  {
    id: 'two-level-game',
    group: 'concept',
    term: 'Two-level game',
    definition:
      'A negotiator bargains with foreign governments and, at the same time, with their own parliament, voters or party. A deal must win at both tables; a weak position at home can be a strength abroad.',
  },
  // Words of the game
  {
    id: 'track',
    group: 'game',
    term: 'Track',
    definition:
      'One of thirteen public numbers from 0 to 10 (tension, capability, sanctions…). Orders, deals and events move them; your score is read from them.',
  },
  {
    id: 'joint-statement',
    group: 'game',
    term: 'Joint statement',
    definition: 'An agreement of symbolic items only: it lowers tension and raises legitimacy, and nothing in it can be checked.',
  },
  {
    id: 'deal',
    group: 'game',
    term: 'Deal',
    definition: 'An agreement with at least one item that can be checked. Each item binds its giver for some rounds: a commitment.',
  },
  {
    id: 'commitment',
    group: 'game',
    term: 'Commitment',
    definition: 'What a deal binds you to. Each round you secretly choose to comply or breach; complying forbids the orders that would break it.',
  },
  {
    id: 'breach',
    group: 'game',
    term: 'Breach',
    definition:
      'Breaking a commitment. An open breach is seen at once; one that needs inspectors stays hidden for a round without them; a symbolic one simply lapses. An exposed breach costs trust and credibility, and breaks ties against you.',
  },
  {
    id: 'brink',
    group: 'game',
    term: 'The brink',
    definition: `A round that ends with tension at 10 puts the peninsula on the brink. If the next round does not bring it down to ${STEP_BACK_TO} or less, it is war and everyone loses.`,
  },
  {
    id: 'secret-agenda',
    group: 'game',
    term: 'Secret agenda',
    definition: 'A private goal drawn at the start, worth extra points; only you see it until the end.',
  },
];
