import { useState } from 'react';
import {
  checkCounter,
  checkPropose,
  CONCESSIONS,
  concessionsOf,
  describeEffects,
  ROLE_NAMES,
  roleNamePossessive,
  ROLES,
  VENUE_IDS,
  VENUES,
  type ConcessionId,
  type SeatView,
  type Proposal,
  type Role,
  type VenueId,
} from '../../../shared/index';
import { Changes } from '../Changes';
import type { Send } from '../moveChecks';
import { RoleChip } from '../roleStyle';
import { bindsText } from '../commitmentText';
import { KIND_EXPLAIN, KIND_LABEL, previewAgreement, VERIFICATION_LABEL } from '../summitPreview';
import { Refusal } from './Refusal';
import { useSummitDraft } from './summitDraft';

interface Props {
  G: SeatView;
  role: Role;
  send: Send;
  /** Where the unsent draft is kept (client/game/panels/drafts.ts): it outlives a tab switch and a reload. */
  matchID?: string | undefined;
  /** When set, the composer writes a counter to this proposal: table and venue are fixed. */
  countering?: Proposal | undefined;
  onDone?: () => void;
}

function ItemPicker({
  legend,
  items,
  chosen,
  onToggle,
  name,
}: {
  legend: string;
  items: readonly ConcessionId[];
  chosen: ConcessionId[];
  onToggle: (id: ConcessionId) => void;
  name: string;
}) {
  if (items.length === 0) return null;
  return (
    <fieldset className="item-picker">
      <legend>{legend}</legend>
      <ul>
        {items.map((id) => {
          const def = CONCESSIONS[id];
          const inputId = `${name}-${id}`;
          return (
            <li key={id} className={chosen.includes(id) ? 'selected' : ''}>
              <input id={inputId} type="checkbox" checked={chosen.includes(id)} onChange={() => onToggle(id)} aria-describedby={`${inputId}-d`} />
              <label htmlFor={inputId}>
                {def.label} <span className="muted">· {ROLE_NAMES[def.role]}</span>
              </label>
              <p id={`${inputId}-d`} className="item-desc">
                {def.explain}{' '}
                <span className="muted">
                  Effect: {describeEffects(def.effects)}; {bindsText(id)}; {VERIFICATION_LABEL[def.verification]}.
                </span>
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function toggled<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Compose a summit: partners, venue, offers (own concessions) and asks (the partners'), with the ruleset's check and a preview. */
export function SummitComposer({ G, role, send, countering, onDone, matchID }: Props) {
  const counterTable = countering ? [countering.from, ...countering.to.filter((r) => r !== role)] : null;
  const [{ partners, venue, offers, asks }, change] = useSummitDraft(matchID, role, G.round, countering);
  const [refusal, setRefusal] = useState<string | null>(null);

  const to = counterTable ?? partners;
  const theirItems = to.flatMap((r) => concessionsOf(r));
  const validAsks = asks.filter((a) => theirItems.includes(a));
  const input = countering ? { proposalId: countering.id, offers, asks: validAsks } : { to, venue, offers, asks: validAsks };
  const problem = countering ? checkCounter(G, role, input) : checkPropose(G, role, input);
  const items = offers.length + validAsks.length;
  const preview = to.length > 0 && items > 0 ? previewAgreement(G, { from: role, to, venue, offers, asks: validAsks }) : null;

  const submit = () => {
    const refused = send(countering ? 'counter' : 'propose', input);
    setRefusal(refused?.message ?? null);
    if (!refused) {
      change(() => ({ offers: [], asks: [] }));
      onDone?.();
    }
  };

  return (
    <section className="panel composer" aria-labelledby="composer-title">
      <h2 id="composer-title">{countering ? `Counter ${roleNamePossessive(countering.from)} proposal` : 'Propose a summit'}</h2>
      {counterTable ? (
        <p>
          At the table:{' '}
          {counterTable.map((r) => (
            <RoleChip key={r} role={r} />
          ))}{' '}
          in {VENUES[venue].label}
        </p>
      ) : (
        <>
          <fieldset className="partners">
            <legend>Invite</legend>
            <div className="chip-row">
              {ROLES.filter((r) => r !== role).map((r) => (
                <label key={r} className={`chip-toggle${partners.includes(r) ? ' on' : ''}${G.done[r] ? ' gone' : ''}`}>
                  <input type="checkbox" checked={partners.includes(r)} onChange={() => change((d) => ({ partners: toggled(d.partners, r) }))} />
                  <RoleChip role={r} />
                  {G.done[r] ? <span className="muted"> (left)</span> : null}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor="venue">Venue</label>
            <select id="venue" value={venue} onChange={(e) => change(() => ({ venue: e.target.value as VenueId }))}>
              {VENUE_IDS.map((v) => (
                <option key={v} value={v}>
                  {VENUES[v].label}
                  {VENUES[v].host ? ` (host: ${ROLE_NAMES[VENUES[v].host]})` : ''}
                </option>
              ))}
            </select>
            <p className="hint">
              {VENUES[venue].explain} {VENUES[venue].effects.length ? `If agreed here: ${describeEffects(VENUES[venue].effects)}.` : ''}
            </p>
          </div>
        </>
      )}
      <ItemPicker
        legend="You offer"
        name="offer"
        items={concessionsOf(role)}
        chosen={offers}
        onToggle={(id) => change((d) => ({ offers: toggled(d.offers, id) }))}
      />
      <ItemPicker legend="You ask for" name="ask" items={theirItems} chosen={validAsks} onToggle={(id) => change((d) => ({ asks: toggled(d.asks, id) }))} />
      {to.length === 0 ? <p className="hint">Invite at least one role to see what you can ask for.</p> : null}
      <div className="preview-box" aria-live="polite">
        <h3>If agreed now</h3>
        {preview ? (
          <>
            <p>
              This would be {KIND_LABEL[preview.kind]}: {KIND_EXPLAIN[preview.kind]}.
            </p>
            <Changes changes={preview.changes} />
          </>
        ) : (
          <p className="changes-empty">Choose partners and at least one item.</p>
        )}
      </div>
      <Refusal message={refusal ?? (items > 0 && to.length > 0 ? problem?.message : null)} />
      <div className="button-row">
        <button type="button" className="btn primary" onClick={submit} disabled={problem !== null}>
          {countering ? 'Send counter-proposal' : 'Send proposal'}
        </button>
        {onDone ? (
          <button type="button" className="btn" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </section>
  );
}
