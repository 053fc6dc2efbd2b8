import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  CLASSROOM_PRESS_NOTICE,
  conversationLabel,
  conversations,
  counterparts,
  messageLength,
  PRESS_LIMITS,
  unreadCounts,
  validateMessage,
  type ConversationKey,
  type PressMessage,
  type ReadMarks,
  type Recipients,
} from '../../shared/press';
import { ROLE_NAMES, ROLES, type Role } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import './press.css';

export interface PressPanelProps {
  /** The seat reading and writing. */
  role: Role;
  /** Messages this seat may see (usePress / useLocalPress). Anything else is dropped here too. */
  messages: readonly PressMessage[];
  /** Sends; resolves to null, or to the reason it was refused (shown under the composer). */
  onSend: (to: Recipients, text: string) => Promise<string | null> | string | null;
  /** Classroom match: tell the student the teacher reads every message in the debrief. */
  classroom?: boolean;
  /** Players' display names by role, shown beside the role. */
  names?: Partial<Record<Role, string>>;
  /** Read marks, when the parent keeps them (hot-seat: per seat across pass screens). Uncontrolled otherwise. */
  read?: ReadMarks;
  onRead?: (marks: ReadMarks) => void;
  /** False while the live connection is down. */
  connected?: boolean;
  /** Why sending is closed now (e.g. "The match is over."); null when open. */
  closed?: string | null;
}

function time(sentAt: number): string {
  return new Date(sentAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function recipientsOf(key: ConversationKey, me: Role): Recipients {
  return key === 'all' ? 'all' : counterparts(key, me);
}

/**
 * Diplomatic press for one seat: conversations per counterpart (and "Everyone") with unread
 * counts, the open conversation, and a composer with recipient chips and a character counter.
 * Text is rendered as React text nodes, never as HTML.
 */
export function PressPanel({ role, messages, onSend, classroom = false, names = {}, read, onRead, connected = true, closed = null }: PressPanelProps) {
  const list = useMemo(() => conversations([...messages], role), [messages, role]);
  const [ownRead, setOwnRead] = useState<ReadMarks>({});
  const marks = read ?? ownRead;
  const [open, setOpen] = useState<ConversationKey>('all');
  const [to, setTo] = useState<Recipients>('all');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const unread = unreadCounts(list, role, marks);
  const current = list.find((c) => c.key === open) ?? list[0]!;
  const bottom = useRef<HTMLLIElement>(null);

  // The open conversation is read as it grows.
  useEffect(() => {
    if ((marks[current.key] ?? 0) === current.messages.length) return;
    const next = { ...marks, [current.key]: current.messages.length };
    if (onRead) onRead(next);
    else setOwnRead(next);
    bottom.current?.scrollIntoView?.({ block: 'nearest' });
  }, [current.key, current.messages.length, marks, onRead]);

  const choose = (key: ConversationKey) => {
    setOpen(key);
    setTo(recipientsOf(key, role));
    setError(null);
  };

  // The recipients are never empty: Everyone stays chosen until a role is picked instead, and the
  // last role chosen stays until another is added or Everyone is chosen.
  const toggle = (r: Role | 'all') => {
    setError(null);
    if (r === 'all') return setTo('all');
    const now = to === 'all' ? [] : to;
    if (now.length === 1 && now[0] === r) return;
    setTo(now.includes(r) ? now.filter((x) => x !== r) : ROLES.filter((x) => x === r || now.includes(x)));
  };

  const length = messageLength(text.trim());
  const check = validateMessage(role, to, text);
  const problem = text.trim().length === 0 ? null : check.ok ? null : check.reason;
  const canSend = check.ok && !sending && closed === null;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!check.ok) return setError(check.reason);
    if (closed !== null) return setError(closed);
    setSending(true);
    const refusal = await onSend(check.to, check.text);
    setSending(false);
    setError(refusal);
    if (refusal === null) {
      setText('');
      const key = check.to === 'all' ? 'all' : check.to.join('+');
      setOpen(key);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
  };

  return (
    <section className="panel press" aria-labelledby="press-title" data-role={role}>
      <h2 id="press-title">Press</h2>
      {classroom ? (
        <p className="press-notice" role="note">
          {CLASSROOM_PRESS_NOTICE}
        </p>
      ) : null}
      {!connected ? (
        <p className="press-offline" role="status">
          Reconnecting to the press room…
        </p>
      ) : null}
      <div className="press-body">
        <nav aria-label="Conversations">
          <ul className="press-conversations">
            {list.map((c) => (
              <li key={c.key}>
                <button
                  type="button"
                  className={`press-conversation${c.key === current.key ? ' open' : ''}`}
                  aria-current={c.key === current.key ? 'true' : undefined}
                  data-conversation={c.key}
                  onClick={() => choose(c.key)}
                >
                  <span>{conversationLabel(c.key, role)}</span>
                  {unread[c.key] ? (
                    <span className="badge press-unread" aria-label={`${unread[c.key]} unread`}>
                      {unread[c.key]}
                    </span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="press-thread">
          <h3>{conversationLabel(current.key, role)}</h3>
          <ol className="press-messages" aria-live="polite" aria-relevant="additions">
            {current.messages.length === 0 ? <li className="muted">{current.key === 'all' ? 'No public statements yet.' : 'No messages yet.'}</li> : null}
            {current.messages.map((m) => (
              <li key={m.id} className={`press-message${m.from === role ? ' mine' : ''}`} data-message={m.id}>
                <div className="press-meta">
                  <RoleChip role={m.from} short name={names[m.from]} />
                  {m.to !== 'all' && m.to.length > 1 ? <span className="muted">to {m.to.map((r) => (r === role ? 'you' : r)).join(', ')}</span> : null}
                  <span className="muted">
                    round {m.round} · {time(m.sentAt)}
                  </span>
                </div>
                <p className="press-text">{m.text}</p>
              </li>
            ))}
            <li ref={bottom} aria-hidden="true" className="press-end" />
          </ol>
        </div>
      </div>
      <form className="press-composer" onSubmit={(e) => void submit(e)} aria-label="Write a message">
        <fieldset className="press-recipients">
          <legend>To</legend>
          <button type="button" className="press-chip" aria-pressed={to === 'all'} onClick={() => toggle('all')}>
            Everyone (public)
          </button>
          {ROLES.filter((r) => r !== role).map((r) => (
            <button key={r} type="button" className="press-chip" aria-pressed={to !== 'all' && to.includes(r)} onClick={() => toggle(r)} title={ROLE_NAMES[r]}>
              {ROLE_NAMES[r]}
            </button>
          ))}
        </fieldset>
        <label className="press-label" htmlFor={`press-text-${role}`}>
          Message {to === 'all' ? '(a public statement: everyone sees it, and it goes on the news)' : ''}
        </label>
        <textarea
          id={`press-text-${role}`}
          value={text}
          rows={3}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
          aria-describedby={`press-count-${role}`}
        />
        <div className="press-send-row">
          <span id={`press-count-${role}`} className={`press-count${length > PRESS_LIMITS.maxLength ? ' over' : ''}`}>
            {length} / {PRESS_LIMITS.maxLength}
          </span>
          <button type="submit" className="btn primary" disabled={!canSend}>
            {sending ? 'Sending…' : 'Send'}
          </button>
        </div>
        <p className="refusal" role="alert" data-testid="press-error">
          {error ?? problem ?? closed ?? ''}
        </p>
      </form>
    </section>
  );
}
