/**
 * The balance log: every change to a number made with the simulation harness, and why.
 * docs/RULES.md ("Balance notes") and docs/BALANCE.md (the tuning log) are both built from it,
 * so the rules and the report cannot disagree about what was changed.
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
  'Targets: each role wins 12–30% of games; war in 5–20% of games; at least one agreement in most games; no single action in more than 60% of all orders.';

export const BALANCE_NOTES: readonly BalanceNote[] = [
  { pass: 1, change: 'Legitimacy came too easily: the charm offensive no longer adds legitimacy, a summit in Pyongyang adds 1 (not 2), and only rapport of 8 or more feeds legitimacy.' },
  { pass: 1, change: 'Too many agreements: a leader signs at most one agreement a round, and what is given to Pyongyang needs Pyongyang at the table.' },
  { pass: 1, change: 'Capability grew too fast: Yongbyon adds 1 every third round (not every second), a missile test cannot be repeated two rounds running, and two scenarios start one point lower.' },
  { pass: 1, change: 'Sanctions leaked: the economy now absorbs only 1 point of sanctions pressure, the economic lifeline gives 2 (not 3), and ship-to-ship evasion gives 1, or 2 when China enforces 4 or less.' },
  { pass: 1, change: 'A UN resolution now also costs Pyongyang 1 legitimacy.' },
  // Pass 2: 400-game runs of mixed-personality heuristic bots (npm run simulate). Before: DPRK won 47%, the US 2%, South Korea 4%;
  // nuclear normalisation in 74% of games, war in none; Japan pushed sanctions at the UN in 95% of its orders.
  { pass: 2, change: 'Sanctions bite again: opening border trade no longer lowers China\'s enforcement, and the economic lifeline lowers it by 1 (not 2).', reason: 'China held enforcement near 1, so sanctions pressure (sanctions × enforcement ÷ 10) never passed the economy\'s resilience: the DPRK economy ended at 9.8 of 10 and Pyongyang won half the games.' },
  { pass: 2, change: 'Less money from trade and arms: open border trade and arms exports give the economy 1 (not 2).', reason: 'The same: the economy saturated whatever the sanctions.' },
  { pass: 2, change: 'Capability grows more slowly: a nuclear test adds 1 capability (not 2) and angers Beijing into enforcing (+1); a missile test adds capability only while it is 6 or less.', reason: 'Capability ended at 9–10 in most games, so nuclear normalisation was the outcome of three games in four.' },
  { pass: 2, change: 'Less legitimacy for free: a provocation at the DMZ, a declared moratorium and a summit in Washington no longer add legitimacy.', reason: 'Legitimacy ended near 9: with capability it made normalisation almost certain.' },
  { pass: 2, change: 'Nuclear normalisation is a smaller swing: +2 for North Korea, −2 for the United States and Japan, −1 for South Korea (was +4/−4/−4/−2).', reason: 'It decided too many games by itself, always in Pyongyang\'s favour.' },
  { pass: 2, change: 'The scenarios start lower: capability 5, 5, 6, 6 and legitimacy 4, 4, 4, 3 (Singapore, After Hanoi, Moratorium over, Renewed talks). Singapore 2018 starts with China enforcing 5 and ties at 6 (Beijing eased off and Kim visited three times in 2018) and US–Japan trust at 6 (Tokyo was not consulted on the drills); the two later scenarios start at tension 7 and 6 and US credibility 6.', reason: 'Capability and legitimacy grow about 3 points a game; the later scenarios were decided by normalisation and had no risk of war, and Japan won 40% of Singapore games while China won 5%.' },
  { pass: 2, change: 'No single order every round: joint drills, mediation, blocking a UN resolution, raising the abductions and pushing sanctions at the UN cannot be ordered two rounds running.', reason: 'Japan pushed sanctions in 95% of its orders, raised the abductions in 76%; mediation, drills and the veto were each above 60%.' },
  { pass: 2, change: 'Reassuring allies no longer adds US credibility (only trust with both allies); raising the abductions and pushing sanctions at the UN no longer add US–Japan trust.', reason: 'Both alliance tracks ended at 10 in every game, and the US reassured allies in 71% of its orders.' },
  { pass: 2, change: 'Objectives: China scores 4 (not 3) per mediation, agreement or Beijing summit; Japan scores 2 (not 3) per abductions step, its "pressure" is the average of sanctions and China\'s enforcement (not sanctions alone), and its "security assurances" the average of US–Japan trust and US credibility.', reason: 'Japan won 57% of games once sanctions bit, China 7%; pressure without enforcement is not pressure (GAME.md).' },
  { pass: 2, change: 'Agendas: the US "inspectors on the ground" is met once inspections are agreed at any point (not only if still in force at the end); Japan\'s "no relief before inspections" also needs sanctions at 7 or more at the end.', reason: 'The US agenda was almost never met and Japan\'s almost always (nobody gave relief): eight points each way.' },
  { pass: 3, change: 'A walk-out raises tension (+1) and costs rapport (−1) only when both leaders are at the table; walking out of other talks changes no track.', reason: 'Every walk-out added tension, so a table of careless players walked into war: four RandomBots and one heuristic seat went to war in 59% of games (89% with five RandomBots), and the heuristic seat could not win a game it could not stop. With the change war falls to 37% there; mixed heuristic tables keep war at 5.6% and miss 5 of 40 per-scenario targets (7 before).' },
];

/** Numbers measured before and after each tuning pass (`npm run simulate`), for the report's record. */
export const BALANCE_HISTORY = `## Before and after tuning pass 2

Before: the tables at the start of pass 2 (after pass 1), with the bots of that time; 400 mixed games, plus 400 deal-maker games and 200 games of one heuristic seat against four RandomBots. After: the tables above.

| Run | US | DPRK | ROK | PRC | JPN | War | Games with an agreement | Most-used action |
|---|---|---|---|---|---|---|---|---|
| Before, mixed personalities | 1.8% | 46.5% | 4.3% | 26.5% | 26.0% | 0.0% | 100% | Push sanctions at the UN, 95% of Japan's orders |
| Before, all deal-makers | 1.0% | 42.8% | 6.3% | 27.0% | 30.5% | 0.0% | 100% | — |
| Before, heuristic seat vs 4 RandomBots | 0.0% | 47.5% | 30.0% | 35.0% | 27.5% | 41.0% | — | — |

Before, the outcome was nuclear normalisation in 74% of games (arms race 19%, managed détente 7%, war 0%), and the board ended saturated: capability 9.7, legitimacy 8.8, DPRK economy 9.8, China's enforcement 1.2, both alliance tracks 9.9.

Changes to the bots in the same pass (they are not rules, so they are recorded here and not in docs/RULES.md):
- Decisions use cheap what-if copies of the state instead of structuredClone: about five times faster (7.7 ms → under 1.5 ms a decision on this machine), same choices.
- A bot expects the others to add as much tension as their last orders did, and weighs its own orders against that (before, it assumed the others would do nothing).
- A bot proposes gifts and plain requests as well as one-for-one trades, and turns down a package the rules would not let it sign.
- Personalities differ in when they start to fear war: doves and deal-makers from tension 5, opportunists from 7, hawks from 8, and hawks believe in brinkmanship (1.5 points of leverage per level of tension, up to 7). Without this the bots never risked war (0% of games) and the war target (5–20%) could not be met by any table. The price: a table of five hawks, each raising tension at the same time in the belief that the others will not, goes to war in nine games out of ten (see the comparison table) — the miscalculation the game is about, at its extreme.`;
