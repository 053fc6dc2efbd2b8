import { useState, type FormEvent } from 'react';

export interface SubmitOptions {
  /** A problem with the input, shown instead of sending; null when the form may be sent. */
  check?: () => string | null;
  /** The message for a failed send. It may be async, to load the code that words it only when needed. */
  describe?: (e: unknown) => string | Promise<string>;
}

/**
 * A form that sends once and then leaves the page: `busy` stays set on success (the page navigates
 * away, so the button must not come back), and on failure the error is shown and the form re-enabled.
 */
export function useSubmit(send: () => Promise<void>, { check, describe = (e) => (e as Error).message }: SubmitOptions = {}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = check?.() ?? null;
    setError(problem);
    if (problem !== null) return;
    setBusy(true);
    try {
      await send();
    } catch (e) {
      setError(await describe(e));
      setBusy(false);
    }
  }
  return { submit, error, busy };
}
