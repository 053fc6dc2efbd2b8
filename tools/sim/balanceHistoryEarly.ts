/* The tuning log's figures of passes 2–7 (before issue 15's design pass): split from balanceHistory.ts to keep each file short. */

export const EARLY_BALANCE_HISTORY = `## Before and after tuning pass 2

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
- Personalities differ in when they start to fear war: doves and deal-makers from tension 5, opportunists from 7, hawks from 8, and hawks believe in brinkmanship (1.5 points of leverage per level of tension, up to 7). Without this the bots never risked war (0% of games) and the war target (5–20%) could not be met by any table. The price: a table of five hawks, each raising tension at the same time in the belief that the others will not, goes to war in nine games out of ten (see the comparison table) — the miscalculation the game is about, at its extreme.

## Pass 4: the brink, and bots that play for it

Before: the tables of pass 3. 800 mixed games held 35 of 40 checks (war 5.6%, 2.5% in Singapore 2018); one heuristic seat against four RandomBots (a personality drawn from the seed, 500 games) won US 23%, DPRK 28%, ROK 56%, PRC 57%, JPN 26%, with war in 37% of games.

Rules: the brink and three table changes (the notes above, and docs/RULES.md). Bots, in the same pass:
- Deal-makers and doves fear war from tension 8 and 7 (not 5): with a round's warning before war, the old fear kept North Korean deal-makers from testing at tension 4 and left the DPRK seat at the bottom of random tables.
- Hawks see leverage all the way to 10 (2.5 points a level, was 1.5 up to 7) and fear only war itself; hawks and opportunists, on the brink, count on the others to take 6 points of tension off ("they will blink"). A table where nobody steps back goes to war; that, not accident, is where mixed tables' wars now come from.
- The deal-maker weighs the best score another role shows on the board (0.6 of it): only the highest score wins, so a point that helps a rival more is no gain. It is the server's default bot, and the strength table reports it beside a seat of any personality.

After (the tables above, same seeds): 39 of 40 checks hold, war in 11.3% of mixed games (7–16% by scenario). The deal-maker seat against four RandomBots (2000 games) wins US 47.8%, DPRK 36.8%, ROK 81.5%, PRC 77.3%, JPN 61.5%, with war in 6.6%; a seat of any personality wins 33.0%, 28.5%, 56.5%, 64.5%, 52.0%, with war in 20.6%. Still short of 60%: the US and North Korea, on points. Random tables fill South Korea's and China's counting objectives by chance (engagement, mediation), and random sanctions and enforcement keep the DPRK economy near 3.

## Pass 5: mediated summits, and what the North Korea seat is short of

No rule changed. Bots:
- Below rapport 3 the US and North Korean leaders meet only with China or South Korea at the table, but the bots proposed only two-party tables: once rapport fell, the two never proposed to each other again. They now propose three-party tables hosted in Beijing or at Panmunjom. Mixed tables, same seeds: 39 of 40 checks hold, as before, but a different one is missed (North Korea wins 33.5% of Renewed talks; China in Singapore 2018 is back in range at 13.5%). Strength is unchanged within noise: the deal-maker seat wins US 42.5% and DPRK 39.0% here (400 games per role, about ±5 points), and on 800 fresh games per role US 47.9% → 48.5%, DPRK 36.0% → 35.1%.
- The report gives the share of decisions under a bound (99%) beside the mean and the slowest: the slowest single decision is one unlucky pause on a busy machine, not what a player waits on.

Measured this pass and not adopted (800 mixed games and 400–800 strength games per role each):
- North Korea's agenda "Break the sanctions" (sanctions below 4 at the end) is met in 1% of mixed games and 16% of the DPRK seat's games against RandomBots. A DPRK seat that draws it wins 20%; one that draws "A recognised nuclear state" (met 85–96%) wins 57%. Making it achievable (relief agreed at a summit, or sanctions at 6 or less at the end) lifts the DPRK seat to 42–46%, but lifts North Korea to 34–48% of mixed games: heuristic US bots give relief cheaply, since sanctions are not a US objective. Making relief cost the US credibility and Japan's trust (−2 and −2, or −3 and −2) brings mixed tables back to 38–39 of 40 checks, but the US seat falls to 39–42%: RandomBot North Koreas ask for relief all the time, and the US seat no longer signs those agreements. That trades one seat for the other. The agenda needs its own pass, together with North Korea's base score (capability ends near 9 in mixed tables, nine points nobody contests).
- Greedy proposals when partners accept anything (two-item asks, the partner's gain ignored): no change (DPRK 37%, US 47%).
- A US seat that never raises tension: war in its games falls from 14% to 4%, but it wins 37%: drills and shows of force are its credibility and alliance points.
- Projecting sanctions pressure and Yongbyon to the last round in the orders search: DPRK 42% → 37%.
- Rivalry that grows through the game (0.4 in round 1 to 0.9 in the last): within noise (DPRK 44.5%, US 45.5%).
- Weighing packages against the tension the others are expected to add: US 49%, DPRK 38%, and mixed tables lose two checks.

## Pass 6: a North Korea that sells dear

No rule changed. Each experiment: 800 mixed games and 400 games of the deal-maker seat per role against four RandomBots, on seeds fixed across experiments (before: mixed 39 of 40 checks; US seat 47.3%, DPRK seat 37.3%); the change adopted was checked again on 800 fresh games, and in the report's own run above.

Adopted (a bot change, \`ROLE_ADJUSTMENTS\` in shared/bots/personalities.ts):
- North Korea's deal-maker signs nothing for the announcement alone (its love of agreements is 0, not 2) and accepts a package only for 2 points of clear gain (not 0). No North Korean objective counts agreements, while every agreement scores for the other side (a US "win to announce", China's prestige). Before, it signed 164 of the 189 packages a US could put to it at the start of Singapore 2018 (one or two US concessions for at most one of its own); now 27, each with sanctions relief in it: relief and a second concession for a freeze, a moratorium or inspections. The DPRK seat wins 50.2% against RandomBots in the report's strength run (39.0% in pass 5; same seeds), 54.8% in the experiment runs (from 37.3%) and 51.8% on 800 fresh games (from 34.4%); mixed tables keep 39 of 40 checks (the same one missed: North Korea wins 32.5% of Renewed talks), with North Korea at 27.5% overall (27.0% before), since only the deal-makers among the mixed personalities change.

Measured and not adopted:
- The same adjustment for every personality, not only the deal-maker: the United States falls to 13.3% of mixed games (6 checks missed).
- Adding a stronger regard for rivals (1, not 0.6): the DPRK seat wins 54–58%, but Pyongyang then refuses every package a US can offer at the start: a US player could never make a deal.
- Bots that answer a package that falls short with a counter-offer (one more concession asked, or one fewer given): the DPRK seat gains 3–4 points, but mixed tables miss 3 checks (North Korea above 30% in two scenarios).
- The US seat, with the same kinds of change (no love of agreements, thresholds of 2 or 3, regard for rivals of 1, a stronger fear of war): 45–50%, within noise of 47.3%. Its games end in war 15% of the time, and it loses most to Japan (61 of 400 games) and South Korea (56), whose "security assurances" and "a US that consults Seoul" rise with the US's own "strong alliances".
- A second US way down from the brink: the personal letter also lowers tension by 1 (or by 1 only from tension 8). The US seat wins 53.0% (51.8%), war in its games falls from 15% to 8–9%, but mixed tables miss 3 checks: war in Renewed talks falls to 4–4.5%, and China (Singapore 2018) or the US drift out of range. The closest the US seat came, and still 7 points short; it is a rule change that needs its own pass.
- Every personality in the seat (200 games per role): North Korea won 34.0% as a deal-maker, 35.0% as an opportunist, 19.5% as a dove and 11.5% as a hawk (war in 85% of its games); the United States 46.5% as a deal-maker or a dove, 38.5% as an opportunist, 13.5% as a hawk.
- Bots that count an agenda under way in part (half its points times how far along it is, while rounds remain): DPRK seat 38.5%, US seat unchanged, "Break the sanctions" met as often as before (29 of 191 games), and the US rises to 36.5% of mixed Renewed talks. Only the United States lowers sanctions, and wanting it more does not make a random US do it.
- South Korea 2 points (not 3) per inter-Korean step, and China 3 (not 4) per mediation: the seats move within noise (US 45.8–48.5%, DPRK 38.5–38.8%), and China falls below 12% of mixed games.

## Pass 7: a deal-maker that thinks a round through, and three rules for the seats it could not win

Before (pass 6, the report's own seeds): mixed tables held 39 of 40 checks (US 24.1%, DPRK 27.5%, ROK 17.5%, PRC 15.0%, JPN 17.9%, war 11.3%); the deal-maker seat against four RandomBots won US 42.5%, DPRK 50.2%, ROK 81.5%, PRC 77.3%, JPN 61.5%, with war in 7.4% of games. Each experiment below: 400 games of the seat per role on seeds fixed across experiments, and 800 mixed games.

Why the US seat lost. In war games its orders did not explain the war: a US that always gave its two calmest orders saw war in 1% of its games (and won 29%, having given up its credibility and alliance points). The deal-maker valued its orders as if the others would do what they did last round (nothing, in round 1), and a round that ended on the brink cost it only a little fear: one round later it was too late, with the arms race adding 1 a round and its only calming order taking 1 off.

Bots (\`shared/bots/\`; not rules, so only here):
- The deal-maker weighs each choice of orders against eight imagined rounds, in which every other role gives two orders drawn at random from those it could give, and averages (\`foresightSamples\`; fewer imagined rounds when commitments multiply its choices). Alone it changed little (US 43.0%); with the dread below, war in the US seat's games fell from 15% to 5–7%.
- The deal-maker counts a round that ends on the brink as a loss of 30 points (\`brinkDread\`), about half a war: on the brink, one bad round is war.
- It proposes up to three packages a round (was two): US seat 60.8% → 63.8%.
- North Korea's deal-maker asks boldly (\`asksBoldly\`): it proposes what it wants without asking whether the other side gains, and lets it say no, two proposals a round: DPRK seat 51.3% → 57.5%.
- Hawks see 3.5 points of leverage per level of tension (was 2.5). With deal-makers now stepping back from the brink, war in mixed Renewed talks fell to 4%; with the bolder hawk it is back in range.

Rules (the notes above and docs/RULES.md): the personal letter lowers tension by 1; humanitarian exemptions lower sanctions by 1 when the DPRK economy ends a round at 1 or less; Japan's no-relief agenda counts relief agreed at summits only; nuclear normalisation is +1 for North Korea and +1 for China; Renewed talks starts with the DPRK economy at 4. Measured one by one (seat, 400 games per role):
- The letter: US seat 49.5% → 60.8% with the bots above (53.0% without them).
- Humanitarian exemptions: DPRK seat 56–57% → 62–64%. Tried and not adopted: China easing enforcement instead of sanctions (DPRK 57–59%: a revived economy scores for China's "no collapse" as much as for Pyongyang), sanctions −2 (DPRK 72%, but the US seat falls to 59–61% and Japan's to 55–57%: a careless North Korea's own collapse lifts its sanctions too), and −1 more at economy 0 (DPRK 68.5%, US 61.5%, Japan 56.8%).
- Japan's agenda: JPN seat 62.0% → 65.8%, the other seats unchanged. Also tried: sanctions at 6 or 5 at the end (63.3%, 64.8%).
- The outcome bonuses and Renewed talks' economy are for mixed tables only (North Korea was at 31–34% in two scenarios, China at 10–12% in two).

Measured and not adopted: 16 imagined rounds instead of 8 (no change); North Korea's deal-maker with rivalry 0.3 or 1, fear of war from 9 or 10, brinkmanship 1 or 2 (wars in 11–16% of its games), accept thresholds 1 or 3 (57–63%); a richer ship-to-ship evasion (its second point up to enforcement 6: no change); an economy that absorbs 2 points of pressure (DPRK seat 60%, but North Korea above 30% of mixed games and South Korea below 12%); South Korea 2 points per inter-Korean step (no change for the seats); the same foresight and dread for every personality (mixed war falls to 0%, North Korea to 38.5%).

After (the tables above, same seeds as before): all 40 checks hold; the deal-maker seat wins US 63.5%, DPRK 61.0%, ROK 79.0%, PRC 79.3%, JPN 64.8%, with war in 3.6% of games. On 600 fresh games per role: US 61.2%, DPRK 62.3%. With about 400 games per role the interval is about ±5 points, so the US and North Korean seats are at the target, not far above it. A deal-maker's orders now take a few milliseconds (it resolves up to 256 what-if rounds); the mean decision is 0.56 ms.`;
