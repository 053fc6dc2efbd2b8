import { describe, expect, test } from 'vitest';
import type { ClassSession } from '../../server/classroom/classStore';
import { PublicView } from '../../server/classroom/liveTables';
import type { ClassroomDeps } from '../../server/classroom/tableMatches';
import { TRACK_MAX } from '../../shared/tracks';
import { startMatch } from '../../tools/sim/headless';

/** One class table whose board stands at tension 10: "War close" while it is played. */
function classWithOneTable(status: ClassSession['status'], gameover?: { outcome: string }) {
  const start = startMatch({ seed: 'alerts', rounds: 6 });
  const state = { ...start, G: { ...start.G, tracks: { ...start.G.tracks, tension: TRACK_MAX } }, ctx: gameover ? { ...start.ctx, gameover } : start.ctx };
  // Only what PublicView.tables reads of the classroom's dependencies.
  const deps = {
    classes: { tables: async () => [{ table: 1, matchID: 'm1' }] },
    store: { fetch: async () => ({ state, metadata: undefined }) },
    timers: { info: () => null, isPaused: () => false },
    injects: { get: () => undefined },
  } as unknown as ClassroomDeps;
  const session: ClassSession = {
    sessionId: 's1',
    joinCode: 'ACEFGH',
    teacherKeyHash: '',
    recoveryHash: null,
    settings: {
      title: 'Period 3',
      scenario: 'singapore2018',
      rounds: 6,
      timers: { crisis: 0, diplomacy: 0, orders: 0 },
      tables: 1,
      press: true,
      sameDeck: false,
    },
    status,
    createdAt: 0,
  };
  return new PublicView(deps, () => ({ base: 'http://127.0.0.1', reachable: true })).tables(session, [], 'teacher');
}

describe("a class table's alerts are for a table in play", () => {
  test('running: war close', async () => {
    const [table] = await classWithOneTable('running');
    expect(table!.alerts.some((a) => a.startsWith('War close'))).toBe(true);
  });

  test.each([
    ['stopped by the end of the session', 'ended', undefined],
    ['played to its end', 'running', { outcome: 'frozenConflict' }],
  ] as const)('%s: none, so nothing on the console or the projector reads as its outcome', async (_, status, gameover) => {
    const [table] = await classWithOneTable(status, gameover);
    expect(table!.tracks?.tension).toBe(TRACK_MAX);
    expect(table!.alerts).toEqual([]);
  });
});
