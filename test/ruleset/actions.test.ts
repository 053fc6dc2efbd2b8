import { describe, expect, test } from 'vitest';
import { ACTION_IDS, ACTIONS, type ActionId } from '../../shared/data/actions';
import { midBoard, notate } from '../support/board';

/**
 * What each order does, on a board with every track at 5, without and with the moratorium.
 * A change to a number in shared/data/actions.ts must change this table too: that is the point.
 */
const EXPECTED: [ActionId, string, string][] = [
    ['tightenSanctions', 'sanctions+2 rapport-1', 'sanctions+2 rapport-1'],
    ['reassureAllies', 'trustUsRok+1 trustUsJpn+1', 'trustUsRok+1 trustUsJpn+1'],
    ['jointDrills', 'trustUsRok+1 usCredibility+1 tension+1 rapport-1', 'trustUsRok+1 usCredibility+1 tension+1 rapport-1'],
    ['suspendDrills', 'tension-1 rapport+1 trustUsRok-1 trustUsJpn-1', 'tension-1 rapport+1 trustUsRok-1 trustUsJpn-1'],
    ['personalLetter', 'rapport+2 tension-1 usDprkContact=true', 'rapport+2 tension-1 usDprkContact=true'],
    ['pressChina', 'enforcement+1 tiesPrcDprk-1', 'enforcement+1 tiesPrcDprk-1'],
    ['sanctionsRelief', 'sanctions-2 rapport+2 usDprkContact=true trustUsJpn-1', 'sanctions-2 rapport+2 usDprkContact=true trustUsJpn-1'],
    ['showOfForce', 'tension+2 usCredibility+1 trustUsJpn+1 rapport-2', 'tension+2 usCredibility+1 trustUsJpn+1 rapport-2'],
    // Capability 5 on this board: the missile test still teaches something (5 or less).
    ['missileTest', 'capability+1 tension+1', 'moratorium=false rapport-3 usCredibility-2 tension+1 capability+1 tension+1'],
    ['nuclearTest', 'capability+1 tension+2 tiesPrcDprk-2 enforcement+1 sanctions+1', 'moratorium=false rapport-3 usCredibility-2 tension+1 capability+1 tension+2 tiesPrcDprk-2 enforcement+1 sanctions+1'],
    ['declareMoratorium', 'moratorium=true tension-2 rapport+1', 'tension-2 rapport+1'],
    ['charmOffensive', 'rapport+2 tension-1 usDprkContact=true', 'rapport+2 tension-1 usDprkContact=true'],
    ['cyberOperation', 'economy+2 tension+1 usCredibility-1', 'economy+2 tension+1 usCredibility-1'],
    // Enforcement 5 on this board: China enforces too well for the second point (3 or less).
    ['sanctionsEvasion', 'economy+1', 'economy+1'],
    ['armsExports', 'economy+1 tension+1 legitimacy-1', 'economy+1 tension+1 legitimacy-1'],
    ['dmzProvocation', 'tension+2 rokDefence+1', 'tension+2 rokDefence+1'],
    ['interKoreanProject', 'tension-1 economy+1 trustUsRok-1', 'tension-1 economy+1 trustUsRok-1'],
    ['rokBolsterDefence', 'rokDefence+2 tension+1', 'rokDefence+2 tension+1'],
    ['coordinateWithWashington', 'trustUsRok+1', 'trustUsRok+1'],
    ['independentChannel', 'tension-2 legitimacy+1 trustUsRok-1', 'tension-2 legitimacy+1 trustUsRok-1'],
    ['demandAssurances', 'trustUsRok+1 usCredibility-1 tension-1', 'trustUsRok+1 usCredibility-1 tension-1'],
    ['nuclearLatencyDebate', 'rokDefence+2 tension+1 trustUsRok-2 usCredibility-1', 'rokDefence+2 tension+1 trustUsRok-2 usCredibility-1'],
    ['enforceSanctions', 'enforcement+2 tiesPrcDprk-1', 'enforcement+2 tiesPrcDprk-1'],
    ['openBorderTrade', 'economy+1 tiesPrcDprk+1', 'economy+1 tiesPrcDprk+1'],
    ['mediate', 'tension-1', 'tension-1'],
    ['economicLifeline', 'economy+2 enforcement-1 tiesPrcDprk+1', 'economy+2 enforcement-1 tiesPrcDprk+1'],
    ['blockUnResolution', 'unVeto=true tiesPrcDprk+1 usCredibility-1', 'unVeto=true tiesPrcDprk+1 usCredibility-1'],
    ['warnPyongyang', 'tension-1 tiesPrcDprk-1 legitimacy-1', 'tension-1 tiesPrcDprk-1 legitimacy-1'],
    ['jpnBolsterDefence', 'jpnDefence+2 tension+1', 'jpnDefence+2 tension+1'],
    ['missileDefence', 'jpnDefence+1 trustUsJpn+1', 'jpnDefence+1 trustUsJpn+1'],
    ['trilateralCoordination', 'trustUsJpn+1 trustUsRok+1', 'trustUsJpn+1 trustUsRok+1'],
    ['raiseAbductions', 'legitimacy-1 rapport-1', 'legitimacy-1 rapport-1'],
    ['independentContact', 'tension-1 legitimacy+1 trustUsJpn-1', 'tension-1 legitimacy+1 trustUsJpn-1'],
    ['pushUnSanctions', 'sanctions+1 legitimacy-1', 'sanctions+1 legitimacy-1'],];

describe('every action does what its row says', () => {
  test('the table covers every action', () => {
    expect(EXPECTED.map(([id]) => id).sort()).toEqual([...ACTION_IDS].sort());
  });

  test.each(EXPECTED)('%s changes the board by: %s', (id, withoutMoratorium, withMoratorium) => {
    expect(notate(ACTIONS[id].effects)).toBe(withoutMoratorium);
    expect(notate(ACTIONS[id].effects, midBoard('moratorium'))).toBe(withMoratorium);
  });

  test('a UN veto this round blunts the sanctions push of the US and Japan', () => {
    const vetoed = (id: ActionId) => notate(ACTIONS[id].effects, midBoard('unVeto'));
    expect(vetoed('tightenSanctions')).toBe('sanctions+1 rapport-1');
    expect(vetoed('pushUnSanctions')).toBe('');
    expect(vetoed('nuclearTest')).toBe('capability+1 tension+2 tiesPrcDprk-2 enforcement+1');
  });
});
