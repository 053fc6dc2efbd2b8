import { LobbyClient } from 'boardgame.io/client';
import { afterAll, describe, expect, it } from 'vitest';
import type { PressMessage } from '../../shared/press';
import { startServerProcess, type ServerProcess } from '../server/support/serverProcess';
import { openStream, seatHeaders } from './support/sse';

/** The server as `npm start` runs it, with its log captured: press text and credentials never appear in it. */
let server: ServerProcess | undefined;

afterAll(async () => {
  await server?.dispose();
});

describe('press in the server process', () => {
  it('never logs message text or credentials, and the press survives a crash (kill -9)', async () => {
    server = await startServerProcess({ env: { LOG_LEVEL: 'debug' } });
    const lobby = new LobbyClient({ server: server.url });
    const { matchID } = await lobby.createMatch('peninsula', { numPlayers: 5, setupData: { bots: { DPRK: 'hawk' } } });
    const us = { playerID: '0', credentials: (await lobby.joinMatch('peninsula', matchID, { playerID: '0', playerName: 'US' })).playerCredentials };
    const stream = await openStream(`${server.url}/api/matches/${matchID}/press/stream`, seatHeaders(us));

    const secret = `secret-${crypto.randomUUID()}`;
    for (const [to, text] of [
      [['DPRK'], `${secret} allow inspections`],
      ['all', `${secret} public`],
    ] as const) {
      const response = await fetch(`${server.url}/api/matches/${matchID}/press`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...us, to, text }),
      });
      expect(response.status).toBe(201);
    }
    const reply = await (async () => {
      for (let i = 0; i < 200; i += 1) {
        const found = stream.messages.find((m) => m.from === 'DPRK');
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('no bot reply');
    })();
    stream.close();
    const read = await fetch(`${server.url}/api/matches/${matchID}/press`, { headers: seatHeaders(us) });
    const before = ((await read.json()) as { messages: PressMessage[] }).messages;
    expect(before).toHaveLength(3);

    const log = server.output();
    expect(log).toContain('"msg":"press"');
    expect(log).not.toContain(secret);
    expect(log).not.toContain(reply.text);
    expect(log).not.toContain(us.credentials);

    await server.crash();
    server = await server.restart();
    const after = await fetch(`${server.url}/api/matches/${matchID}/press`, { headers: seatHeaders(us) });
    expect(((await after.json()) as { messages: PressMessage[] }).messages).toEqual(before);
  }, 120_000);
});
