import { useState } from 'react';
import {
  ACTIONS,
  ACTIONS_PER_ROUND,
  actionsOf,
  actionUnavailable,
  bindingCommitments,
  checkOrders,
  CONCESSIONS,
  describeEffects,
  MEMO_MAX_LENGTH,
  previewEffects,
  ROLE_NAMES,
  ROLES,
  type ActionId,
  type Orders,
  type SeatView,
  type Role,
} from '../../../shared/index';
import { owesMove } from '../../../shared/queries';
import { Changes } from '../Changes';
import { isRealChoice, untilText } from '../commitmentText';
import type { Send } from '../moveChecks';
import { useOrdersDraft } from './ordersDraft';
import { Refusal } from './Refusal';

interface Props {
  G: SeatView;
  role: Role;
  send: Send;
  /** Where the unsealed draft is kept (online, classroom, 'hotseat'): it outlives a tab switch and a reload. */
  matchID?: string | undefined;
}

function limits(action: ActionId): string | null {
  const def = ACTIONS[action];
  if (def.oncePerGame) return 'once a game';
  if (def.cooldown) return `not again for ${def.cooldown} round${def.cooldown === 1 ? '' : 's'}`;
  return null;
}

/** Secret orders: two actions with their previews, and comply or breach for each commitment the role is bound by. */
export function OrdersPanel({ G, role, send, matchID }: Props) {
  const binding = bindingCommitments(G, role);
  const {
    draft: { actions, choices, memo },
    change,
    sealed: forgetDraft,
    sealedElsewhere,
  } = useOrdersDraft(matchID, role, G.round, G.submitted[role] === true);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sealed = G.private[role]?.orders ?? null;

  if (G.submitted[role]) {
    const waiting = ROLES.filter((r) => owesMove(G, 'orders', r));
    return (
      <section className="panel" aria-labelledby="orders-title">
        <h2 id="orders-title">Your orders are sealed</h2>
        {sealedElsewhere ? (
          <p className="sealed-elsewhere" role="alert">
            They were sealed from another screen (a teammate, the timer or the teacher): what you had chosen here was not sent.
          </p>
        ) : null}
        {sealed ? (
          <ul className="sealed" data-testid="my-orders">
            {sealed.actions.map((a) => (
              <li key={a}>{ACTIONS[a].label}</li>
            ))}
          </ul>
        ) : null}
        {sealed?.memo ? (
          <p className="memo-sealed" data-testid="my-memo">
            Your memo: {sealed.memo}
          </p>
        ) : null}
        <p role="status">{waiting.length ? `Waiting for ${waiting.map((r) => ROLE_NAMES[r]).join(', ')}.` : 'All orders are in: resolving…'}</p>
      </section>
    );
  }

  const orders: Orders = { actions, commitments: Object.fromEntries(binding.map((c) => [c.id, choices[c.id] ?? 'comply'])), ...(memo.trim() ? { memo } : {}) };
  const problem = actions.length === ACTIONS_PER_ROUND ? checkOrders(G, role, orders) : null;
  const toggle = (action: ActionId) => {
    setRefusal(null);
    change(({ actions: current }) => ({
      actions: current.includes(action)
        ? current.filter((a) => a !== action)
        : current.length < ACTIONS_PER_ROUND
          ? [...current, action]
          : [current[1] as ActionId, action],
    }));
  };
  const submit = () => {
    const refused = send('submitOrders', orders);
    if (!refused) forgetDraft();
    setRefusal(refused?.message ?? null);
  };
  const combined = previewEffects(
    G,
    actions.flatMap((a) => ACTIONS[a].effects),
  );

  return (
    <section className="panel orders-panel" aria-labelledby="orders-title">
      <h2 id="orders-title">Your orders</h2>
      <p className="muted">
        Choose {ACTIONS_PER_ROUND} actions. Nobody sees them until all orders are in; they resolve in the order China, North Korea, South Korea, Japan, United
        States.
      </p>
      <fieldset>
        <legend>
          Actions ({actions.length} of {ACTIONS_PER_ROUND} chosen)
        </legend>
        <ul className="action-list">
          {actionsOf(role).map((action) => {
            const def = ACTIONS[action];
            const unavailable = actionUnavailable(G, role, action);
            const checked = actions.includes(action);
            const id = `action-${action}`;
            const limit = limits(action);
            return (
              <li key={action} className={`action${checked ? ' selected' : ''}${unavailable ? ' unavailable' : ''}`}>
                <input
                  id={id}
                  type="checkbox"
                  checked={checked}
                  disabled={unavailable !== null}
                  onChange={() => toggle(action)}
                  aria-describedby={`${id}-desc`}
                />
                <label htmlFor={id}>
                  <span className="action-label">{def.label}</span>
                  {limit ? <span className="badge">{limit}</span> : null}
                </label>
                <div id={`${id}-desc`} className="action-desc">
                  <p>{def.explain}</p>
                  {unavailable ? <p className="unavailable-reason">{unavailable.message}</p> : <Changes changes={previewEffects(G, def.effects)} />}
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {binding.length > 0 ? (
        <fieldset className="commitment-choices">
          <legend>Your commitments this round</legend>
          {binding.map((c) => {
            const def = CONCESSIONS[c.concession];
            if (!isRealChoice(def)) {
              return (
                <div key={c.id} className="commitment-choice">
                  <p>
                    <b>{def.label}</b> <span className="muted">({untilText(G, c)}; a symbolic promise: no order breaks it, nothing to choose)</span>
                  </p>
                </div>
              );
            }
            return (
              <div key={c.id} className="commitment-choice">
                <p>
                  <b>{def.label}</b>{' '}
                  <span className="muted">
                    ({untilText(G, c)}
                    {def.forbids.length ? `; complying rules out ${def.forbids.map((f) => ACTIONS[f].label).join(', ')}` : ''})
                  </span>
                </p>
                <div role="radiogroup" aria-label={`Comply with or breach ${def.label}`} className="segmented">
                  {(['comply', 'breach'] as const).map((choice) => (
                    <label key={choice} className={(choices[c.id] ?? 'comply') === choice ? 'on' : ''}>
                      <input
                        type="radio"
                        name={`commit-${c.id}`}
                        value={choice}
                        checked={(choices[c.id] ?? 'comply') === choice}
                        onChange={() => change((d) => ({ choices: { ...d.choices, [c.id]: choice } }))}
                      />
                      {choice === 'comply' ? 'Comply' : 'Breach'}
                    </label>
                  ))}
                </div>
                {choices[c.id] === 'breach' ? (
                  <p className="muted">
                    A breach: {describeEffects(def.breachEffects)}.{' '}
                    {def.verification === 'symbolic' ? 'It simply lapses.' : 'If exposed, trust and credibility fall.'}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <div className="preview-box" aria-live="polite">
        <h3>If resolved on today's board</h3>
        {actions.length ? <Changes changes={combined} /> : <p className="changes-empty">Pick actions to see their combined effect.</p>}
      </div>
      <div className="field memo-field">
        <label htmlFor="orders-memo">Decision memo (optional): why these orders?</label>
        <textarea
          id="orders-memo"
          rows={2}
          maxLength={MEMO_MAX_LENGTH}
          value={memo}
          onChange={(e) => change(() => ({ memo: e.target.value }))}
          aria-describedby="orders-memo-hint"
        />
        <p className="hint" id="orders-memo-hint">
          Secret like your orders; revealed with them and read in the debrief. {memo.length}/{MEMO_MAX_LENGTH}
        </p>
      </div>
      <Refusal message={refusal ?? problem?.message} />
      <button type="button" className="btn primary wide" onClick={submit} disabled={actions.length !== ACTIONS_PER_ROUND || problem !== null}>
        Seal my orders
      </button>
    </section>
  );
}
