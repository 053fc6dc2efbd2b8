/** A bell, struck through while the alert is off: on a phone the button shows only this. */
function Bell({ on }: { on: boolean }) {
  return (
    <svg className="bell" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M12 3a6 6 0 0 0-6 6v4l-2 3h16l-2-3V9a6 6 0 0 0-6-6zm-2 15a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      {on ? null : <path d="M4 4l16 16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />}
    </svg>
  );
}

/** The header's switch for the your-move alert (a chime, and a notification when the tab is hidden). */
export function MoveAlertToggle({ on, toggle }: { on: boolean; toggle: () => void }) {
  const label = on ? 'Move alert: on' : 'Move alert: off';
  return (
    <button
      type="button"
      className="btn small move-alert"
      aria-pressed={on}
      aria-label={label}
      onClick={toggle}
      title="A chime, and a notification when this tab is in the background, when it becomes your move"
    >
      <Bell on={on} />
      <span className="wide-only">{label}</span>
    </button>
  );
}
