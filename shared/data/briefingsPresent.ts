import type { Role } from '../roles';
import type { Briefing, TimelineEntry } from './briefings';

/**
 * The role briefings of the 2025 scenario (issue 20): the same one-page shape as the summit years',
 * set in September 2025. Only facts on the public record, paraphrased; each briefing names where
 * a class can check it. What the game simplifies (Russia has no seat) is said, not hidden.
 */

export const PRESENT_TIMELINE: readonly TimelineEntry[] = [
  { year: '2018–2020', text: 'Singapore, Hanoi and the DMZ: three Trump–Kim meetings and no verified step. In January 2020 Pyongyang says it is no longer bound by its test moratorium.' },
  { year: '2022', text: 'More missile launches than in any year before, ICBMs among them, and a law on the use of nuclear weapons. In May China and Russia veto new UN sanctions: the first veto on North Korea since the sanctions began.' },
  { year: '2023', text: 'The Washington Declaration gives Seoul a Nuclear Consultative Group; the US, South Korean and Japanese leaders meet at Camp David. Kim meets Putin at the Vostochny cosmodrome (September).' },
  { year: '2024', text: 'Kim declares the South a separate, hostile state (January). Russia vetoes the renewal of the UN Panel of Experts, which had reported on sanctions evasion since 2009; its mandate ends in April. In June Putin and Kim sign a treaty with a mutual-assistance clause; from October North Korean soldiers fight for Russia in the Kursk region. In December President Yoon declares martial law in Seoul and is impeached.' },
  { year: '2025', text: 'Trump returns to the White House (January). Moscow and Pyongyang acknowledge the troops in Kursk (April). Lee Jae Myung wins a snap election (June), switches off the border loudspeakers, and meets Trump in Washington (August). Kim stands beside Xi and Putin at Beijing\'s victory parade (September) and says he could talk to the US if it dropped its demand for denuclearisation.' },
];

/** Where the shared timeline can be checked (named, not linked: these stay findable when addresses move). */
export const PRESENT_SOURCES: readonly string[] = [
  'UN Security Council, 26 May 2022: a draft resolution on new sanctions vetoed by China and Russia (the Council\'s meeting record of that day).',
  'UN Security Council, 28 March 2024: the renewal of the 1718 Committee\'s Panel of Experts fails, 13 in favour, Russia against, China abstaining (UN press release of that day).',
  'Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian Federation, signed in Pyongyang on 19 June 2024 (text published by KCNA, 20 June 2024); in force from 4 December 2024.',
  'Multilateral Sanctions Monitoring Team (eleven states, formed October 2024), first report, 29 May 2025: North Korea–Russia military cooperation.',
  'Washington Declaration, 26 April 2023; the Camp David joint statement, 18 August 2023.',
];

const presentTable: Record<Role, Briefing> = {
  US: {
    role: 'US',
    title: 'United States — President Trump\'s second term',
    youAre: 'A President who met Kim three times and says he gets along with him, back in office with tariffs on allies and a war in Ukraine to end. Seoul and Tokyo still host your troops and still want your word.',
    history: [
      { year: '2019', text: 'Hanoi: you walked out rather than trade most sanctions for Yongbyon. The letters with Kim stopped in 2020.' },
      { year: '2023', text: 'Your predecessor gave Seoul a say in nuclear planning (the Washington Declaration) and met both allies\' leaders at Camp David.' },
      { year: '2025', text: 'Back in office you called North Korea a nuclear power and said you would reach out to Kim. Trade deals with Seoul and Tokyo set tariffs of 15% in return for investment in the US; an immigration raid at a Korean battery plant in Georgia angered Seoul (September).' },
      { year: '2025', text: 'In Alaska (August) you met Putin about Ukraine: the same Russia that buys North Korean shells and shelters Pyongyang at the UN.' },
    ],
    interests: [
      'A summit and a win to announce: a freeze, remains, a letter, something Kim signs.',
      'Fewer US costs: allies who pay more for their defence and invest in America.',
      'Credibility: allies who believe the umbrella, rivals who believe the warnings.',
      'Split Moscow from Pyongyang, if a Ukraine deal allows it.',
    ],
    redLines: [
      'No North Korean missile that can strike the US mainland without an answer.',
      'No deal that allies learn about from the news and then walk away from.',
    ],
    whatIf: [
      'What if the only deal on offer accepts North Korea\'s bombs and caps its missiles — a freeze, not disarmament?',
      'What if Moscow\'s veto means every new sanction must be your own, or the allies\'?',
      'What if Seoul and Tokyo ask for guarantees just when you ask them to pay more?',
    ],
    sources: ['White House: President Trump\'s meeting with President Lee Jae Myung, 25 August 2025.', 'US–Russia summit in Anchorage, Alaska, 15 August 2025 (White House and Kremlin statements).', 'Joint statement of the US, Japanese and South Korean foreign ministers, February 2025, on the complete denuclearisation of North Korea.'],
  },
  DPRK: {
    role: 'DPRK',
    title: 'North Korea — Kim Jong Un and the Workers\' Party',
    youAre: 'A nuclear-armed state by your own law and constitution, with a new patron in Moscow and an old one in Beijing. Sanctions still bind you on paper; fewer and fewer states enforce them.',
    history: [
      { year: '2019', text: 'Hanoi taught you that Washington wants everything before it gives anything.' },
      { year: '2022–2023', text: 'A law (2022) and a constitutional amendment (2023) make your nuclear forces permanent: not for negotiation.' },
      { year: '2024', text: 'The South is now a separate, hostile state; you blew up the roads across the border. The treaty with Russia promises help if you are attacked; your soldiers fought for Russia in Kursk, and your shells and missiles went to its war.' },
      { year: '2025', text: 'In Beijing you stood beside Xi and Putin. You told your assembly you have good memories of Trump and could talk, if the US dropped its demand that you disarm.' },
    ],
    interests: [
      'Keep the arsenal, and be treated as a nuclear state.',
      'Money, oil, food and technology from Russia while its war lasts.',
      'Keep China close as well: Russia\'s need for you may not outlast the war.',
      'Sanctions that nobody enforces, then sanctions lifted.',
    ],
    redLines: [
      'No talks about giving up nuclear weapons.',
      'No return to engagement with Seoul on Seoul\'s terms.',
    ],
    whatIf: [
      'What if the war in Ukraine ends and Moscow no longer needs your shells?',
      'What if Trump offers a summit — what do you sell, and for what?',
      'What if Beijing asks you to be quiet while it courts Washington?',
    ],
    sources: ['KCNA: Kim Jong Un\'s speeches to the Supreme People\'s Assembly, 15 January 2024 and 21 September 2025.', 'KCNA and the Russian General Staff on the deployment to Kursk, April 2025.'],
  },
  ROK: {
    role: 'ROK',
    title: 'South Korea — President Lee Jae Myung',
    youAre: 'A new President after a constitutional crisis, who wants tension down and talks back, without losing Washington or the good terms with Tokyo your predecessor built. Seoul is still in range of the North\'s artillery.',
    history: [
      { year: '2018', text: 'President Moon met Kim three times; the military agreement of September 2018 kept troops apart at the border until it collapsed in 2023–24.' },
      { year: '2024', text: 'President Yoon declared martial law on 3 December; parliament voted it down within hours and impeached him on 14 December. The Constitutional Court removed him in April 2025.' },
      { year: '2025', text: 'Elected on 3 June, you switched off the propaganda loudspeakers and said you would restore the 2018 military agreement step by step. You visited Tokyo, then Washington (25 August), where you urged Trump to meet Kim and offered to help.' },
      { year: '2025', text: 'A tariff deal with Washington promised large investment in the US; weeks later, Korean workers were detained in a raid on a battery plant in Georgia.' },
    ],
    interests: [
      'Lower tension and some contact with the North, even one-sided at first.',
      'An alliance that consults Seoul, on the North and on costs.',
      'Keep Japan close and China calm: you trade with both.',
      'Russia\'s help to Pyongyang stopped, or at least named.',
    ],
    redLines: [
      'No deal between Washington and Pyongyang made over your head.',
      'No military action on the peninsula without your consent.',
    ],
    whatIf: [
      'What if the North ignores every offer: how long do you keep offering?',
      'What if most South Koreans want their own bomb (polls say about seven in ten)?',
      'What if Washington asks for more money just when you need its guarantee?',
    ],
    sources: ['Constitutional Court of Korea, decision of 4 April 2025; National Election Commission, presidential election of 3 June 2025.', 'Office of the President (Seoul): President Lee\'s Liberation Day address, 15 August 2025, and the summit in Washington, 25 August 2025.', 'Asan Institute and Gallup Korea polls on nuclear armament, 2022–2025.'],
  },
  PRC: {
    role: 'PRC',
    title: 'China — Xi Jinping and the Foreign Ministry',
    youAre: 'Still North Korea\'s largest trading partner and treaty ally, no longer its only friend. You want stability on your border, a voice in any deal, and no US-led bloc closing in.',
    history: [
      { year: '2022', text: 'With Russia you vetoed new UN sanctions, saying pressure had failed.' },
      { year: '2024', text: 'You abstained when Russia vetoed the UN panel, and kept your distance from the Russia–North Korea treaty.' },
      { year: '2025', text: 'Kim came to Beijing\'s victory parade (September) and stood beside you and Putin; you met him for the first time in six years.' },
    ],
    interests: [
      'No war, no collapse, no refugees on your border.',
      'Influence in Pyongyang that Moscow does not replace.',
      'Be the mediator any deal needs; keep the US from treating Korea without you.',
      'Fewer US drills and missile defences near China.',
    ],
    redLines: [
      'No regime collapse or unification under Seoul and Washington.',
      'No North Korean nuclear test that drags you into the dock with Pyongyang.',
    ],
    whatIf: [
      'What if Moscow\'s treaty makes Pyongyang less willing to listen to you?',
      'What if standing with Russia and North Korea costs you with Seoul, Tokyo and Washington?',
      'What if a Trump–Kim summit happens without you?',
    ],
    sources: ['Xinhua and KCNA on Xi Jinping\'s talks with Kim Jong Un, Beijing, 4 September 2025.', 'Treaty of Friendship, Cooperation and Mutual Assistance between China and the DPRK, 1961.'],
  },
  JPN: {
    role: 'JPN',
    title: 'Japan — the Prime Minister and the Cabinet',
    youAre: 'A US ally within range of nearly every North Korean missile, spending more on defence than ever, with the abductions still unresolved and a new Prime Minister in Tokyo in autumn 2025.',
    history: [
      { year: '2002', text: 'Kim Jong Il admitted the abductions; five came home. Japan counts seventeen citizens abducted, most still unaccounted for.' },
      { year: '2022', text: 'A new security strategy: defence spending towards 2% of GDP by 2027 and missiles able to strike back.' },
      { year: '2023', text: 'A thaw with Seoul over wartime labour; Camp David with Washington and Seoul.' },
      { year: '2024–2025', text: 'With the UN panel gone, you joined ten other states in the Multilateral Sanctions Monitoring Team, whose first report (May 2025) documented North Korean arms sent to Russia.' },
    ],
    interests: [
      'Lower North Korean capability, short- and medium-range missiles included.',
      'A US that stays, consults and keeps its guarantee.',
      'The abductions addressed before normalisation or aid.',
      'Sanctions that still bite, if not through the UN then with allies.',
    ],
    redLines: [
      'No deal that caps only the missiles that reach America.',
      'No sanctions relief before verified steps.',
    ],
    whatIf: [
      'What if Washington accepts a nuclear North Korea to get a summit?',
      'What if your own build-up starts an arms race with Seoul and Pyongyang?',
      'What if a direct channel to Pyongyang brings more on the abductions than standing with Washington?',
    ],
    sources: ['Cabinet Secretariat (Tokyo): National Security Strategy, December 2022.', 'Headquarters for the Abduction Issue: the seventeen abductees recognised by the government of Japan.', 'Multilateral Sanctions Monitoring Team, first report, 29 May 2025.'],
  },
};

export const PRESENT_BRIEFINGS: Readonly<Record<Role, Briefing>> = presentTable;
