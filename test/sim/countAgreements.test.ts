import { describe, expect, test } from 'vitest';
import { VENUE_IDS } from '../../shared/data/venues';
import { agreementsAt, agreementsWith, countAgreementsAt, countAgreementsWith } from '../../shared/queries';
import { ROLES } from '../../shared/roles';
import { statesInPhase } from './botStates';

describe('agreements counted without a list (queries.ts: the objectives and agendas count them on every board a bot values)', () => {
  const states = statesInPhase('count-agreements-1', 'orders');

  test('every count is the length of the list it stands for, for every role, pair of roles and venue, all game long', () => {
    // Boards with agreements on them, or this compares zeros.
    expect(states.some((G) => G.agreements.length >= 2)).toBe(true);
    let nonzero = 0;
    for (const G of states) {
      for (const role of ROLES) {
        expect(countAgreementsWith(G, role)).toBe(agreementsWith(G, role).length);
        for (const other of ROLES) {
          const both = agreementsWith(G, role).filter((a) => a.parties.includes(other)).length;
          expect(countAgreementsWith(G, role, other)).toBe(both);
          if (both > 0 && other !== role) nonzero += 1;
        }
      }
      for (const venue of VENUE_IDS) expect(countAgreementsAt(G, venue)).toBe(agreementsAt(G, venue).length);
    }
    expect(nonzero).toBeGreaterThan(10);
  });
});
