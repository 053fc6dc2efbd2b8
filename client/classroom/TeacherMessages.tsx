import { useState, type FormEvent } from 'react';
import type { TeacherMessage } from './api';
import type { Act } from './TableCard';

/** A message from the teacher to one table or to all; students see it on their table's bar. */
export function TeacherMessages({ act, tables, messages }: { act: Act; tables: number[]; messages: TeacherMessage[] }) {
  const [text, setText] = useState('');
  const [to, setTo] = useState<string>('all');
  async function send(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    await act('/message', { table: to === 'all' ? null : Number(to), text });
    setText('');
  }
  return (
    <section className="panel teacher-messages" aria-labelledby="messages-title">
      <h2 id="messages-title">Message to students</h2>
      <form className="message-form" onSubmit={(e) => void send(e)}>
        <label className="inline">
          To{' '}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="all">every table</option>
            {tables.map((t) => (
              <option key={t} value={String(t)}>
                table {t}
              </option>
            ))}
          </select>
        </label>
        <input
          aria-label="Message text"
          value={text}
          maxLength={280}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. Five minutes left in this round"
        />
        <button className="btn" type="submit">
          Send
        </button>
      </form>
      {messages.length > 0 && (
        <ul className="sent-messages">
          {messages.slice(-4).map((m) => (
            <li key={m.id}>
              <b>{m.table === null ? 'All' : `Table ${m.table}`}:</b> {m.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
