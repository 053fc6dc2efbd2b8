import { useCallback, useEffect, useRef, useState } from 'react';
import { owesMove } from '../../shared/queries';
import type { Role } from '../../shared/roles';
import type { SeatView } from '../../shared/state';

const BASE_TITLE = 'Peninsula';
const ALERT_KEY = 'peninsula:move-alert';

/** The tab's title: "(Your move) Peninsula" while the seat owes the phase an answer. */
export function titleFor(yourMove: boolean): string {
  return yourMove ? `(Your move) ${BASE_TITLE}` : BASE_TITLE;
}

function alertWanted(): boolean {
  try {
    return window.localStorage.getItem(ALERT_KEY) === 'on';
  } catch {
    return false;
  }
}

/** A short two-note chime, made on the spot: no sound file to load. */
function chime(): void {
  const Context = window.AudioContext as typeof AudioContext | undefined;
  if (!Context) return;
  const audio = new Context();
  [660, 880].forEach((hz, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = hz;
    gain.gain.value = 0.08;
    tone.connect(gain).connect(audio.destination);
    tone.start(audio.currentTime + i * 0.18);
    tone.stop(audio.currentTime + i * 0.18 + 0.15);
  });
  setTimeout(() => void audio.close(), 800);
}

/** The opt-in alert, off by default and remembered by this browser. */
export function useMoveAlert(): { on: boolean; toggle: () => void } {
  const [on, setOn] = useState(alertWanted);
  const toggle = useCallback(() => {
    const next = !on;
    setOn(next);
    try {
      window.localStorage.setItem(ALERT_KEY, next ? 'on' : 'off');
    } catch {
      // Not remembered, but on for this page.
    }
    // The browser asks the person once, on this click; without permission the chime still sounds.
    if (next && typeof Notification !== 'undefined' && Notification.permission === 'default') void Notification.requestPermission();
  }, [on]);
  return { on, toggle };
}

/**
 * Whether it is this seat's move; keeps the tab title saying so, and when it becomes the seat's
 * move with the alert on, chimes and (if the page is hidden and the browser allows) notifies.
 */
export function useYourMove(G: SeatView, phase: string | null, role: Role | undefined, over: boolean, alertOn: boolean): boolean {
  const yourMove = role !== undefined && !over && owesMove(G, phase, role);
  const before = useRef(yourMove);
  useEffect(() => {
    document.title = titleFor(yourMove);
    const became = yourMove && !before.current;
    before.current = yourMove;
    if (!became || !alertOn) return;
    chime();
    if (document.hidden && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      new Notification(titleFor(true), { body: `Round ${G.round}: ${phase ?? ''} — the table is waiting for you.`, tag: 'peninsula-move' });
    }
  }, [yourMove, alertOn, G.round, phase]);
  useEffect(() => () => void (document.title = BASE_TITLE), []);
  return yourMove;
}
