import { describe, expect, it } from 'vitest';
import { EVENT_IDS } from '../../shared/data/events';
import { classDebrief, DISCUSSION_QUESTIONS, tableDebrief, trackSeries } from '../../shared/debrief';
import { decisionsCsv, decisionsOf } from '../../shared/decisions';
import { ROLES } from '../../shared/roles';
import { playBotGame } from '../../tools/sim/botGame';
import { applyMove, startMatch } from '../../tools/sim/headless';
import { stackEvent } from '../../shared/stackEvent';
import { isWellFormedJoinCode, JOIN_CODE_ALPHABET, newJoinCode, normaliseJoinCode } from '../../server/classroom/joinCode';
import { movesForLateSeats, timerKey, waitingFor } from '../../server/timers/expiry';
import { assignSeat, balanceTables, type SeatedStudent } from '../../server/classroom/seating';
import { FailureLimiter } from '../../server/classroom/rateLimit';
import { alertsOf, checkSettings, lateSeat } from '../../server/classroom/classroom';
import { checkTable } from '../../server/classroom/checks';
import { NORMALISATION, OUTCOMES } from '../../shared/data/outcomes';
import { armsRaceThreshold } from '../../shared/rules/upkeep';
import { TRACK_MAX } from '../../shared/tracks';
import { everyoneDone, newMatch } from '../support/match';

describe('join codes', () => {
  it('uses no characters people confuse', () => {
    for (const c of '0O1IL2Z5S8BQDUV') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
  it('makes well-formed six-character codes, and normalises what people type', () => {
    const codes = new Set(Array.from({ length: 200 }, () => newJoinCode()));
    expect(codes.size).toBeGreaterThan(190);
    for (const code of codes) expect(isWellFormedJoinCode(code)).toBe(true);
    expect(normaliseJoinCode(' acf-3hk ')).toBe('ACF3HK');
    expect(isWellFormedJoinCode('ACF3H0')).toBe(false);
    expect(isWellFormedJoinCode('ACF3H')).toBe(false);
  });
});

describe('seating', () => {
  it('spreads students evenly over a fixed number of tables, then makes teams', () => {
    const taken: { table: number; role: (typeof ROLES)[number] }[] = [];
    for (let i = 0; i < 12; i++) taken.push(assignSeat(taken, 2));
    // Six students at two tables sit three and three (the playtest saw five and one).
    const six = taken.slice(0, 6);
    expect(six.filter((s) => s.table === 1)).toHaveLength(3);
    expect(six.filter((s) => s.table === 2).map((s) => s.role)).toEqual(['US', 'DPRK', 'ROK']);
    expect(new Set(taken.slice(0, 10).map((s) => `${s.table}${s.role}`)).size).toBe(10);
    expect(taken[10]).toEqual({ table: 1, role: 'US' });
    expect(taken[11]).toEqual({ table: 2, role: 'US' });
  });
  it.each([
    ['six students who filled seat by seat', 6, [3, 3]],
    ['eleven students', 11, [4, 4, 3]],
    ['five students: one full table stays', 5, [5]],
    ['seven students', 7, [4, 3]],
  ])('evens out tables at the start: %s', (_why, n, sizes) => {
    const taken: SeatedStudent[] = [];
    for (let i = 0; i < n; i++) taken.push({ studentId: `s${i}`, ...assignSeat(taken, null) });
    for (const m of balanceTables(taken))
      Object.assign(
        taken.find((s) => s.studentId === m.studentId)!,
        m,
      );
    const count = (t: number) => taken.filter((s) => s.table === t).length;
    expect([...new Set(taken.map((s) => s.table))].sort().map(count)).toEqual(sizes);
    expect(new Set(taken.map((s) => `${s.table}${s.role}`)).size).toBe(n);
  });
  it('keeps a team the teacher made together when evening out', () => {
    const students: SeatedStudent[] = [
      ...ROLES.map((role, i) => ({ studentId: `a${i}`, table: 1, role })),
      { studentId: 'team', table: 1, role: 'US' as const },
      { studentId: 'b0', table: 2, role: 'US' as const },
    ];
    const moves = balanceTables(students);
    expect(moves.map((m) => m.studentId)).not.toContain('team');
    expect(moves.map((m) => m.studentId)).not.toContain('a0');
    expect(moves).toHaveLength(2);
  });
  it('opens tables as students arrive when the table count is left to the class', () => {
    const taken: { table: number; role: (typeof ROLES)[number] }[] = [];
    for (let i = 0; i < 11; i++) taken.push(assignSeat(taken, null));
    expect(Math.max(...taken.map((s) => s.table))).toBe(3);
  });
});

describe('late arrivals, guessing, settings, alerts', () => {
  it('seats a latecomer in the smallest team students already play', () => {
    expect(lateSeat([])).toBeNull();
    expect(
      lateSeat([
        { table: 1, role: 'US' },
        { table: 1, role: 'US' },
        { table: 2, role: 'PRC' },
      ]),
    ).toEqual({ table: 2, role: 'PRC' });
  });
  it('limits wrong codes per address within a window, then lets it try again', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.fail('a');
    }
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    now = 30_000;
    expect(limiter.retryAfter('a')).toBe(30);
    now = 60_001;
    expect(limiter.retryAfter('a')).toBe(0);
  });
  it('checks what a teacher asks for', () => {
    expect(checkSettings({})).toMatchObject({ tables: null, press: true, sameDeck: false });
    expect(checkSettings({ scenario: 'afterHanoi2019', rounds: 5, timers: { diplomacy: 300, orders: 120 }, tables: 4 })).toMatchObject({
      scenario: 'afterHanoi2019',
      rounds: 5,
      tables: 4,
      timers: { diplomacy: 300, orders: 120, crisis: 60 },
    });
    expect(checkTable(undefined)).toBeNull();
    expect(checkTable(3)).toBe(3);
    for (const bad of ['3', 0, -1, 2.5, [3], { table: 3 }, 1e12]) expect(checkTable(bad)).toMatchObject({ refused: 'BAD_INPUT' });
    expect(checkSettings({ tables: 0 })).toMatchObject({ refused: 'BAD_INPUT', message: expect.stringMatching(/tables/) });
    expect(checkSettings({ scenario: 'nope' })).toMatchObject({ refused: 'BAD_INPUT', message: expect.stringMatching(/scenario/) });
    expect(checkSettings({ timers: { lunch: 5 } })).toMatchObject({ refused: 'BAD_INPUT', message: expect.stringMatching(/timer/) });
    expect(checkSettings({ press: 'yes' })).toMatchObject({ refused: 'BAD_INPUT', message: expect.stringMatching(/press/) });
  });
  it('raises alerts for war close, breaches exposed and war', () => {
    const s = structuredClone(newMatch({ seed: 'alerts' }));
    expect(alertsOf(s.G)).toEqual([]);
    s.G.tracks.tension = TRACK_MAX - 1;
    expect(alertsOf(s.G)).toEqual([]);
    s.G.tracks.tension = TRACK_MAX;
    s.G.breaches.push({ round: 1, exposedInRound: 1, role: 'DPRK', commitmentId: 'c1', concession: 'testMoratorium' });
    expect(alertsOf(s.G).join()).toMatch(/War close.*Breach exposed.*DPRK/);
    s.G.flags.brink = true;
    expect(alertsOf(s.G)[0]).toMatch(/^War close: on the brink/);
    s.G.war = { round: 1, cause: 'a test' };
    expect(alertsOf(s.G)[0]).toMatch(/^WAR/);
  });
  it('alerts to an arms race and to normalisation exactly when the outcome table says they hold', () => {
    const s = structuredClone(newMatch({ seed: 'alerts' }));
    const threshold = armsRaceThreshold(s.G);
    for (const [rok, jpn] of [
      [4, 4],
      [threshold - 5, 4],
      [threshold - 4, 4],
      [8, 8],
    ] as const) {
      Object.assign(s.G.tracks, { rokDefence: rok, jpnDefence: jpn });
      expect(alertsOf(s.G).some((a) => a.startsWith('Arms race'))).toBe(OUTCOMES.armsRace.holds(s.G));
    }
    expect(OUTCOMES.armsRace.holds(s.G)).toBe(true);
    for (const [capability, legitimacy] of [
      [5, 4],
      [NORMALISATION.capability, NORMALISATION.legitimacy - 1],
      [NORMALISATION.capability, NORMALISATION.legitimacy],
    ] as const) {
      Object.assign(s.G.tracks, { capability, legitimacy });
      expect(alertsOf(s.G).includes('Nuclear normalisation in sight')).toBe(OUTCOMES.nuclearNormalisation.holds(s.G));
    }
    expect(OUTCOMES.nuclearNormalisation.holds(s.G)).toBe(true);
  });
});

describe('stackEvent', () => {
  it('puts the injected card on top, so the next crisis draws it', () => {
    let s = structuredClone(everyoneDone(newMatch({ seed: 'inject' })));
    expect(s.ctx.phase).toBe('orders');
    const target = s.G.secret!.deck[5]!;
    const size = s.G.secret!.deck.length;
    expect(stackEvent(s.G, target)).toBe(true);
    expect(stackEvent(s.G, target)).toBe(true);
    expect(s.G.secret!.deck[0]).toBe(target);
    expect(s.G.secret!.deck.length).toBe(size);
    for (const role of ROLES) {
      const held = movesForLateSeats(s, 'hold').find((m) => m.playerID === String(ROLES.indexOf(role)));
      s = applyMove(s, held!.playerID, held!.move, held!.args);
    }
    expect(s.G.round).toBe(2);
    expect(s.G.crisis.event).toBe(target);
  });
  it('adds a card that was already drawn, and refuses a player view', () => {
    const s = structuredClone(newMatch({ seed: 'inject2' }));
    const drawn = s.G.crisis.event!;
    stackEvent(s.G, drawn);
    expect(s.G.secret!.deck[0]).toBe(drawn);
    expect(stackEvent({ ...s.G, secret: null }, drawn)).toBe(false);
    expect(() => stackEvent(s.G, 'nope' as never)).toThrow();
    expect(EVENT_IDS).toContain(drawn);
  });
});

describe('timer expiry moves', () => {
  it('closes diplomacy with done and orders with holding orders the ruleset accepts', () => {
    let s = newMatch({ seed: 'timer', timers: { diplomacy: 300, orders: 60 } });
    expect(timerKey(s)).toBe('1:diplomacy');
    expect(waitingFor(s)).toEqual([...ROLES]);
    for (const m of movesForLateSeats(s, 'hold')) s = applyMove(s, m.playerID, m.move, m.args);
    expect(s.ctx.phase).toBe('orders');
    expect(timerKey(s)).toBe('1:orders');
    const before = s._stateID;
    for (const m of movesForLateSeats(s, 'bot')) s = applyMove(s, m.playerID, m.move, m.args);
    expect(s._stateID).toBe(before + 5);
    expect(s.G.round).toBe(2);
  });
  it('has no timer when the phase timer is 0', () => {
    const s = newMatch({ seed: 'timer', timers: { diplomacy: 0 } });
    expect(timerKey(s)).toBeNull();
  });
});

describe('debrief', () => {
  const game = playBotGame(
    { seed: 'debrief', scenario: 'afterHanoi2019', rounds: 5 },
    { US: 'hawk', DPRK: 'opportunist', ROK: 'dove', PRC: 'dealmaker', JPN: 'hawk' },
  );
  it('tells one table: outcome, tracks per round, agreements, breaches, agendas', () => {
    const d = tableDebrief({ table: 3, seats: { US: ['Ana', 'Ben'] }, G: game.state.G, over: true });
    expect(d.outcome?.id).toBe((game.state.ctx.gameover as { outcome: string }).outcome);
    expect(d.tracks[0]!.round).toBe(0);
    expect(d.tracks.length).toBe(game.state.G.round + 1);
    expect(d.agreements.length).toBe(game.state.G.agreements.length);
    expect(d.breaches.length).toBe(game.state.G.breaches.length);
    expect(d.seats.US.names).toEqual(['Ana', 'Ben']);
    expect(d.seats.DPRK.bot).toBe(true);
    for (const role of ROLES) expect(d.seats[role].agenda.label).not.toBe('None');
    expect(d.headlines.length).toBe(game.state.G.headlines.length);
  });
  it('sums the class and asks the four discussion questions', () => {
    const war = structuredClone(startMatch({ seed: 'w' }));
    war.G.war = { round: 1, cause: 'test' };
    const c = classDebrief([
      { table: 2, seats: {}, G: game.state.G, over: true },
      { table: 1, seats: {}, G: war.G, over: true },
    ]);
    expect(c.tables.map((t) => t.table)).toEqual([1, 2]);
    expect(c.outcomes.war).toBe(1);
    expect(c.meanTension.length).toBe(trackSeries(game.state.G).length);
    expect(c.questions.map((q) => q.theme)).toEqual(
      expect.arrayContaining(['Personal rapport vs verification', "Sanctions and China's enforcement", 'Alliance trust', 'Normalising a nuclear North Korea']),
    );
    expect(DISCUSSION_QUESTIONS.length).toBeGreaterThanOrEqual(4);
  });
  it('lists decisions by round and writes safe CSV', () => {
    const log = [
      { phase: 'diplomacy', playerID: '0', move: 'done', args: [] },
      { phase: 'orders', playerID: '1', move: 'submitOrders', args: [{ actions: ['missileTest', 'charmOffensive'], commitments: { c1: 'breach' } }] },
      { phase: 'crisis', playerID: '0', move: 'chooseCrisisOption', args: [{ option: 'walkOut' }] },
      { phase: 'diplomacy', playerID: '2', move: 'propose', args: [{ to: ['DPRK'], venue: 'panmunjom', offers: [], asks: [] }] },
    ];
    const decisions = decisionsOf(4, { US: ['=cmd'] }, log);
    expect(decisions.map((d) => d.round)).toEqual([1, 1, 2, 2]);
    expect(decisions[1]!.detail).toContain('1 breached');
    const csv = decisionsCsv(decisions);
    expect(csv.split('\r\n')[0]).toBe('table,round,phase,role,made_by,by,seat_students,move,detail,memo,args');
    // A "done" has no argument: an empty cell, not a stray "".
    expect(csv.split('\r\n')[1]).toBe('4,1,diplomacy,US,=cmd,student,=cmd,done,Left the diplomacy table,,'.replace(/=cmd/g, "'=cmd"));
    expect(csv).toContain("'=cmd");
    expect(csv.trim().split('\r\n').length).toBe(5);
  });
  it.each([
    ['a move the timer made for the seat', [{ actions: ['personalLetter', 'suspendDrills'] }, { filledBy: 'timer' }], { US: ['Fatima'] }, 'timer', 'timer'],
    ['a move the teacher\'s "End phase now" made', [null, { filledBy: 'teacher' }], { US: ['Fatima'] }, 'teacher', 'teacher'],
    ["the students' own move", [{ actions: ['personalLetter', 'suspendDrills'] }], { US: ['Fatima', 'Ana'] }, 'student', 'Fatima; Ana'],
    ["a bot's seat", [{ actions: ['personalLetter', 'suspendDrills'] }], {}, 'bot', 'bot'],
  ])('says who made each decision: %s', (_why, args, seats, by, madeBy) => {
    const [d] = decisionsOf(1, seats, [{ phase: 'orders', playerID: '0', move: 'submitOrders', args }]);
    expect(d).toMatchObject({ by, madeBy, args: args[0] });
  });
});
