import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../shared/roles';

/**
 * Help from the game screen: replay the guided round, or open how to play, the role card, the glossary
 * and the full rules in a new tab (leaving the table would drop a hot-seat game).
 */
export function HelpMenu({ role, onReplay }: { role: Role | undefined; onReplay: (() => void) | null }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('a, button')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const links = [
    { href: role ? `/learn/2?role=${role}` : '/learn', label: 'How to play (two screens)' },
    ...(role ? [{ href: `/learn/roles/${role}`, label: 'Your role card' }] : []),
    { href: '/learn/glossary', label: 'Glossary' },
    { href: '/rules', label: 'Full rules' },
  ];
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape from the menu's own button or links closes it
    <div
      className="help-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={button} id="help-button" type="button" className="btn" aria-expanded={open} aria-controls="help-panel" onClick={() => setOpen(!open)}>
        Help
      </button>
      {open ? (
        <div id="help-panel" ref={panel} className="help-panel" role="group" aria-label="Help">
          <ul>
            {onReplay ? (
              <li>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => {
                    setOpen(false);
                    onReplay();
                  }}
                >
                  Replay the guided round
                </button>
              </li>
            ) : null}
            {links.map((l) => (
              <li key={l.href}>
                <a href={l.href} target="_blank" rel="noopener">
                  {l.label} <span className="sr-only">(opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
