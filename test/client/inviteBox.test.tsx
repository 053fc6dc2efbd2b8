// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InviteBox } from '../../client/online/WaitingRoom';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the waiting room's invite link", () => {
  it('says Copied after a copy, then offers Copy again a few seconds later', async () => {
    vi.useFakeTimers();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) } });
    render(<InviteBox matchID="m 1" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
      await Promise.resolve();
    });
    expect(copied).toEqual([`${window.location.origin}/match/m%201`]);
    expect(screen.getByRole('button').textContent).toBe('Copied');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('button').textContent).toBe('Copied');
    act(() => vi.advanceTimersByTime(5000));
    expect(screen.getByRole('button').textContent).toBe('Copy');
  });
});
