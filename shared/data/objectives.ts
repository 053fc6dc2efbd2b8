import { agreedItem, countAgreementsAt, countAgreementsWith, timesUsed } from '../queries';
import type { Role } from '../roles';
import type { PeninsulaState } from '../state';
import type { TrackId } from '../tracks';

/**
 * Public objectives: four terms per role, each worth 0–10 points at the end of the game.
 * A track term scores the track (or 10 minus it, for a track the role wants low).
 */
export type Measure =
  | { readonly kind: 'track'; readonly track: TrackId; readonly want: 'high' | 'low' }
  | { readonly kind: 'average'; readonly tracks: readonly TrackId[]; readonly want: 'high' | 'low' }
  | { readonly kind: 'count'; readonly count: CountId; readonly pointsEach: number };

export interface ObjectiveTerm {
  readonly label: string;
  readonly measure: Measure;
}

export const COUNTS = {
  agreementsWithUs: { label: 'agreements the US is party to', of: (G: PeninsulaState) => countAgreementsWith(G, 'US') },
  interKoreanEngagement: {
    // 1 point each (issue 15: at 2 points, channels included, the term averaged 8.8 of 10). Balance pass 10: the channel counts
    // again, at 1 point, now that it no longer lends Pyongyang legitimacy and Seoul's alliance orders are rationed.
    label: 'inter-Korean projects, channels and agreements',
    of: (G: PeninsulaState) =>
      timesUsed(G, 'interKoreanProject') + timesUsed(G, 'independentChannel') + countAgreementsWith(G, 'ROK', 'DPRK'),
  },
  mediation: {
    label: 'mediations, agreements China is party to, and summits in Beijing',
    of: (G: PeninsulaState) => timesUsed(G, 'mediate') + countAgreementsWith(G, 'PRC') + countAgreementsAt(G, 'beijing'),
  },
  peaceProcess: {
    label: 'agreements North Korea is party to (3 for an end-of-war declaration)',
    of: (G: PeninsulaState) => countAgreementsWith(G, 'DPRK') + (agreedItem(G, 'endOfWarDeclaration') ? 3 : 0),
  },
  abductions: {
    label: 'times the abductions were raised (3 for aid conditional on them)',
    of: (G: PeninsulaState) => timesUsed(G, 'raiseAbductions') + (agreedItem(G, 'conditionalAid') ? 3 : 0),
  },
} as const;
export type CountId = keyof typeof COUNTS;

export const OBJECTIVES: Readonly<Record<Role, readonly ObjectiveTerm[]>> = {
  US: [
    { label: 'Low DPRK capability', measure: { kind: 'track', track: 'capability', want: 'low' } },
    { label: 'Credibility in Asia', measure: { kind: 'track', track: 'usCredibility', want: 'high' } },
    { label: 'Strong alliances', measure: { kind: 'average', tracks: ['trustUsRok', 'trustUsJpn'], want: 'high' } },
    { label: 'A win to announce', measure: { kind: 'count', count: 'agreementsWithUs', pointsEach: 4 } },
  ],
  DPRK: [
    { label: 'Regime security (capability)', measure: { kind: 'track', track: 'capability', want: 'high' } },
    { label: 'A working economy', measure: { kind: 'track', track: 'economy', want: 'high' } },
    { label: 'Legitimacy as a nuclear state', measure: { kind: 'track', track: 'legitimacy', want: 'high' } },
    { label: 'Sanctions lifted', measure: { kind: 'track', track: 'sanctions', want: 'low' } },
  ],
  ROK: [
    { label: 'Low tension', measure: { kind: 'track', track: 'tension', want: 'low' } },
    { label: 'Inter-Korean engagement', measure: { kind: 'count', count: 'interKoreanEngagement', pointsEach: 1 } },
    { label: 'A US that consults Seoul', measure: { kind: 'track', track: 'trustUsRok', want: 'high' } },
    // Issue 15: denuclearisation averaged 0.8 of 10 for Seoul, a term it could not move; Moon's Seoul wanted a peace process.
    { label: 'A peace process', measure: { kind: 'count', count: 'peaceProcess', pointsEach: 1 } },
  ],
  PRC: [
    { label: 'Stability (low tension)', measure: { kind: 'track', track: 'tension', want: 'low' } },
    // Issue 15: Beijing's hold on Pyongyang is part of "no collapse" (ties ended near 9 while China won 6% of games).
    { label: 'No collapse in Pyongyang, and a hold on it', measure: { kind: 'average', tracks: ['economy', 'tiesPrcDprk'], want: 'high' } },
    { label: 'Prestige as mediator', measure: { kind: 'count', count: 'mediation', pointsEach: 1 } },
    { label: 'Limited US influence', measure: { kind: 'track', track: 'usCredibility', want: 'low' } },
  ],
  JPN: [
    { label: 'Low DPRK capability', measure: { kind: 'track', track: 'capability', want: 'low' } },
    { label: 'Security assurances', measure: { kind: 'average', tracks: ['trustUsJpn', 'usCredibility'], want: 'high' } },
    { label: 'The abductions addressed', measure: { kind: 'count', count: 'abductions', pointsEach: 2 } },
    { label: 'Pressure on Pyongyang', measure: { kind: 'average', tracks: ['sanctions', 'enforcement'], want: 'high' } },
  ],
};

export const OBJECTIVE_TERM_MAX = 10;
