import { describe, expect, test } from 'vitest';
import { autoPlay, connect, lobby } from '../server/support/players';
import { useServerProcess } from '../server/support/serverSession';
import { call, type Joined, type Me } from './support';

const server = useServerProcess();

describe('a class seat renamed as a latecomer joins its team, while the table plays', () => {
  test('keeps the team’s names: a move under way no longer writes back the metadata it read before the rename', async () => {
    const url = server.url;
    const created = await call<{ sessionId: string; joinCode: string; teacherKey: string }>(url, 'POST', '/api/class', {
      body: { scenario: 'singapore2018', rounds: 8, tables: 1, title: 'Rename race' },
    });
    const { sessionId, joinCode, teacherKey } = created.body;
    const students: Joined[] = [];
    for (const name of ['Ana', 'Ben']) students.push((await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name } })).body);
    expect((await call(url, 'POST', `/api/class/${sessionId}/start`, { teacherKey })).status).toBe(200);
    const mes: Me[] = [];
    for (const s of students) mes.push((await call<Me>(url, 'GET', '/api/class/me', { studentToken: s.token })).body);
    const matchID = mes[0]!.seat!.matchID;
    const seated = mes.map((me) => connect(url, matchID, { playerID: me.seat!.playerID, credentials: me.seat!.credentials }));
    server.keep(...seated);
    const playing = seated.map(autoPlay);

    let reverted = 0;
    let checks = 0;
    for (let i = 0; i < 12; i++) {
      const late = (await call<Joined>(url, 'POST', '/api/class/join', { body: { code: joinCode, name: `L${i}` } })).body;
      const lateMe = (await call<Me>(url, 'GET', '/api/class/me', { studentToken: late.token })).body;
      // Short names: the team's whole list fits a seat's name (a longer one is cut with an ellipsis).
      const expected = [...lateMe.teammates, `L${i}`].join(', ');
      const seat = Number(lateMe.seat!.playerID);
      // The moves under way land within a few polls (bounded: 1 s).
      for (let poll = 0; poll < 10; poll++) {
        const name = (await lobby(url).getMatch('peninsula', matchID)).players[seat]?.name ?? '';
        checks += 1;
        if (name !== expected) reverted += 1;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    playing.forEach((p) => p.stop());
    // Positive controls: the table really was playing meanwhile, and the names were read.
    expect(seated[0]!.getState()?._stateID ?? 0).toBeGreaterThan(10);
    expect(checks).toBe(120);
    expect(reverted).toBe(0);
  }, 150_000);
});
