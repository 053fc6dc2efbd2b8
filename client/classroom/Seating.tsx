import { useState } from 'react';
import { ROLES, type Role } from '../../shared/roles';
import { RoleChip } from '../game/roleStyle';
import { api, type ConsoleData } from './api';

/** Before the start: where each student sits; the teacher moves anyone. */
export function Seating({ sessionId, teacherKey, data, onChange }: { sessionId: string; teacherKey: string; data: ConsoleData; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const { students, session } = data;
  const tableCount = Math.max(session.tables ?? 0, ...students.map((s) => s.table), 1) + (session.tables === null ? 1 : 0);
  async function move(studentId: string, table: number, role: Role) {
    try {
      await api('POST', `/api/class/${sessionId}/seat`, { teacherKey, body: { studentId, table, role } });
      setError(null);
      onChange();
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const tables = Array.from({ length: tableCount }, (_, i) => i + 1);
  return (
    <section className="panel" aria-label="Seating">
      <h2>
        Seating ({students.length} student{students.length === 1 ? '' : 's'} joined)
      </h2>
      <p className="hint">
        Students are seated as they join. Move anyone before the start; several students on one role play it as a team. Empty seats will be bots.
      </p>
      <p className="refusal" role="alert">
        {error ?? ''}
      </p>
      <div className="table-grid">
        {tables.map((table) => (
          <div key={table} className="seating-table">
            <h3>
              Table {table}
              {students.some((s) => s.table === table) ? '' : ' — empty, will not start'}
            </h3>
            <ul className="seat-list">
              {ROLES.map((role) => {
                const team = students.filter((s) => s.table === table && s.role === role);
                return (
                  <li key={role}>
                    <RoleChip role={role} short />{' '}
                    {team.length === 0 ? (
                      <span className="muted">bot</span>
                    ) : (
                      team.map((s) => (
                        <span key={s.studentId} className="student">
                          {s.name}{' '}
                          <select
                            aria-label={`Move ${s.name}`}
                            value={`${s.table}:${s.role}`}
                            onChange={(e) => {
                              const [t, r] = e.target.value.split(':');
                              void move(s.studentId, Number(t), r as Role);
                            }}
                          >
                            {tables.flatMap((tt) =>
                              ROLES.map((rr) => (
                                <option key={`${tt}:${rr}`} value={`${tt}:${rr}`}>
                                  Table {tt} · {rr}
                                </option>
                              )),
                            )}
                          </select>
                        </span>
                      ))
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
