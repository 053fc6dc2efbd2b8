// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalPress, useLocalPress } from '../../client/press/localPress';
import { PressPanel } from '../../client/press/PressPanel';
import { asPhase } from '../../shared/phases';
import { CLASSROOM_PRESS_NOTICE, PRESS_LIMITS, type PressMessage, type Recipients } from '../../shared/press';
import type { Role } from '../../shared/roles';
import { newMatch } from '../support/match';

afterEach(cleanup);

let n = 0;
function msg(from: Role, to: Recipients, text: string, sentAt = Date.UTC(2026, 0, 1, 12, n)): PressMessage {
  n += 1;
  return { id: `m${n}`, matchID: 'match', round: 1, from, to, text, sentAt };
}

function conversationButton(key: string): HTMLElement {
  const button = document.querySelector<HTMLElement>(`[data-conversation="${key}"]`);
  if (!button) throw new Error(`no conversation ${key}`);
  return button;
}

function thread(): HTMLElement {
  return document.querySelector<HTMLElement>('.press-messages')!;
}

describe('PressPanel', () => {
  it('renders markup in a message as text: no element is created from it', () => {
    const evil = '<script>window.hacked = true</script><img src=x onerror="window.hacked = true">';
    render(<PressPanel role="US" messages={[msg('DPRK', 'all', evil)]} onSend={() => null} />);
    expect(screen.getByText(evil)).toBeTruthy();
    expect(document.querySelector('.press script, .press img')).toBeNull();
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('lists Everyone and one conversation per counterpart set, with unread counts that clear when opened', () => {
    const messages = [
      msg('DPRK', ['US'], 'Letter one'),
      msg('DPRK', ['US'], 'Letter two'),
      msg('ROK', ['US', 'JPN'], 'Trilateral?'),
      msg('PRC', 'all', 'Stability.'),
    ];
    render(<PressPanel role="US" messages={messages} onSend={() => null} />);
    expect([...document.querySelectorAll('[data-conversation]')].map((b) => b.getAttribute('data-conversation'))).toEqual(['all', 'ROK+JPN', 'DPRK']);
    // Everyone is open first, so its statement is read; the others wait.
    expect(within(conversationButton('all')).queryByLabelText(/unread/)).toBeNull();
    expect(within(conversationButton('DPRK')).getByLabelText('2 unread')).toBeTruthy();
    expect(within(conversationButton('ROK+JPN')).getByLabelText('1 unread')).toBeTruthy();
    fireEvent.click(conversationButton('DPRK'));
    expect(within(thread()).getByText('Letter two')).toBeTruthy();
    expect(within(conversationButton('DPRK')).queryByLabelText(/unread/)).toBeNull();
    expect(conversationButton('ROK+JPN').textContent).toContain('South Korea, Japan');
  });

  it('never shows a message the seat may not see, even if handed one', () => {
    render(<PressPanel role="US" messages={[msg('ROK', ['JPN'], 'Not for Washington'), msg('ROK', ['US'], 'For Washington')]} onSend={() => null} />);
    expect(document.body.textContent).not.toContain('Not for Washington');
    fireEvent.click(conversationButton('ROK'));
    expect(document.body.textContent).toContain('For Washington');
  });

  it('sends to the chosen recipients with the trimmed text, and clears the composer', async () => {
    const onSend = vi.fn(async () => null);
    render(<PressPanel role="US" messages={[]} onSend={onSend} />);
    fireEvent.click(screen.getByRole('button', { name: 'Everyone (public)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Japan' }));
    fireEvent.click(screen.getByRole('button', { name: 'South Korea' }));
    const box = screen.getByLabelText(/^Message/);
    fireEvent.change(box, { target: { value: '  Trilateral call at 9?  ' } });
    expect(document.querySelector('.press-count')?.textContent).toBe(`21 / ${PRESS_LIMITS.maxLength}`);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
    expect(onSend).toHaveBeenCalledWith(['ROK', 'JPN'], 'Trilateral call at 9?');
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses empty and oversized messages before sending, and shows the server’s refusal', async () => {
    const onSend = vi.fn(async () => 'Slow down: at most 5 messages in 10 seconds.');
    render(<PressPanel role="DPRK" messages={[]} onSend={onSend} />);
    const send = screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'x'.repeat(PRESS_LIMITS.maxLength + 1) } });
    expect(send.disabled).toBe(true);
    expect(screen.getByTestId('press-error').textContent).toMatch(/at most 500 characters/);
    expect(document.querySelector('.press-count.over')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'A statement.' } });
    await act(async () => void fireEvent.click(send));
    expect(onSend).toHaveBeenCalledWith('all', 'A statement.');
    expect(screen.getByTestId('press-error').textContent).toContain('Slow down');
    expect((screen.getByLabelText(/^Message/) as HTMLTextAreaElement).value).toBe('A statement.');
  });

  it('tells students in a classroom match that the teacher reads every message', () => {
    render(<PressPanel role="ROK" messages={[]} onSend={() => null} classroom />);
    expect(screen.getByRole('note').textContent).toBe(CLASSROOM_PRESS_NOTICE);
    cleanup();
    render(<PressPanel role="ROK" messages={[]} onSend={() => null} />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('hot-seat press', () => {
  const state = newMatch({ scenario: 'singapore2018' });

  /** One screen: only the seat whose turn it is has a panel, mounted after its pass screen. */
  function HotSeat({ press, seat }: { press: ReturnType<typeof createLocalPress>; seat: Role }) {
    const connection = useLocalPress(press, seat);
    return <PressPanel key={seat} role={seat} messages={connection.messages} onSend={connection.send} read={connection.read} onRead={connection.onRead} />;
  }

  function Table({ press }: { press: ReturnType<typeof createLocalPress> }) {
    const [seat, setSeat] = useState<Role | null>('US');
    return (
      <div>
        {seat ? <HotSeat press={press} seat={seat} /> : <p>Pass the device</p>}
        {(['US', 'DPRK', 'ROK'] as const).map((r) => (
          <button key={r} type="button" onClick={() => setSeat(r)}>{`I am ${r}`}</button>
        ))}
        <button type="button" onClick={() => setSeat(null)}>
          Pass
        </button>
      </div>
    );
  }

  it('a message to a seat appears only in that seat’s panel, after the pass screen, with its unread count kept', async () => {
    const press = createLocalPress({ matchID: 'local', game: () => ({ G: state.G, phase: asPhase(state.ctx.phase) }) });
    render(<Table press={press} />);
    fireEvent.click(screen.getByRole('button', { name: 'North Korea' }));
    fireEvent.change(screen.getByLabelText(/^Message/), { target: { value: 'A beautiful letter.' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
    expect(document.body.textContent).toContain('A beautiful letter.');

    fireEvent.click(screen.getByRole('button', { name: 'Pass' }));
    expect(document.querySelector('.press')).toBeNull();
    expect(document.body.textContent).not.toContain('A beautiful letter.');

    fireEvent.click(screen.getByRole('button', { name: 'I am ROK' }));
    expect(document.body.textContent).not.toContain('A beautiful letter.');
    expect(document.querySelector('[data-conversation="US"]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'I am DPRK' }));
    expect(within(conversationButton('US')).getByLabelText('1 unread')).toBeTruthy();
    fireEvent.click(conversationButton('US'));
    expect(document.body.textContent).toContain('A beautiful letter.');
    fireEvent.click(screen.getByRole('button', { name: 'I am ROK' }));
    fireEvent.click(screen.getByRole('button', { name: 'I am DPRK' }));
    expect(within(conversationButton('US')).queryByLabelText(/unread/)).toBeNull();
    press.stop();
  });

  it('a bot seat on the same screen answers the person who wrote to it, and only them', async () => {
    vi.useFakeTimers();
    const press = createLocalPress({
      matchID: 'local',
      game: () => ({ G: state.G, phase: asPhase(state.ctx.phase) }),
      bots: { DPRK: 'dealmaker' },
      botDelayMs: 500,
    });
    expect(press.send('US', ['DPRK'], 'What would it take?')).toBeNull();
    expect(press.send('US', 'all', 'A public word.')).toBeNull();
    vi.advanceTimersByTime(600);
    vi.useRealTimers();
    const reply = press.forSeat('US').find((m) => m.from === 'DPRK');
    expect(reply?.to).toEqual(['US']);
    expect(press.forSeat('ROK').map((m) => m.text)).toEqual(['A public word.']);
    expect(press.send('US', ['US'], 'me')).toMatch(/yourself/);
    press.stop();
  });
});
