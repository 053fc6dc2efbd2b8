import { describe, expect, test } from 'vitest';
import { CONCESSION_IDS, CONCESSIONS, type ConcessionId, type Verification } from '../../shared/data/concessions';
import { EVENT_IDS, EVENTS, type EventId } from '../../shared/data/events';
import { VENUE_IDS, VENUES, type VenueId } from '../../shared/data/venues';
import type { Role } from '../../shared/roles';
import { midBoard, notate } from '../support/board';

/** [id, effects when agreed, rounds it binds, verification, effects of a breach, orders it forbids] */
const CONCESSION_ROWS: [ConcessionId, string, number, Verification, string, string][] = [
    ['testMoratorium', 'moratorium=true tension-1', 3, 'open', '', 'missileTest nuclearTest'],
    ['dismantleTestSite', 'capability-1 tension-1', 3, 'inspections', 'capability+1', 'nuclearTest'],
    ['freezeYongbyon', 'tension-1', 3, 'inspections', 'capability+1', ''],
    ['dismantleYongbyon', 'capability-2 tension-1 legitimacy-1', 3, 'inspections', 'capability+2', ''],
    ['declareInventory', 'usCredibility+1 legitimacy-1 tension-1', 99, 'inspections', 'capability+1', ''],
    ['allowInspections', 'usCredibility+1 trustUsJpn+1 tension-1', 3, 'open', '', 'nuclearTest'],
    ['returnRemains', 'rapport+1 usCredibility+1', 0, 'open', '', ''],
    ['releaseDetainees', 'rapport+1 tension-1', 0, 'open', '', ''],
    ['partialSanctionsRelief', 'sanctions-2 economy+1', 3, 'open', 'sanctions+2', 'tightenSanctions'],
    ['suspendJointDrills', 'tension-1 trustUsRok-1', 3, 'open', '', 'jointDrills showOfForce'],
    ['endOfWarDeclaration', 'tension-1 legitimacy+1', 99, 'symbolic', '', ''],
    ['liaisonOffice', 'rapport+1 legitimacy+1', 99, 'symbolic', '', ''],
    ['securityGuarantee', 'tension-1 legitimacy+1 trustUsJpn-1', 3, 'symbolic', '', 'showOfForce'],
    ['usHumanitarianAid', 'economy+1 rapport+1', 0, 'open', '', ''],
    ['kaesongCooperation', 'economy+2 tension-1 trustUsRok-1', 3, 'open', 'economy-1', ''],
    ['rokHumanitarianAid', 'economy+1 tension-1', 0, 'open', '', ''],
    ['militaryAccord', 'tension-2', 3, 'open', 'tension+1', 'rokBolsterDefence'],
    ['prcEconomicAid', 'economy+2 tiesPrcDprk+1', 0, 'open', '', ''],
    ['enforcementEasing', 'enforcement-2', 3, 'open', 'enforcement+2', 'enforceSanctions'],
    ['actAsGuarantor', 'tension-1 tiesPrcDprk+1', 3, 'symbolic', '', ''],
    ['tradeTruce', 'trustUsJpn-1', 3, 'open', 'trustUsJpn+1', ''],
    ['closeTheBorder', 'enforcement+2 tiesPrcDprk-1', 3, 'open', 'enforcement-2', 'openBorderTrade economicLifeline'],
    ['normalisationTalks', 'legitimacy+1 tension-1', 3, 'symbolic', '', ''],
    ['conditionalAid', 'economy+1 trustUsJpn+1', 0, 'open', '', ''],];

/** [id, effects when drawn (moratorium holding), the choice: role then option:effects | option:effects] */
const EVENT_ROWS: [EventId, string, string][] = [
    ['beautifulLetter', 'rapport+2 usDprkContact=true', ''],
    ['moratoriumEnds', 'moratorium=false tension+2 usCredibility-1', ''],
    ['talksCalledOff', 'rapport-2 tension+1', ''],
    ['summitFever', 'rapport+1 tension-1', ''],
    ['walkOutInHanoi', '', 'US walkOut:rapport-2,usCredibility+1,trustUsJpn+1 | sign:rapport+1,legitimacy+1,usCredibility-1'],
    ['handshakeAtDmz', 'rapport+2 legitimacy+1 tension-1 usDprkContact=true', ''],
    ['alliedLeaderVisit', '', 'US seoul:trustUsRok+2 | tokyo:trustUsJpn+2'],
    ['cryptoHeist', 'economy+2 usCredibility-1 tension+1', ''],
    ['armsShipmentIntercepted', 'economy-1 enforcement+1 legitimacy-1', ''],
    ['chinaDprkTradeDeal', '', 'PRC sign:economy+2,enforcement-1,tiesPrcDprk+1 | delay:tiesPrcDprk-1,enforcement+1'],
    ['sixPartyTalksRevived', '', 'PRC convene:tension-1,tiesPrcDprk+1,rapport+1 | decline:tension+1'],
    ['agreedFrameworkRemembered', 'rapport-1 trustUsJpn+1', ''],
    ['electionInWashington', '', 'US tough:usCredibility+1,rapport-2,tension+1 | deal:rapport+1,legitimacy+1,trustUsJpn-1'],
    ['typhoonFoodShortage', 'economy-2', 'DPRK accept:economy+2,legitimacy-1,tension-1 | refuse:legitimacy+1'],
    ['satelliteLaunch', 'capability+1 tension+1 rapport-1', ''],
    ['jointDrillsSeason', '', 'US hold:trustUsRok+1,tension+1,rapport-1 | scaleBack:tension-1,rapport+1,trustUsRok-1'],
    ['unPanelReport', 'enforcement+1 tiesPrcDprk-1', ''],
    ['defectorTestimony', 'legitimacy-2 tension+1', ''],
    ['japanElection', '', 'JPN hardLine:jpnDefence+1,trustUsJpn+1,tension+1 | engagement:tension-1,legitimacy+1'],
    ['regionalArmsRaceDebate', 'rokDefence+1 jpnDefence+1 tension+1', ''],
    ['backChannelInBeijing', 'rapport+1 tiesPrcDprk+1 usDprkContact=true', ''],
    ['quietRound', 'tension-1', ''],
    ['moscowAsksForMore', '', 'DPRK send:economy+2,legitimacy+1,tension+1,tiesPrcDprk-1 | holdBack:economy-1,tiesPrcDprk+1'],
    ['alliesDocumentArmsTrade', '', 'JPN sanction:sanctions+1,trustUsJpn+1,rapport-1 | quiet:legitimacy+1,tension-1'],
    ['beijingWeighsMoscow', '', 'PRC together:tiesPrcDprk+2,enforcement-1,usCredibility-1 | distance:enforcement+1,tiesPrcDprk-1,tension-1'],
    ['russianKnowHow', 'capability+1 tension+1 trustUsRok+1', ''],
    ['talksOverUkraine', 'economy-1 tension-1', ''],
    ['summitFloated', '', 'DPRK answer:rapport+2,legitimacy+1,trustUsJpn-1 | silence:rapport-1,tiesPrcDprk+1'],
    ['loudspeakersOff', '', 'ROK restore:tension-1,rokDefence-1 | guard:rokDefence+1,trustUsRok+1'],
    ['shortRangeTests', 'capability+1 tension+1 trustUsJpn-1', ''],
    ['liaisonOfficeBlownUp', 'tension+2 rapport-1', ''],];

const VENUE_ROWS: [VenueId, Role | null, string][] = [
    ['singapore', null, 'legitimacy+1'],
    ['hanoi', null, ''],
    ['panmunjom', "ROK", 'tension-1'],
    ['beijing', "PRC", 'tiesPrcDprk+1'],
    ['pyongyang', "DPRK", 'legitimacy+1'],
    ['washington', "US", 'usCredibility+1'],];

describe('concessions', () => {
  test('the table covers every concession', () => {
    expect(CONCESSION_ROWS.map(([id]) => id).sort()).toEqual([...CONCESSION_IDS].sort());
  });
  test.each(CONCESSION_ROWS)('%s: agreed %s; binds %i rounds; %s; breach %s; forbids %s', (id, effects, duration, verification, breach, forbids) => {
    const def = CONCESSIONS[id];
    expect(notate(def.effects)).toBe(effects);
    expect(def.duration).toBe(duration);
    expect(def.verification).toBe(verification);
    expect(notate(def.breachEffects)).toBe(breach);
    expect(def.forbids.join(' ')).toBe(forbids);
  });
});

describe('events', () => {
  test('the deck has at least 20 different cards and the table covers them all', () => {
    expect(EVENT_IDS.length).toBeGreaterThanOrEqual(20);
    expect(EVENT_ROWS.map(([id]) => id).sort()).toEqual([...EVENT_IDS].sort());
  });
  test.each(EVENT_ROWS)('%s: %s; choice %s', (id, effects, choice) => {
    const def = EVENTS[id];
    expect(notate(def.effects, midBoard('moratorium'))).toBe(effects);
    const described = def.choice
      ? `${def.choice.role} ${def.choice.options.map((o) => `${o.id}:${notate(o.effects, midBoard('moratorium')).replace(/ /g, ',')}`).join(' | ')}`
      : '';
    expect(described).toBe(choice);
  });
});

describe('venues', () => {
  test.each(VENUE_ROWS)('%s is hosted by %s and adds %s', (id, host, effects) => {
    expect(VENUES[id].host).toBe(host);
    expect(notate(VENUES[id].effects)).toBe(effects);
  });
  test('the table covers every venue', () => {
    expect(VENUE_ROWS.map(([id]) => id).sort()).toEqual([...VENUE_IDS].sort());
  });
});
