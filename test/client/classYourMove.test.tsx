// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ClassBoard } from '../../client/classroom/ClassGame';
import { move, newMatch } from '../support/match';
import { classTableProps } from './classTable';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('a class table says when it is the student’s move', () => {
  test('the title says "(Your move)" at the diplomacy table, not after leaving it, and not while the teacher pauses', () => {
    const state = newMatch();
    const { rerender } = render(<ClassBoard {...classTableProps(state)} />);
    expect(document.title).toBe('(Your move) Peninsula');
    expect(screen.getByRole('button', { name: 'Move alert: off' })).toBeTruthy();
    rerender(<ClassBoard {...classTableProps(state, { paused: true })} />);
    expect(document.title).toBe('Peninsula');
    rerender(<ClassBoard {...classTableProps(move(state, 'US', 'done'))} />);
    expect(document.title).toBe('Peninsula');
  });
});
