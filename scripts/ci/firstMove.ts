/**
 * The production smoke test's last step (scripts/ci/productionInstall.sh): against a running
 * server, create a match with one person, start it, and make that person's first move over
 * boardgame.io's socket client; exits 0 once the server's log of the match carries it.
 * Usage: `node --import tsx scripts/ci/firstMove.ts http://127.0.0.1:PORT`
 */
import { chooseBotMove } from '../../shared/bots';
import { connect, createMatchWithPeople, waitFor } from '../../test/server/support/players';

const url = process.argv[2];
if (!url) throw new Error('Usage: firstMove.ts <server url>');

const { matchID, seats } = await createMatchWithPeople(url, ['US'], { rounds: 4, seed: 'smoke' });
const usa = seats.US!;
const started = await fetch(`${url}/api/matches/${matchID}/start`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(usa),
});
if (!started.ok) throw new Error(`start answered ${started.status}: ${await started.text()}`);
const client = connect(url, matchID, usa);
const choice = await waitFor(
  'a move for the US seat',
  () => {
    const state = client.getState();
    return state ? chooseBotMove({ G: state.G, ctx: state.ctx, playerID: usa.playerID, personality: 'dealmaker' }) : undefined;
  },
  30_000,
);
client.moves[choice.move]?.(...choice.args);
await waitFor(
  'the move in the match log',
  () =>
    client.getState()?.log.some((e) => e.action.type === 'MAKE_MOVE' && e.action.payload.playerID === usa.playerID && e.action.payload.type === choice.move),
  30_000,
);
client.stop();
console.log(`First move over the socket: ${choice.move} by the US seat in match ${matchID}.`);
process.exit(0);
