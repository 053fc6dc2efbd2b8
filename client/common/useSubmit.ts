import { useState, type FormEvent } from 'react';

/**
 * A form that sends once and then leaves the page: `busy` stays set on success (the page navigates
 * away, so the button must not come back), and on failure the error is shown and the form re-enabled.
 */
export function useSubmit(send: () => Promise<void>, describe: (e: unknown) => string = (e) => (e as Error).message) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await send();
    } catch (e) {
      setError(describe(e));
      setBusy(false);
    }
  }
  return { submit, error, busy };
}
