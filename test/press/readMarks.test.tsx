// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { pressRefusal } from '../../client/press/pressErrors';
import { PressPanel } from '../../client/press/PressPanel';
import { usePressReads } from '../../client/press/readMarks';
import type { PressMessage, Recipients } from '../../shared/press';
import type { Role } from '../../shared/roles';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

let n = 0;
function msg(from: Role, to: Recipients, text: string, round = 1): PressMessage {
  n += 1;
  return { id: `r${n}`, matchID: 'm', round, from, to, text, sentAt: Date.UTC(2026, 0, 1, 12, n) };
}

/** The online board's wiring: read marks kept per match and seat, the panel shown only on its tab. */
function Seat({ messages, panelOpen }: { messages: PressMessage[]; panelOpen: boolean }) {
  const reads = usePressReads('m', '0', 'US', messages);
  return (
    <div>
      <span data-testid="tab-unread">{reads.unread}</span>
      {panelOpen ? <PressPanel role="US" messages={messages} onSend={() => null} read={reads.read} onRead={reads.onRead} /> : null}
    </div>
  );
}

const unreadOnTab = () => screen.getByTestId('tab-unread').textContent;

describe('read marks kept per match and seat', () => {
  it('a conversation read once stays read when the panel closes, in a later round and after a reload; only new messages count', () => {
    const round1 = [msg('DPRK', ['US'], 'Letter one'), msg('DPRK', ['US'], 'Letter two')];
    const { rerender, unmount } = render(<Seat messages={round1} panelOpen={false} />);
    expect(unreadOnTab()).toBe('2');
    rerender(<Seat messages={round1} panelOpen />);
    fireEvent.click(document.querySelector<HTMLElement>('[data-conversation="DPRK"]')!);
    expect(unreadOnTab()).toBe('0');
    // Another tab, then round 2 brings one public statement.
    const round2 = [...round1, msg('PRC', 'all', 'Stability.', 2)];
    rerender(<Seat messages={round2} panelOpen={false} />);
    expect(unreadOnTab()).toBe('1');
    unmount();
    // A reload: the marks come back from this browser's storage.
    render(<Seat messages={round2} panelOpen={false} />);
    expect(unreadOnTab()).toBe('1');
  });
});

describe('recipient chips never reach an invalid choice', () => {
  it('clicking the chosen Everyone keeps it chosen, and the last chosen role stays until another is chosen', async () => {
    const sent: unknown[] = [];
    render(<PressPanel role="US" messages={[]} onSend={(to) => (sent.push(to), null)} />);
    const everyone = screen.getByRole('button', { name: 'Everyone (public)' });
    fireEvent.click(everyone);
    expect(everyone.getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'Hello' } });
    expect(screen.getByTestId('press-error').textContent).toBe('');
    const japan = screen.getByRole('button', { name: 'Japan' });
    fireEvent.click(japan);
    fireEvent.click(japan);
    expect(japan.getAttribute('aria-pressed')).toBe('true');
    expect(everyone.getAttribute('aria-pressed')).toBe('false');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
    expect(sent).toEqual([['JPN']]);
  });

  it.each([
    [
      'a bad recipient list, in the words of the API',
      400,
      { error: 'Send to "all" or to a list of roles from: US, DPRK.', code: 'BAD_RECIPIENTS' },
      'Choose who gets the message: Everyone, or one or more roles.',
    ],
    [
      'the rate limit, whose words are already for players',
      429,
      { error: 'Slow down: at most 5 messages in 10 seconds. Try again in 4 s.', code: 'RATE_BURST' },
      'Slow down: at most 5 messages in 10 seconds. Try again in 4 s.',
    ],
    [
      'credentials the server no longer knows, without a code',
      403,
      { error: 'Invalid credentials for that seat.' },
      'Your seat could not be confirmed: reload the page, and if that fails rejoin from the home page.',
    ],
    ['an unknown code and status', 502, { code: 'SOMETHING_NEW' }, 'The press room could not take the message just now; try again.'],
  ])('the server refusing %s is shown as a player-facing message', (_what, status, body, shown) => {
    expect(pressRefusal(status, body)).toBe(shown);
  });
});
