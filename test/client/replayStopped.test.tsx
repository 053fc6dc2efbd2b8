// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ForkForm } from '../../client/replay/ForkForm';
import { RoundStory } from '../../client/replay/RoundStory';
import type { ReplayRound, ReplayStatus } from '../../shared/api/replay';
import { playerView } from '../../shared/playerView';
import { startMatch } from '../../tools/sim/headless';

afterEach(cleanup);

/** Round 1 of a class table, its orders never revealed: stopped by the teacher, or still being played. */
function roundOne(status: ReplayStatus, news: number): ReplayRound {
  const { G } = startMatch({ seed: 'stopped-replay', rounds: 6 });
  return {
    matchID: 'm1',
    status,
    round: 1,
    firstRound: 1,
    lastRound: 1,
    seat: null,
    view: playerView(G, null),
    headlines: Array.from({ length: news }, () => G.headlines.filter((h) => h.round === 1)[0]!),
    agreements: [],
    record: null,
    result: null,
    fork: null,
    names: [null, null, null, null, null],
    forks: [],
  };
}

describe('the replay of a class table the teacher stopped says it was stopped, not that it is being played', () => {
  // A stopped round says so even when it brought news and deals before the end (two headlines here).
  test.each([
    [
      'stopped',
      2,
      /The teacher stopped the game in this round: its orders were never revealed\./,
      /This match was stopped before its end, so its secrets stay with it/,
    ],
    ['playing', 1, /This round is still being played: its orders are secret until it ends\./, /This match is still being played, so its secrets stay with it/],
  ] as const)('%s', (status, news, story, fork) => {
    const replay = roundOne(status, news);
    render(
      <>
        <RoundStory replay={replay} />
        <ForkForm matchID="m1" round={1} names={replay.names} status={status} access={{}} />
      </>,
    );
    expect(screen.getByText(story)).toBeTruthy();
    expect(screen.getByText(fork)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(status === 'stopped' ? /still being played/ : /stopped/);
  });
});
