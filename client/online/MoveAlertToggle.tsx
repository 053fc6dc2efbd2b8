/** The header's switch for the your-move alert (a chime, and a notification when the tab is hidden). */
export function MoveAlertToggle({ on, toggle }: { on: boolean; toggle: () => void }) {
  return (
    <button
      type="button"
      className="btn small"
      aria-pressed={on}
      onClick={toggle}
      title="A chime, and a notification when this tab is in the background, when it becomes your move"
    >
      {on ? 'Move alert: on' : 'Move alert: off'}
    </button>
  );
}
