import { useCallback, useState } from 'react';

/** Remembered per browser: a newcomer is offered the guide once; "done" or "skipped" stops the offer. */
export const GUIDE_STORAGE_KEY = 'peninsula.guidedRound';

type GuideMode = 'offer' | 'on' | 'off';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(GUIDE_STORAGE_KEY);
  } catch {
    return 'unavailable'; // Storage blocked (private mode): never nag, the Help menu still replays it.
  }
}

export interface Guide {
  mode: GuideMode;
  /** Changes at every start, so a replay begins again from step one. */
  run: number;
  start(): void;
  finish(how: 'done' | 'skipped'): void;
}

export function useGuide(seated: boolean): Guide {
  const [mode, setMode] = useState<GuideMode>(() => (seated && remembered() === null ? 'offer' : 'off'));
  const [run, setRun] = useState(0);
  const start = useCallback(() => {
    setRun((n) => n + 1);
    setMode('on');
  }, []);
  const finish = useCallback((how: 'done' | 'skipped') => {
    try {
      window.localStorage.setItem(GUIDE_STORAGE_KEY, how);
    } catch {
      // Nothing to remember it in; the guide simply closes.
    }
    setMode('off');
    // Back to where the guide is replayed from, so keyboard users do not land at the top of the page.
    window.setTimeout(() => document.getElementById('help-button')?.focus(), 0);
  }, []);
  return { mode: seated ? mode : 'off', run, start, finish };
}
