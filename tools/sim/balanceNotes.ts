/**
 * The balance log: every change to a number made with the simulation harness, and why.
 * docs/BALANCE.md (the tuning log) is built from it; docs/RULES.md, for players, carries no
 * balance notes (issue 19: "RandomBots" and "mixed tables" mean nothing to a student).
 */
import { EARLY_BALANCE_NOTES } from './balanceNotesEarly';

export interface BalanceNote {
  /** What changed, in the words a player reads. */
  readonly change: string;
  /** Why: what the simulation showed. */
  readonly reason?: string;
  /** The tuning pass it belongs to. */
  readonly pass: number;
}

export const BALANCE_TARGETS_TEXT =
  "Targets (GAME.md, issue 15): each role wins 15–25% of games; war in 5–15%, and at most 50% with three or more hawks at the table; no outcome above 40%, and peace regime, managed détente, nuclear normalisation and arms race each at least 5%; each secret agenda met in 25–75% of the games that draw it; winners who met their agenda at most 80%; ties at most 5%; every order in 3–60% of its role's orders; every objective's mean 1.5–8.5; every track's final mean 1–9; at least one agreement in most games.";

export const BALANCE_NOTES: readonly BalanceNote[] = [
  ...EARLY_BALANCE_NOTES,
  // Pass 9 (issue 15, the deal-maker against RandomBots and the roles' win rates): tuned on the tuning seeds (sim-*, and a second set tune2-*).
  {
    pass: 9,
    change: 'A test is news, but its floor stops at 9: a test on the brink no longer keeps tension at 10 whatever the other four do.',
    reason:
      "One random missile test on the brink made war however much the table calmed: war took 19% of a careful US seat's games against four RandomBots, most of them this way.",
  },
  {
    pass: 9,
    change: '"A win to announce" scores 4 points per agreement the US is party to (not 5).',
    reason:
      'With bots that build several-item packages the US won 28–34% of mixed games on 8.4–8.8 points of this term alone; at 4 points each role won 17–22% (300 tuning games).',
  },
  {
    pass: 9,
    change:
      "Bots (not rules): packages of up to four items, grown one item at a time while both sides gain; no fear of war once the last round is resolved; rivals one or two points behind the leader count too; deal-makers value the leaders' channel (rapport 3 or more); the US deal-maker fears war from tension 6, values its first of two summits at half and minds its rivals more (rivalry 1).",
    reason:
      'The deal-maker US seat won 49% of its games against four RandomBots (the target is 60% in every role): it lost a fifth of them to war and proposed only one-for-one trades.',
  },
  // Pass 10 (issue 15, the misses of pass 9): tuned on t10-* (200 mixed games a run) and u10-* (120 games of the US deal-maker against RandomBots).
  {
    pass: 10,
    change: 'A secret agenda is worth 2 points (not 4).',
    reason:
      "Winners who met their agenda were 89% (target at most 80%). Most agendas ask for what a role's good game brings anyway: replayed at 0 points, 58% of winners would still have met theirs, so the points had to fall as well as the agendas get harder: on the tuning seeds, 80–81% at 3 points, 72% at 2.",
  },
  {
    pass: 10,
    change:
      "South Korea's orders: coordinating with Washington cannot be ordered two rounds running; demanding assurances is possible only with US–ROK trust at 7 or less, and then adds 2 trust (not 1); the nuclear-latency debate is possible only with US credibility at 6 or less, adds 1 US–ROK trust and costs the US 2 credibility (it no longer adds ROK defence, tension or costs trust); the independent channel no longer lends Pyongyang legitimacy and cannot be ordered two rounds running; inter-Korean projects lower tension by 2 (not 1); the channel counts for inter-Korean engagement again (1 point).",
    reason:
      "Coordinating and demanding assurances were 63% and 77% of Seoul's orders (the demand cost Seoul nothing and calmed), the latency debate 2.6% (it only cost), and US–ROK trust ended near 9 (objectives 8.7). Each order now has its moment: coordination in good times, the demand when Washington lets trust slip, the debate when its umbrella looks weak (as in 2023, when the debate brought the Washington Declaration). Without the free demand South Korea won 9–11% of tuning games: the calming, engaging orders make up for it.",
  },
  {
    pass: 10,
    change:
      'Agendas: "Inspectors on the ground" needs inspections agreed at a summit the United States signs; "Break the sanctions" needs sanctions at 3 or less (not 4) or relief in force; "Engage without losing Washington" needs US–ROK trust 9 (not 8); "The abductions addressed" needs DPRK legitimacy at 5 or less on both paths (conditional aid, or three raisings).',
    reason:
      "Inspectors and abductions were met in 76% of the games that drew them, Seoul's agenda in 74–81% once its orders changed, and North Korea met its agendas more often than anyone once they were worth less. Inspections at any table made the US agenda something others did for Washington.",
  },
  {
    pass: 10,
    change:
      'Bots (not rules), measured and not adopted: a US deal-maker that asks boldly (proposes what it wants and lets the other side say no) won 61.7% against RandomBots on the tuning seeds (53.3% without; on the validation seeds 60.8% with it, 64.7% without), but it put only demands to every partner and never struck a mediated deal with a deal-making North Korea; a US that proposes fair trades the other side may still refuse won 55.8%.',
    reason:
      'The US seat loses to random tables through what random partners do to its own objectives: South Korea and China spend US credibility, Japan scores on the same alliance and capability terms, and a random North Korea tests at will. A bot that exploits partners who accept anything is not a partner a person would want.',
  },
  // Pass 11 (issue 15, the misses of pass 10): tuned on u11-* and t11-* (800 mixed games a run), on top of the bots that counter-propose.
  {
    pass: 11,
    change:
      'The arms race is a build-up: South Korean and Japanese defence together 6 or more above where they stood at the start (14 in Singapore 2018 and history mode, 15 after Hanoi, 16 in Renewed talks, 17 after the moratorium, 18 in 2025), not 14 in every scenario.',
    reason:
      'The arms race ended 41.3% of the validation games of pass 10 (target at most 40%), 43–52% in the later scenarios, which start 1–4 points nearer to 14: Seoul and Tokyo arming from where history left them counted as a race the table had started, and as defence never falls, a region once at 14 stayed in it whatever the table did. On the tuning seeds the arms race fell from 40.8% to 30–35% and frozen conflict rose from 5% to 11–14%. Tried and dropped: defence that fades by 1 a round from 8 (arms race 13%, war 3%).',
  },
  {
    pass: 11,
    change:
      '"A recognised nuclear state" is capability 7 or more, and either legitimacy 5 or more or an agreement signed with the United States (not legitimacy alone).',
    reason:
      "Met in 24.8% of the validation games that drew it (target 25–75%) once Seoul's channel lent Pyongyang no legitimacy. Singapore was the recognition Pyongyang sought and its press sold: a sitting US president signing with Kim as an equal. On the tuning seeds 25–29% became 45–51%.",
  },
  {
    pass: 11,
    change:
      'Reassuring allies adds 1 trust only with an ally at 7 or less, the line at which Seoul may demand assurances; an ally at 8 or more hears nothing new.',
    reason:
      "The order was half of all US orders and kept both alliances near 9: the US alliances objective averaged 8.52 (target at most 8.5). With the line at 8 it stayed at 8.4, at 7 it fell to 8.2 (tuning seeds). Tried and dropped: a cooldown (8.42); Tokyo's own cost for a US–North Korean deal without it (8.51); averages rounded down (8.19, but Japan, which scores two averages, won 14.5%); halves rounded to the even point (the US won 13.5%).",
  },
  {
    pass: 11,
    change: '"Engage without losing Washington" needs US–ROK trust 8 or more at the end (not 9), as before pass 10.',
    reason:
      'With reassurance reaching only a doubting ally, US–ROK trust ends about 0.3 lower: at 9 the agenda was met in 28–35% of the tuning games, at 8 in 53–58%.',
  },
  {
    pass: 11,
    change:
      'The level of arms still feeds tension: an armed region (South Korean and Japanese defence together at 14 or more) adds 1 tension a round, in every scenario, while only the build-up is the arms race.',
    reason:
      'With the feed moved to the build-up too, war fell from 5.9% to 4.5–5.6% of the tuning games (target 5–15%): armed neighbours are tense neighbours, whoever started the arming. Tried and dropped for war: bolder hawks (brinkmanship 4) and opportunists that fear war only from 11 (no measurable change).',
  },
  // Pass 12 (issue 15, the US misses of pass 11): tuned on u12-* and t12-* (300 mixed games a run), validated once on val2-*.
  {
    pass: 12,
    change:
      'Reassuring allies adds 1 trust with an ally at 8 or less (not 7): an ally not fully confident in Washington, one above the doubt at which Seoul may demand assurances (still 7 or less).',
    reason:
      'The United States won 14.8% of the validation games of pass 11 (target 15–25%). On the tuning seeds the US won 20.7% and 18.0% (pass 11: 17.3% and 15.3%), the alliances objective stayed at 8.38 (target at most 8.5), and "Engage without losing Washington" at trust 8 was met 57–66%. Tried and dropped: the demand line moved to 8 with it and the agenda back at 9 (the US won 14.7%, the objective 8.60: each demand costs the US credibility and gives Seoul 2 trust); reassurance at 8 with the agenda at 9 (the agenda met 22%). Its cost: the arms race ends about 5 points more often (val2: 36.5% against 31.3% under the rules of pass 11 on the same seeds).',
  },
  // Pass 13 (issue 15, the deal-maker US seat of pass 12): tuned on u13-*, t13-* and w13-* (840 games of the seat against RandomBots) and u13m-* (300 mixed games), validated once on val3-*.
  {
    pass: 13,
    change:
      'Bots (not rules): the US deal-maker weighs two tables for a face-to-face package with North Korea, Pyongyang and Washington, where before it only ever went to Pyongyang.',
    reason:
      "The deal-maker US seat won 59.8% against four RandomBots on val2 (target 60%). A summit in Pyongyang lends Kim legitimacy, one of his objectives, and one at the White House adds US credibility, one of Washington's, yet every package the US put to North Korea was tabled in Pyongyang. Inviting Kim home lifted the seat from 60.2% to 63.7% on the same 840 tuning games (u13 62.9 to 66.7%, t13 59.7 to 62.3%, w13 58.7 to 62.7%); mixed tables kept every aggregate target (u13m: the US 18.3 to 20.3%, China 19.7 to 19.3%). China, a mediator, is still met in Beijing: a first version that invited every host to Washington won 65.0% of the same games, but took the US's deals away from Beijing, and on the first validation set (val3) China won 13.5% of mixed games (target 15–25%; 17.3% with the bots of pass 12 on the same seeds) and met its Beijing agenda in 41.9% of its draws (57.5%). Measured and not adopted (same seeds): a US that fears war from 7 or 8 (not 6) or minds its rivals at 1.5 (not 1) gained 1–4 points on u13 and t13 and lost 4–6 on w13 (noise fitted, not a cause); one that first puts forward its own better package while an offer waits (one agreement a round) lost 1–5 points; one that prices the orders its own promises forbid (suspending drills forbids drills and shows of force) did not help; stricter acceptance (threshold 1 or 2), more proposals a round and no counter-proposals changed nothing. Why the seat loses: in nine of ten games against RandomBots the region arms (random Seoul and Tokyo bolster their defence), and the seat loses on points, mostly to South Korea, North Korea and Japan and mostly by 1–5 points, when random partners spend US credibility (3.4 at the end of its losses, 6.4 in its wins) and sign fewer of its packages (the announcement term 7.3 against 9.6).",
  },
  // Pass 14 (issue 15, per-scenario outcomes and the deal-maker US seat of pass 13): tuned on u14-* (600 mixed games), w14-* and t14-* (150 mixed games a scenario; 300 games of the US seat against RandomBots a run), validated once on val5-*.
  {
    pass: 14,
    change: 'The nuclear-latency debate costs Washington 1 credibility (not 2).',
    reason:
      'The debate is open whenever US credibility is 6 or less, and at 2 a debate made the next one possible: credibility drained in a spiral the US could not climb out of. The deal-maker US seat, which won 64.7% (55.1–73.3%) of its validation games of pass 13 against RandomBots, ended its losses with US credibility at 3.2 (5.9 in its wins), and random Seouls held the debate 1.08 times in its losses against 0.70 in its wins. At a cost of 1 the seat won 66.0% of t14 (62.7% before) and 71.0% of w14 (67.7%), 300 games each; mixed tables on u14 (300 games): the US 22.0 to 23.7% of wins, China 15.7 to 15.0% (its "limited US influence" falls as US credibility rises), the debate still 17.6% of Seoul\'s orders (18.1%). Measured for the seat and not adopted (bots, t14 and w14): a US that fears war from 7 (not 6): +4.6 points on t14, −1.4 on w14, as in pass 13; sixteen imagined rounds (not eight), a love of agreements of 1 or 3 (not 2): within a point.',
  },
  {
    pass: 14,
    change:
      'Moratorium over (2020) starts with ROK defence 7 (not 6); Renewed talks with ROK and Japan defence 6 (not 5). Their arms race is judged from there, as before: a combined 18 in both.',
    reason:
      "The arms race ended 34–43% of Moratorium over's games on every seed set (val2 and val4 43.3%) and 34–45% of Renewed talks' (val2 44.8%): the target is at most 40% in each scenario. Seoul under Moon raised defence spending fastest of the period (F-35s, submarines, longer-range missiles), and a what-if some years on starts at least as armed as 2020, as 2025 does. A region that starts better armed has less room to race before the top of both tracks, and reaches the armed region's feed of tension sooner. On the tuning seeds (150 games each): Moratorium over's arms race 34.0 to 29.3% (w14), war 5.3 to 7.3%; Renewed talks' 34.0 to 27.3% (w14) and 36.7 to 31.3% (t14), frozen conflict rising in their place. Measured and not adopted: Moratorium over without its second regional-arms-race card (arms race 38.0%); Moratorium over with Japan at 6 too (28.0%, but Japan would start 2020 as armed as after its 2022 strategy); Renewed talks with legitimacy 4 (normalisation 8.0 to 9.3%, North Korea 18.0 to 24.7% of its wins); history mode over 7 rounds (managed détente 32 to 25%, but the arms race 27 to 37% and China 8% of wins); an armed region from 13 (war unchanged, 5.7 to 5.0% of u14).",
  },
  // Pass 15 (issue 15, the misses of pass 14's validation): tuned on u15-*, t15-* and w15-* (300 mixed games a run; 150 games of one scenario for a scenario change), validated once on val6-*.
  {
    pass: 15,
    change: 'A tie after the fewest breaches and the higher public objectives goes to the role that signed more agreements; only then is a win shared.',
    reason:
      'Shared wins were 5.0% of the validation games of pass 14 (target at most 5%): the report counts the games the rules still leave tied after every tie-break (equal best totals before them: 12.9%). The diplomat who got more on paper is a tie-break a table understands, and it reads what was played, not the secret draw. Shared wins on the tuning seeds: u15 3.8% to 1.1%, t15 0.0%, w15 0.7%; wins move from shared to single, a little away from Japan (u15: 21.0 to 18.3%), which signs the fewest agreements.',
  },
  {
    pass: 15,
    change: 'Renewed talks starts with DPRK legitimacy 4 (not 3).',
    reason:
      "Nuclear normalisation (legitimacy 7 and capability 8) ended 2.0% of the Renewed talks games of pass 14's validation and 4–8% on every seed set before (target at least 5%), the lowest start of any scenario. Some years on, its arsenal grown, North Korea is no less accepted than in 2019 or 2025, which start at 4. On the tuning seeds (150 games each): normalisation 3.3 to 6.0% (t15) and 5.3 to 9.3% (w15), war unchanged (7.3 to 6.0%, 7.3 to 7.3%). Measured and not adopted: Renewed talks at tension 7 for war (5.3% and 6.7%, against 6.0% and 7.3% at 6).",
  },
  {
    pass: 15,
    change: 'Warning Pyongyang no longer costs PRC–DPRK ties (it still lowers tension and North Korean legitimacy by 1).',
    reason:
      "China was the lowest role of pass 14 (15.7% of validation wins) and won 13.3–14.0% of every tuning set with pass 14's rules. Its one calming order cut its own \"hold on Pyongyang\", so each warning traded half a point of one objective for a point of another. A quiet word is the hold an ally keeps, not a rupture; closing the border (enforcing sanctions) is, and still costs ties. On 900 tuning games China went from 13.5% to 17.2% of wins (u15 13.3 to 17.3%, t15 14.0 to 17.7%, w15 13.3 to 16.7%), war 5.1 to 6.0%, the order 31 to 41% of China's orders; North Korea 21.1 to 19.3%, Japan 19.2 to 17.4%. Measured and not adopted: China +1 for a frozen conflict (Beijing's status quo; u15 13.3 to 11.3%), China +3 (not 2) for a peace regime (its dual-track proposal; 13.3 to 13.7%, 14.0 to 13.3%), 2025 starting at PRC–DPRK ties 7 (Kim at the Beijing parade; China 14.0 to 10.0% of that scenario).",
  },
  // Pass 16 (issue 15, the per-scenario rows missed on both val7 and val8): tuned on u17-*, t17-* and w17-* (300 games of one scenario a run, 900 a scenario), validated once on val9-*.
  {
    pass: 16,
    change: 'Singapore 2018 starts with DPRK legitimacy 5 (not 4) and US–ROK trust 6 (not 7); history mode, four months on, keeps the board of autumn 2018.',
    reason:
      'North Korea won 13.3% and 13.7% of the Singapore 2018 games of val7 and val8 and the US 25.3% and 26.0%: the two rows that missed on both validation sets there (target 15–25%), and the tuning seeds agreed (13.3% and 25.9% of 900 games). The scenario opens in the week of the summit: a sitting US president had just met Kim as an equal, the recognition Pyongyang sought; and the halt to the "war games" was announced at the press conference before Seoul was told. On the tuning seeds North Korea went from 13.3% to 16.9% of the wins (t17 14.0 to 18.0%, u17 14.7 to 16.3%, w17 11.3 to 16.3%), the US from 25.9% to 23.0% (27.0 to 21.7%, 25.3 to 24.7%, 25.3 to 22.7%), the arms race from 37.7% to 33.4%, war 4.8 to 4.6%; South Korea 20.1 to 19.8%, China 17.8 to 16.1%, Japan 18.7 to 20.2%. Measured and not adopted (same seeds): legitimacy 5 alone (North Korea 16.9%, the US still 24.9%); legitimacy 5 on the board after Singapore, history mode included (history mode\'s North Korea 21.3 to 23.2%, 25.3% on t17); legitimacy 5 and US credibility 5 (the US 21.3%, but North Korea 15.2% and China 21.8%); legitimacy 5 and US–Japan trust 5 (the US 24.9%).',
  },
  {
    pass: 16,
    change: 'Renewed talks starts at tension 7 (not 6) and its deck holds a second satellite launch.',
    reason:
      'War ended 3.0% and 3.7% of the Renewed talks games of val7 and val8 (target 5–15%), and 4.0% (2.9–5.5%) of 900 tuning games. Some years on, with no talks and no moratorium, the arsenal has grown and is shown (as the launches of 2023–24 showed it). On the tuning seeds war went from 4.0% to 5.6% (t17 2.0 to 3.7%, u17 5.7 to 7.0%, w17 4.3 to 6.0%), normalisation 6.7 to 7.1%, every role 17.0–20.1% of the wins (the US 22.1 to 20.1%, North Korea 17.0 to 19.9%, Japan 18.3 to 17.0%). Measured and not adopted (same seeds): the launch alone (war 4.8%, Japan 15.9%); tension 7 alone (war 5.9%, but normalisation 5.1%, 3.9–6.8%, the row pass 15 mended; pass 15 had seen no gain from it on 150 games a set); tension 7 and capability 7 (war 5.7%, but the US 16.8% and Japan 14.2%).',
  },
  // Pass 17 (issue 15, Japan nearest its line): tuned on u18-*, t18-* and w18-* (600 mixed games a set, 1,800 in all), validated once on val10-*.
  {
    pass: 17,
    change: 'Japan\'s agenda "No relief before inspections" needs sanctions at 5 or more at the end (not 6).',
    reason:
      'Japan was the role nearest its line (15.3%, 13.7–17.1%, of val9\'s wins; below 15% in four scenarios there), and its two agendas were uneven: "No relief before inspections" was met in 33.8–36% of its draws and Japan won 13–15% of the games that dealt it, against 59–61% and 18–21% for the abductions. Sanctions ended at 5.0 on average, so the line at 6 asked Tokyo to see them tightened, where its line (maximum pressure) was that they stay until Pyongyang moves. On the tuning seeds the agenda was met in 47.0% of its draws (33.8% before) and Japan won 17.2% of them (14.8%); Japan went from 18.1% to 19.3% of all wins (u18 17.8 to 19.3%, t18 19.2 to 20.3%, w18 17.3 to 18.2%), war 6.2 to 5.9%, every other role within a point (the US 17.5 to 17.6%, North Korea 17.4 to 17.1%, South Korea 21.4 to 21.1%, China 20.0 to 19.6%). It changes no order and no other agenda: only games that deal Japan this agenda play differently. Measured and not adopted (same seeds): Japan loses nothing in an arms race (0, not −1; Japan 20.4%, but Japan\'s bots then arm freely: war 7.0%, China 20.0 to 17.6%, 13.7% of history mode); after the validation, for the next pass, Japan +2 for a managed détente (Japan 20.6%, 17.7% of 2025) and +4 for a peace regime (19.8%, 15.3% of 2025).',
  },
  // Pass 18 (issue 15, the three real misses of val10 and val11): tuned on u19-*, t19-* and w19-* (300-600 games of one scenario a run), validated once on val12-*.
  {
    pass: 18,
    change: 'Moratorium over (2020) starts with DPRK legitimacy 5 (not 4).',
    reason:
      'Nuclear normalisation (legitimacy 7 and capability 8) ended 3.0% (1.9–4.7%) of the Moratorium over games of val11 and 6.7% of val10 (target at least 5%); legitimacy ended lowest there of the six scenarios (3.9). Six months before January 2020 the President had stepped across the line at Panmunjom with Kim, the recognition Pyongyang sought. On the tuning seeds (300 games a set, 900 in all) normalisation went from 4.4% (3.3–6.0%) to 6.4% (5.0–8.2%) (u19 2.3 to 4.3%, t19 7.0 to 8.3%, w19 4.0 to 6.7%), North Korea from 13.8% to 16.7% of the wins, China 20.7 to 18.0%, Japan 19.8 to 17.8%, war 6.3 to 7.6%, the peace regime 12.8 to 15.0%.',
  },
  {
    pass: 18,
    change:
      "History mode's third card (April–June 2019) is Xi in Pyongyang, then the DMZ: PRC–DPRK ties +1 and DPRK economy +1 for Xi's visit, then the handshake's own effects (rapport +2, legitimacy +1, tension −1, a US–DPRK contact).",
    reason:
      "China won 14.3% and 14.5% of the history games of val10 and val11 (target 15–25%), and no card of the script gave Beijing a part, where Xi's visit of 20–21 June 2019, the first by a Chinese leader since 2005, came ten days before the DMZ and Chinese tourists and aid followed it. History plays one card a season, so the visit shares the season's card with the handshake. On the tuning seeds China went from 17.2% (14.9–19.8%, 900 games) to 18.2% (15.8–20.9%, with the short-range tests at tension +2), Japan 20.4 to 16.6%; with the end of the moratorium at +3 too (1,800 games), China 17.3% (15.6–19.1%) and Japan 18.3%. Measured and dropped: starting history mode at PRC–DPRK ties 7 (Kim's three visits to Beijing in 2018) gave China 15.9% (13.6–18.4%) of 900 games, lower, as pass 15 saw in 2025.",
  },
  {
    pass: 18,
    change:
      "In history mode the short-range tests (July–September 2019) raise tension by 2 (not 1); the end of the moratorium raises it by 3 (not 2) wherever a moratorium holds when it is drawn (history mode's round 6; After Hanoi 2019, and any summit-years game whose table declared a moratorium).",
    reason:
      'War ended 3.0% and 4.0% of the history games of val10 and val11 (target 5–15%). Thirteen rounds of tests in 2019 brought new solid-fuel missiles Tokyo called a breach of UN resolutions, and Kim ended the moratorium promising the world "a new strategic weapon". On the tuning seeds war in history mode went from 4.4% (3.3–6.0%, 900 games) to 5.1% (4.2–6.2%, 1,800 games; 4.7% with the end of the moratorium alone at +3); in After Hanoi 2019 (1,800 games) war 6.1 to 6.2%, every role within a point. A small lift on the tuning seeds and none on val12, where war ended 4.0% of history games (4.3% under pass 17\'s rules on the same seeds; see the pass 18 notes).',
  },
  // Pass 19 (issue 15, the two real misses of val11 and val12): tuned on u20-*, t20-* and w20-* (600 games of one scenario a run, 1,800 a scenario), validated once on val13-*.
  {
    pass: 19,
    change:
      "Japan's push for UN sanctions is no longer empty under Russia's treaty veto (2025): Tokyo and its partners sanction the networks themselves, sanctions +1 up to 8, the level the Council's resolutions set; no condemnation. Under China's veto in the other scenarios it still does nothing.",
    reason:
      "Japan won 14.3% and 13.5% of the 2025 games of val11 and val12 (target 15–25%) and North Korea 26.2% on val12. Russia vetoes every 2025 round, so the order did nothing there, yet Japan's seats gave it a quarter of their 2025 orders (25.7%). After Russia's veto ended the UN panel (March 2024), Japan and ten partners set up their own Multilateral Sanctions Monitoring Team (first report May 2025) and sanctioned the networks it named; they can keep the Council's sanctions from eroding, not tighten them past what the Council set. On the tuning seeds (1,800 games of 2025) Japan went from 15.1% (13.5–16.8%) to 18.1% (16.4–20.0%) (u20 13.5 to 17.7%, t20 14.7 to 18.2%, w20 17.0 to 18.5%), North Korea from 25.0% (23.1–27.1%) to 17.3% (15.6–19.1%), the US 19.8 to 22.7%, South Korea 19.5 to 20.7%, China 17.3 to 17.6%, war 4.0 to 4.5%; sanctions ended at 6.6 (5.3 before) and Japan gave the order 35.1% of its orders. Measured and dropped (same seeds; 2025 unless said): US–Japan trust 7 at the start (Japan 14.9%); enforcement 4 at the start, for the allies' monitoring team (Japan 14.8%, war 6.4%); pass 17's Japan +2 for a managed détente (Japan 14.9%, North Korea 26.6%); under Russia's veto, US–Japan trust +1 (Japan 14.4%), or sanctions +1 and tension +1 with no cap (Japan 21.8%, North Korea 16.1%, China 14.3%, the US 24.9%); caps at 6 and 7 (Japan 16.0% and 16.9%, North Korea 20.9% and 18.7%); under any veto, China's included, sanctions +1 (2025 Japan 21.1%, North Korea 15.7%; all scenarios, 3,600 mixed games on u20 and t20: North Korea 11.9%, 8.2% of After Hanoi) or legitimacy −1 (all scenarios: North Korea 13.9%, normalisation 4.9%): China blocks a resolution in 48% of its orders, so a push that works under its veto takes the veto's point away.",
  },
  // Pass 20 (issue 15, winners who met their agenda on the line, and North Korea in After Hanoi): tuned on u21-*, t21-* and w21-*, validated once on val14-*.
  {
    pass: 20,
    change: 'A met secret agenda scores 1 point (not 2). Bots still count it as 2 when they weigh a move, as before.',
    reason:
      "Winners who met their agenda were 79.6%, 79.6% and 80.0% of the winners of val11, val12 and val13 (target at most 80%), each interval over the line. The agendas most met by winners were those a role's good game brings anyway (North Korea's recognised nuclear state 89% of its winners, the US's two summits 88%, Japan's two 87–88%, on the tuning seeds), and the 2 points were needed by a quarter of the winners (25.1%: without them another role had more). At 1 point the agenda breaks a tie on points; a winner needs the better game. On the tuning seeds (5,400 mixed games) winners who met their agenda went from 78.7% (77.6–79.8%) to 73.1% (71.9–74.3%) (u21 78.7 to 73.3%, t21 80.0 to 74.0%, w21 77.4 to 72.1%); every role 16.9–21.5% (North Korea 16.8 to 16.9%, China 18.4 to 19.6%, Japan 18.4 to 17.1%). The bots' weight: at its new worth North Korea's bots stopped working for recognition (met 47.8 to 41.8% of its draws on u21) and North Korea fell to 14.7% of u21 (16.2% before), 15.7% of u21 and t21 with After Hanoi's legitimacy 5; counted as 2, the bots play as before and North Korea kept its share.",
  },
  {
    pass: 20,
    change: 'After Hanoi 2019 starts with DPRK legitimacy 5 (not 4) and US credibility 6 (not 5), and its deck holds the DMZ handshake (June 2019) twice.',
    reason:
      "North Korea won 13.5% and 12.5% of the After Hanoi games of val12 and val13 (target 15–25%), 14.2% (12.1–16.7%) of 900 tuning games under pass 19's rules, and 13.1% of 1,200 After Hanoi games (u21, t21) once the agenda was worth 1; its legitimacy term was its weakest (4.2 of 10) and \"A recognised nuclear state\" was met in 35% of its draws there (42–56% elsewhere). By February 2019 Kim had met a sitting president twice, Xi four times and Moon three times; the walk-out denied him relief, not standing, so the board starts at Singapore's legitimacy. US credibility starts where it stood after Singapore, not one lower: the walk-out card itself gives the US +1 (\"no deal is better than a bad deal\"), and After Hanoi's board already carried the card's rapport −2 and US–Japan trust +1. The DMZ meeting is the season's likeliest turn, dealt twice as talks called off is. On 1,200 After Hanoi games (u21, t21, with the agenda at 1): legitimacy 5 alone, North Korea 13.1 to 14.2% and China 25.4 to 25.7%; with US credibility 6, China 22.1% and the US 16.6 to 20.2%; all three, North Korea 14.6% (12.7–16.7%), China 21.2%, the US 19.6%, normalisation 5.4 to 8.5%. Measured and dropped: capability 6 (North Korea 14.8%, the US 14.5%), rapport 6 (North Korea 14.1%), economy 5 (North Korea 13.5%).",
  },
  // Pass 21 (issue 15, war near its floor, and North Korea in After Hanoi): tuned on u22-*, t22-* and w22-*, validated once on val15-*.
  {
    pass: 21,
    change:
      "From the brink, only tension at 8 or less steps back: a round on the brink that ends at 9 is war too (it had to end at 10). On the brink a test's floor stops at 8 (9 elsewhere), so one test still cannot make the war alone.",
    reason:
      "War ended 4.6% (3.9–5.3%) of val14's games and 6.1% of val13's (target 5–15%), and 3.0–5.7% of history mode's on five sets. On the brink a table only had to take one point off the top: one calming order by one seat did it unless another seat pushed, and a crisis at its peak was undone by a gesture. Two points off the top is the most a round can calm (tension falls 2 at most), so stepping back now takes the whole table, and a seat that keeps pushing on the brink can make war. On the tuning seeds (1,200 mixed games a set) war went from 5.0% (3.9–6.4%) to 7.2% on u22, and was 7.4% on t22 and 6.3% on w22 (7.0%, 6.2–7.9%, of the 3,600), every role within a point or two on u22 (Japan 18.9 to 17.8%, North Korea 17.1 to 16.4%); games with three or more hawks 31.2% to 42.2% on u22 (40.0%, 35.0–45.2%, of the three sets; target at most 50%). History mode is not reached: 4.0% (2.7–5.9%) of its 600 tuning games, where the table rarely comes to the brink at all.",
  },
  // Pass 22 (issue 15, China in history mode, Japan in 2025, North Korea in After Hanoi): tuned on u23-* and t23-*, validated once on val16-*.
  {
    pass: 22,
    change: 'A managed détente scores the US 0, North Korea 1, South Korea 2, China 4 and Japan 2 (was 1, 1, 3, 3 and 1): the same 9 points, divided anew.',
    reason:
      'China won 13.8% of history mode on val15 (14.3–14.5% on val10–val12) and Japan 14.7% of 2025 (target 15–25%). A probe of the tuning games (After Hanoi, history mode and 2025, 1,200 to 2,400 games each) showed where both lost: South Korea won 52–58% of the managed détentes, a quarter to a third of those games, China 13–19% and Japan 7–12%. Seoul already scores calm in its public objectives (low tension, engagement), and +3 on top settled the row for it. A calm border with no settlement is Beijing\'s own aim ("no war, no chaos"; its 2017 "freeze for freeze"), so +4; Tokyo, in range of every missile the North tests, +2; a quiet standoff gives Washington nothing to announce, so 0; North Korea keeps 1. On the tuning seeds (u23 and t23, 2,400 games of each scenario) China in history mode went from 16.8% (15.3–18.3%) to 19.6% (18.1–21.3%) and South Korea there from 24.0% to 20.5%; Japan in 2025 from 16.1% (14.7–17.6%) to 18.1% (16.6–19.7%), South Korea 22.1 to 19.4%, the US 22.4 to 21.3%; South Korea now wins 38–47% of the détentes, China 23–28%, Japan 14–17%. Its cost, on 1,200 games of After Hanoi (u23): South Korea 21.4 to 16.6%, North Korea 15.2 to 14.8%.',
  },
  // Pass 23 (issue 15, North Korea in Singapore 2018 and 2025): tuned on u24-* and t24-*, validated once on val17-*.
  {
    pass: 23,
    change: 'A frozen conflict scores North Korea 1 (was 0; the others still 0).',
    reason:
      "North Korea won 13.2% of Singapore 2018 and 14.5% of 2025 on val16 (target 15–25%), and 12.5–16.2% of After Hanoi on val11–val16: the role most often under its line. A standoff with nothing settled leaves Pyongyang its weapons and its regime without a concession, the status quo it has outlasted every negotiating partner with; for the others it is no gain. On the tuning seeds a managed détente's point for North Korea (1 → 2) did nothing for it (Singapore 2018 12.5 → 12.2%, 2025 12.8 → 11.7% of 600 games each on u24): the bots steered to more détentes (29 → 38% of Singapore 2018) and the others took them. The frozen conflict's point: 2025 12.8 → 16.5% (u24), and over 2,400 mixed games of t24 North Korea 16.8 → 18.0%, history mode 13.5 → 16.0%, Singapore 2018 13.2 → 14.0%; misses 3 → 2 of 100.",
  },
  // Pass 24 (issue 15, South Korea and China): tuned on u25-* and t25-*, validated once on val18-*.
  {
    pass: 24,
    change: 'A managed détente scores South Korea 3 and China 3 (were 2 and 4; the US, North Korea and Japan keep 0, 1 and 2): the same 9 points.',
    reason:
      "After pass 22 moved a point of the détente from Seoul to Beijing, South Korea won least (16.2% of val17, 14.3% of After Hanoi; target 15–25%) and China most (22.1%, 25.3% of After Hanoi). A calm border is Seoul's first aim as much as Beijing's: its capital lies in artillery range of the DMZ, and the 2018 military agreement was Moon's own. On the tuning seeds (2,400 mixed games each) South Korea went from 15.7% to 20.1% (u25) and 16.2% to 20.4% (t25), China from 22.3% to 18.6% and 22.6% to 19.8%; in After Hanoi (800 games) South Korea 12.0 to 16.2%, China 25.0 to 22.1%. Seoul 3 with Beijing 4 (10 points) left South Korea at 18.4–18.5%, Japan at 16.6% and China at 29.8% of After Hanoi on t25; an arms race costing Seoul 1 (not 2) moved South Korea by less than a point.",
  },
];
