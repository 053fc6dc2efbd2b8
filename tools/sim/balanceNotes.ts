/**
 * The balance log: every change to a number made with the simulation harness, and why.
 * docs/BALANCE.md (the tuning log) is built from it; docs/RULES.md, for players, carries no
 * balance notes (issue 19: "RandomBots" and "mixed tables" mean nothing to a student).
 */
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
  {
    pass: 1,
    change:
      'Legitimacy came too easily: the charm offensive no longer adds legitimacy, a summit in Pyongyang adds 1 (not 2), and only rapport of 8 or more feeds legitimacy.',
  },
  { pass: 1, change: 'Too many agreements: a leader signs at most one agreement a round, and what is given to Pyongyang needs Pyongyang at the table.' },
  {
    pass: 1,
    change:
      'Capability grew too fast: Yongbyon adds 1 every third round (not every second), a missile test cannot be repeated two rounds running, and two scenarios start one point lower.',
  },
  {
    pass: 1,
    change:
      'Sanctions leaked: the economy now absorbs only 1 point of sanctions pressure, the economic lifeline gives 2 (not 3), and ship-to-ship evasion gives 1, or 2 when China enforces 4 or less.',
  },
  { pass: 1, change: 'A UN resolution now also costs Pyongyang 1 legitimacy.' },
  // Pass 2: 400-game runs of mixed-personality heuristic bots (npm run simulate). Before: DPRK won 47%, the US 2%, South Korea 4%;
  // nuclear normalisation in 74% of games, war in none; Japan pushed sanctions at the UN in 95% of its orders.
  {
    pass: 2,
    change: "Sanctions bite again: opening border trade no longer lowers China's enforcement, and the economic lifeline lowers it by 1 (not 2).",
    reason:
      "China held enforcement near 1, so sanctions pressure (sanctions × enforcement ÷ 10) never passed the economy's resilience: the DPRK economy ended at 9.8 of 10 and Pyongyang won half the games.",
  },
  {
    pass: 2,
    change: 'Less money from trade and arms: open border trade and arms exports give the economy 1 (not 2).',
    reason: 'The same: the economy saturated whatever the sanctions.',
  },
  {
    pass: 2,
    change:
      'Capability grows more slowly: a nuclear test adds 1 capability (not 2) and angers Beijing into enforcing (+1); a missile test adds capability only while it is 6 or less.',
    reason: 'Capability ended at 9–10 in most games, so nuclear normalisation was the outcome of three games in four.',
  },
  {
    pass: 2,
    change: 'Less legitimacy for free: a provocation at the DMZ, a declared moratorium and a summit in Washington no longer add legitimacy.',
    reason: 'Legitimacy ended near 9: with capability it made normalisation almost certain.',
  },
  {
    pass: 2,
    change: 'Nuclear normalisation is a smaller swing: +2 for North Korea, −2 for the United States and Japan, −1 for South Korea (was +4/−4/−4/−2).',
    reason: "It decided too many games by itself, always in Pyongyang's favour.",
  },
  {
    pass: 2,
    change:
      'The scenarios start lower: capability 5, 5, 6, 6 and legitimacy 4, 4, 4, 3 (Singapore, After Hanoi, Moratorium over, Renewed talks). Singapore 2018 starts with China enforcing 5 and ties at 6 (Beijing eased off and Kim visited three times in 2018) and US–Japan trust at 6 (Tokyo was not consulted on the drills); the two later scenarios start at tension 7 and 6 and US credibility 6.',
    reason:
      'Capability and legitimacy grow about 3 points a game; the later scenarios were decided by normalisation and had no risk of war, and Japan won 40% of Singapore games while China won 5%.',
  },
  {
    pass: 2,
    change:
      'No single order every round: joint drills, mediation, blocking a UN resolution, raising the abductions and pushing sanctions at the UN cannot be ordered two rounds running.',
    reason: 'Japan pushed sanctions in 95% of its orders, raised the abductions in 76%; mediation, drills and the veto were each above 60%.',
  },
  {
    pass: 2,
    change:
      'Reassuring allies no longer adds US credibility (only trust with both allies); raising the abductions and pushing sanctions at the UN no longer add US–Japan trust.',
    reason: 'Both alliance tracks ended at 10 in every game, and the US reassured allies in 71% of its orders.',
  },
  {
    pass: 2,
    change:
      'Objectives: China scores 4 (not 3) per mediation, agreement or Beijing summit; Japan scores 2 (not 3) per abductions step, its "pressure" is the average of sanctions and China\'s enforcement (not sanctions alone), and its "security assurances" the average of US–Japan trust and US credibility.',
    reason: 'Japan won 57% of games once sanctions bit, China 7%; pressure without enforcement is not pressure (GAME.md).',
  },
  {
    pass: 2,
    change:
      'Agendas: the US "inspectors on the ground" is met once inspections are agreed at any point (not only if still in force at the end); Japan\'s "no relief before inspections" also needs sanctions at 7 or more at the end.',
    reason: "The US agenda was almost never met and Japan's almost always (nobody gave relief): eight points each way.",
  },
  {
    pass: 3,
    change: 'A walk-out raises tension (+1) and costs rapport (−1) only when both leaders are at the table; walking out of other talks changes no track.',
    reason:
      'Every walk-out added tension, so a table of careless players walked into war: four RandomBots and one heuristic seat went to war in 59% of games (89% with five RandomBots), and the heuristic seat could not win a game it could not stop. With the change war falls to 37% there; mixed heuristic tables keep war at 5.6% and miss 5 of 40 per-scenario targets (7 before).',
  },
  {
    pass: 4,
    change:
      'The brink: a round that ends with tension at 10 puts the peninsula on the brink (a warning headline and flag); war breaks out only if the next round ends at 10 too. War is judged once, after the orders and upkeep, so every order is carried out. (GAME.md had war at once when tension touched 10.)',
    reason:
      'With war at the first touch of 10, one careful seat among four random ones still saw war in 31–41% of games as the US, China or Japan: a random North Korea adds +1.1 tension a round and up to +4 at once, it resolves second, the US last, and the two later scenarios start at 7 and 6, so wars came before the careful seat could answer. With one round to step back, a careful deal-maker seat sees war in about 6% of those games; mixed tables keep war in 5–20% because hawks and opportunists gamble at the brink (see BALANCE.md).',
  },
  { pass: 4, change: 'Cyber operations cannot be ordered two rounds running.', reason: 'North Korea chose one in 60–64% of its orders in mixed tables.' },
  {
    pass: 4,
    change: 'Ship-to-ship evasion gives its second point when China enforces 5 or less (not 4).',
    reason: 'It was the dull twin of the cyber operation; with the cooldown North Korea needs a second way to feed its economy.',
  },
  {
    pass: 4,
    change: 'The United States scores 5 (not 4) for each agreement it is party to.',
    reason: 'The US won 8–11% of mixed games in two scenarios once the other bots weighed their rivals.',
  },
  {
    pass: 7,
    change: 'The personal letter also lowers tension by 1.',
    reason:
      'Suspending drills was the only order by which the US could lower tension, so a careful US among careless players could not come down from the brink: 15% of its games ended in war.',
  },
  {
    pass: 7,
    change: 'Humanitarian exemptions: at the end of a round in which the DPRK economy is 1 or less, sanctions fall by 1.',
    reason:
      'North Korea could only ask others for relief, and a ruined economy stayed ruined: a careful North Korea among careless players ended with its economy near 1 and its agenda "Break the sanctions" met in 15% of games.',
  },
  {
    pass: 7,
    change: 'Japan\'s agenda "No relief before inspections" counts relief agreed at a summit, not the US relief order.',
    reason: "Japan has a say at the table, not over Washington's own orders: against a careless US the agenda was met in 18% of games, whatever Japan did.",
  },
  {
    pass: 7,
    change: 'Nuclear normalisation: +1 for North Korea (was +2) and +1 for China (was 0). Renewed talks starts with the DPRK economy at 4 (was 5).',
    reason:
      'Beijing prizes a stable neighbour over a disarmed one. With the changes above, North Korea won 31–34% of mixed games in two scenarios, and China 10–12% in two.',
  },
  // Pass 8 (issue 15): measured on 400 mixed games of the tuning seeds (sim-*); before: nuclear normalisation 70%, peace regime 0%,
  // détente 2%; winners who met their agenda 98%; ties 12%; capability 9.2 and both alliance tracks 9.8 at the end.
  {
    pass: 8,
    change:
      'Bounded swings: in one round tension rises by 3 at most and falls by 2 at most, and the DPRK economy moves 3 at most either way, from where they stood when the crisis card was drawn.',
    reason: 'Players saw tension fall from 7 to 0 in two rounds and the economy jump from 4 to 10 in one.',
  },
  {
    pass: 8,
    change: 'A test is news: a round with a nuclear test ends with tension at least 2 above its start, with a missile test at least 1.',
    reason: 'After a nuclear test the board showed tension 1 of 10: calming orders cancelled the test.',
  },
  {
    pass: 8,
    change:
      "Capability grows more slowly: Yongbyon adds 1 every fourth round (not third) and not while inspectors are on site; missile tests teach something only up to capability 5 (not 6); a nuclear test no longer adds legitimacy; a missile test no longer raises Japan's defence.",
    reason:
      'Capability ended at 9.2 on average and at 8 or more in 96% of games without war: normalisation was the outcome of 70% of games whatever the table did.',
  },
  {
    pass: 8,
    change:
      'Outcomes: managed détente is judged before the arms race; the arms race starts at 14 (not 12); a peace regime needs capability no higher than at the start (not 3 or less); Japan loses 1 in an arms race.',
    reason: 'Peace regime 0%, managed détente 2%, arms race 19–49% depending on the other rules: none of the hopeful endings could be reached.',
  },
  {
    pass: 8,
    change:
      'Alliance fatigue: US–ROK and US–Japan trust fall by 1 each round they stand at 7 or more; coordinating with Washington adds 1 trust (not 2) and no credibility, trilateral coordination no credibility. A US–DPRK agreement signed without South Korea at the table costs 1 US–ROK trust.',
    reason: 'Both alliance tracks ended at 10 in nine games of ten, so alliance friction never showed.',
  },
  {
    pass: 8,
    change:
      'Sanctions bite in full: the DPRK economy loses sanctions × enforcement ÷ 10 each round (nothing absorbed); ship-to-ship evasion gives its second point only when China enforces 3 or less.',
    reason: 'With US credibility and capability tamed, North Korea won a third of the games on an economy that ended at 8.',
  },
  {
    pass: 8,
    change:
      'The US order "Sanctions relief" is action for action: only while a North Korean moratorium, freeze, dismantlement or inspections is in force; it lowers sanctions 2, raises rapport 2 and keeps the leaders in touch, costs 1 US–Japan trust, and cannot be ordered two rounds running.',
    reason: 'Relief by fiat was 0.3–0.6% of US orders: nothing the US scores rewarded it.',
  },
  {
    pass: 8,
    change:
      'The nuclear-latency debate can be held every third round (not once a game); inter-Korean projects cannot be ordered two rounds running; mediation no longer adds PRC–DPRK ties.',
    reason: 'Projects were 61% of South Korean orders; ties ended near 9.',
  },
  {
    pass: 8,
    change:
      'Objectives: South Korea\'s fourth term is "A peace process" (agreements North Korea is party to, 3 for an end-of-war declaration; 1 point each), not denuclearisation; inter-Korean engagement counts projects and agreements (not channels), 2 points each; China\'s prestige scores 1 point per mediation, agreement or Beijing summit; its "no collapse" term is the average of the DPRK economy and PRC–DPRK ties.',
    reason: "Denuclearisation averaged 0.8 of 10 for Seoul, engagement 8.8, China's prestige 9.9.",
  },
  {
    pass: 8,
    change:
      'Secret agendas are worth 4 points (not 8) and are re-tuned: "Break the sanctions" is sanctions 4 or less or relief agreed and still in force; "Engage without losing Washington" needs two projects and trust 8 or more; China\'s summit agenda needs the US and North Korea at the Beijing table; "A stable neighbour" needs economy 6 and ties 9; Japan\'s abductions agenda, without conditional aid, needs three raisings and legitimacy 4 or less.',
    reason: 'Agendas were met 5–100% of the times drawn, and the winner had met theirs in 98% of games while the median margin was 2 points.',
  },
  { pass: 8, change: 'Ties: equal totals go to the fewest breaches, then to the higher public objectives.', reason: '12% of games were ties on points.' },
  {
    pass: 8,
    change:
      'Deals with teeth: when a breach comes to light the other sides of the agreement are released (snapback: relief lapses and the sanctions return); inspections forbid a nuclear test and stop Yongbyon; declaring the inventory costs 1 legitimacy, lasts the game and makes hidden breaches visible at once (a false declaration hides 1 capability); the US can offer China a trade truce (−1 US–Japan trust) for a closed border (+2 enforcement, no border trade or lifeline while it holds).',
    reason:
      'Inspections and the declaration cost Pyongyang nothing and were its most-traded items; nothing released the other side of a broken deal; the US had nothing to offer China.',
  },
  {
    pass: 8,
    change:
      "No deal is better than a bad deal: anyone at the table may walk out, and walking out of a package that would have moved the board against one's public objectives earns standing (US credibility, DPRK legitimacy, alliance trust or PRC–DPRK ties +1).",
    reason: 'A walk-out only cost, so the Hanoi choice was never rational.',
  },
  {
    pass: 8,
    change:
      "Dated cards (the Hanoi walk-out, the DMZ handshake, talks called off) are drawn only in their months: a round is three months from the scenario's start; the what-if scenario draws none.",
    reason: 'Singapore 2018 opened with "Talks called off (December 2019)".',
  },
  {
    pass: 8,
    change:
      'Agendas, second round: "Hold two summits" counts agreements with North Korea; China\'s summit agenda needs the US at a Beijing table; "A recognised nuclear state" needs legitimacy 5 (not 6); Japan\'s no-relief agenda needs sanctions at 6 (not 7); inter-Korean engagement scores 1 point per project or agreement.',
    reason: 'With deals that bite, normalisation fell to 9% and the agendas tied to it or to summits drifted out of 25–75%; South Korea won 37% of games.',
  },
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
];
