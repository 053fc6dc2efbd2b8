import { AGREEMENT_KIND_LABEL, TEST_ACTIONS } from './labels';
import { ACTIONS } from '../data/actions';
import { CONCESSIONS } from '../data/concessions';
import { SCENARIOS } from '../data/scenarios';
import { VENUES } from '../data/venues';
import { armsRaceThreshold, combinedDefence } from '../rules/upkeep';
import type { PeninsulaState } from '../state';

/**
 * A table's path mapped to the design brief's three what-ifs (no agreement; renewed dialogue or
 * dialogue as delay; allies react), each shown beside what really happened after 2019. Pure: the
 * classroom debrief and the end screen both call it on the final state.
 */
export type WhatIfId = 'noAgreement' | 'dialogue' | 'alliesReact';

export interface WhatIfPath {
  id: WhatIfId;
  title: string;
  /** Did this table take this path? */
  took: boolean;
  /** For dialogue: "renewed dialogue" (verified steps held) or "dialogue as delay". */
  verdict: string | null;
  /** What at the table shows it, one line each. */
  signs: string[];
  /** What really happened. */
  history: string;
}

export const WHAT_IF_HISTORY: Readonly<Record<WhatIfId, { title: string; history: string }>> = {
  noAgreement: {
    title: 'No agreement: tests, an arms race, China mediates',
    history:
      'After the Stockholm talks failed in October 2019 there was no agreement. Pyongyang said it was no longer bound by its moratorium, launched more missiles in 2022 than in any year before (ICBMs again from March), and wrote its nuclear status into law that September. China did not mediate: with Russia it vetoed new UN sanctions in May 2022.',
  },
  dialogue: {
    title: 'Renewed dialogue, or dialogue as delay',
    history:
      'Singapore (June 2018) produced a warm joint statement with nothing to verify; in Hanoi (February 2019) North Korea offered Yongbyon for the lifting of most UN sanctions and the US walked out. The test moratorium held through 2019, but by most estimates North Korea kept producing fissile material and missiles during the talks — what critics call dialogue as delay.',
  },
  alliesReact: {
    title: 'The allies react',
    history:
      'Seoul and Tokyo felt both fears: abandonment when drills were suspended without consultation in 2018, entrapment during "fire and fury" in 2017. Later, about seven in ten South Koreans told pollsters they wanted their own bomb; the Washington Declaration (April 2023) gave Seoul a Nuclear Consultative Group instead; Japan\'s 2022 strategy set defence spending on course for 2% of GDP with counterstrike missiles; and the three leaders met at Camp David in August 2023.',
  },
};

function between(G: PeninsulaState) {
  return G.agreements.filter((a) => a.parties.includes('US') && a.parties.includes('DPRK'));
}

function noAgreementPath(G: PeninsulaState): WhatIfPath {
  const tests = G.history.flatMap((r) => (r.orders.DPRK ?? []).filter((a) => TEST_ACTIONS.includes(a)).map((a) => `round ${r.round}: ${ACTIONS[a].label}`));
  const series = [G.tracks, ...G.history.map((r) => r.tracks)];
  const threshold = armsRaceThreshold(G);
  const armsRace = series.some((t) => combinedDefence(t) >= threshold);
  const mediated = (G.timesUsed.mediate ?? 0) + G.agreements.filter((a) => a.venue === 'beijing').length;
  const signs = [
    tests.length ? `North Korea tested (${tests.join('; ')}).` : 'North Korea did not test.',
    armsRace ? `South Korean and Japanese defence reached ${threshold}: an arms race.` : 'No arms race.',
    mediated ? `China mediated or hosted talks ${mediated} time${mediated === 1 ? '' : 's'}.` : 'China did not mediate.',
  ];
  return { id: 'noAgreement', ...WHAT_IF_HISTORY.noAgreement, took: between(G).length === 0, verdict: null, signs };
}

function dialoguePath(G: PeninsulaState): WhatIfPath {
  const talks = between(G);
  const start = SCENARIOS[G.options.scenario].tracks.capability;
  const dprkBreaches = G.breaches.filter((b) => b.role === 'DPRK').length;
  const verifiedDeal = talks.some((a) => a.kind === 'deal');
  const signs = talks.map(
    (a) => `Round ${a.round}, ${VENUES[a.venue].label}: ${AGREEMENT_KIND_LABEL[a.kind]} — ${a.items.map((i) => CONCESSIONS[i].label).join(', ')}.`,
  );
  signs.push(
    `North Korean capability went from ${start} to ${G.tracks.capability}; North Korea was caught breaking ${dprkBreaches} commitment${dprkBreaches === 1 ? '' : 's'}.`,
  );
  const renewed = verifiedDeal && dprkBreaches === 0 && G.tracks.capability <= start;
  const verdict =
    talks.length === 0
      ? null
      : renewed
        ? 'Renewed dialogue: verifiable steps were agreed and held.'
        : 'Dialogue as delay: talks went on while capability grew, promises broke, or nothing could be checked.';
  return { id: 'dialogue', ...WHAT_IF_HISTORY.dialogue, took: talks.length > 0, verdict, signs };
}

function alliesPath(G: PeninsulaState): WhatIfPath {
  const start = SCENARIOS[G.options.scenario].tracks;
  const series = [...G.history.map((r) => r.tracks), G.tracks];
  const lowest = (k: 'trustUsRok' | 'trustUsJpn') => Math.min(start[k], ...series.map((t) => t[k]));
  const signs: string[] = [];
  if (start.trustUsRok - lowest('trustUsRok') >= 2) signs.push(`US–ROK trust fell from ${start.trustUsRok} to ${lowest('trustUsRok')}.`);
  if (start.trustUsJpn - lowest('trustUsJpn') >= 2) signs.push(`US–Japan trust fell from ${start.trustUsJpn} to ${lowest('trustUsJpn')}.`);
  for (const k of ['rokDefence', 'jpnDefence'] as const)
    if (G.tracks[k] - start[k] >= 2) signs.push(`${k === 'rokDefence' ? 'South Korean' : 'Japanese'} defence rose from ${start[k]} to ${G.tracks[k]}.`);
  for (const a of ['nuclearLatencyDebate', 'independentChannel', 'independentContact'] as const) {
    const n = G.timesUsed[a] ?? 0;
    if (n) signs.push(`${ACTIONS[a].label}: ${n} time${n === 1 ? '' : 's'}.`);
  }
  return {
    id: 'alliesReact',
    ...WHAT_IF_HISTORY.alliesReact,
    took: signs.length > 0,
    verdict: null,
    signs: signs.length ? signs : ['The allies stayed with Washington.'],
  };
}

export function whatIfPaths(G: PeninsulaState): WhatIfPath[] {
  return [noAgreementPath(G), dialoguePath(G), alliesPath(G)];
}
