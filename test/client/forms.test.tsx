// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { useSubmit, type SubmitOptions } from '../../client/common/useSubmit';
import { CreateOnline } from '../../client/home/CreateOnline';
import { SCENARIOS } from '../../shared/data/scenarios';

afterEach(cleanup);

function Form({ send, options }: { send: () => Promise<void>; options?: SubmitOptions }) {
  const { submit, error, busy } = useSubmit(send, options);
  return (
    <form onSubmit={submit}>
      <p role="alert">{error ?? ''}</p>
      <button type="submit" disabled={busy}>
        Send
      </button>
    </form>
  );
}

describe('forms that send once (useSubmit)', () => {
  test('a failed check shows its message and sends nothing; the form stays usable', () => {
    let sent = 0;
    render(<Form send={async () => void (sent += 1)} options={{ check: () => 'Enter a name.' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a name.');
    expect(sent).toBe(0);
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('a failed send is worded by an async describe, and the button comes back', async () => {
    render(<Form send={() => Promise.reject(new Error('409'))} options={{ describe: async (e) => `That seat was just taken (${(e as Error).message}).` }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That seat was just taken (409).'));
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('a send that succeeds keeps the button disabled: the page is leaving', async () => {
    render(<Form send={async () => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true));
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  test('creating an online match without a name says so, before anything is sent', () => {
    render(<CreateOnline />);
    const name = screen.getByLabelText(/name/i) as HTMLInputElement;
    fireEvent.change(name, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create match and get an invite link' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter the name the others will see.');
  });
});

describe('the set-up forms’ scenario and rounds (useScenarioChoice)', () => {
  test('choosing a scenario sets the rounds to its default; rounds chosen after stay', () => {
    render(<CreateOnline />);
    const rounds = screen.getByLabelText('Rounds') as HTMLInputElement;
    fireEvent.change(rounds, { target: { value: '8' } });
    expect(rounds.value).toBe('8');
    fireEvent.change(screen.getByLabelText('Scenario'), { target: { value: 'afterHanoi2019' } });
    expect((screen.getByLabelText('Scenario') as HTMLSelectElement).value).toBe('afterHanoi2019');
    expect(rounds.value).toBe(String(SCENARIOS.afterHanoi2019.defaultRounds));
    fireEvent.change(rounds, { target: { value: '5' } });
    expect(rounds.value).toBe('5');
  });
});
