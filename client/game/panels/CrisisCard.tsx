import { useState } from 'react';
import { EVENTS, previewEffects, ROLE_NAMES, roleOfPlayer, type Role, type SeatView } from '../../../shared/index';
import { Changes } from '../Changes';
import type { Send } from '../moveChecks';
import { Refusal } from './Refusal';

/** This round's event card, and, when the card asks this seat to choose, the choice with a preview of each option. */
export function CrisisCard({
  G,
  playerID,
  send,
  id = 'crisis',
  offerChoice = true,
  onOpenChoice,
}: {
  G: SeatView;
  playerID: string | null;
  send: Send;
  id?: string;
  offerChoice?: boolean;
  /** Where the choice is offered elsewhere (the Act panel): opens it. */
  onOpenChoice?: () => void;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const card = G.crisis.event ? EVENTS[G.crisis.event] : null;
  if (!card) return null;
  const role = roleOfPlayer(playerID);
  const choice = card.choice;
  const mine = choice && G.crisis.pendingChoice === role && offerChoice;
  const chosen = choice?.options.find((o) => o.id === G.crisis.chosen);
  return (
    <section className="panel crisis-card" aria-labelledby={`${id}-title`}>
      <p className="eyebrow">Round {G.round} · Crisis</p>
      <h2 id={`${id}-title`}>{card.title}</h2>
      <p>{card.text}</p>
      {choice && G.crisis.pendingChoice && G.crisis.pendingChoice !== role ? (
        <p className="waiting" role="status">
          Waiting for {ROLE_NAMES[choice.role]} to decide: {choice.prompt}
        </p>
      ) : null}
      {choice && G.crisis.pendingChoice === role && !offerChoice ? (
        <p className="waiting">
          You decide: the choice is in your Act panel.{' '}
          {onOpenChoice ? (
            <button type="button" className="btn" onClick={onOpenChoice}>
              Choose now
            </button>
          ) : null}
        </p>
      ) : null}
      {chosen ? (
        <p className="chosen">
          {ROLE_NAMES[choice!.role]} chose: {chosen.label}
        </p>
      ) : null}
      {mine ? (
        <fieldset className="crisis-choice">
          <legend>{choice.prompt}</legend>
          <div className="choice-grid">
            {choice.options.map((option) => (
              <div key={option.id} className="choice">
                <button type="button" className="btn primary" onClick={() => setRefusal(send('chooseCrisisOption', { option: option.id })?.message ?? null)}>
                  {option.label}
                </button>
                <Changes changes={previewEffects(G, option.effects)} />
              </div>
            ))}
          </div>
          <Refusal message={refusal} />
        </fieldset>
      ) : null}
    </section>
  );
}

/**
 * Above the board while the crisis waits on this seat. On a phone the choice sits under the guided-round offer
 * and the map, a screen and more below the fold; with a class's one-minute crisis timer the timer chose for
 * students who never saw there was a choice to make.
 */
export function DecideBanner({ G, role, onOpenChoice }: { G: SeatView; role: Role | undefined; onOpenChoice: () => void }) {
  const choice = G.crisis.event ? EVENTS[G.crisis.event].choice : undefined;
  if (!choice || !role || G.crisis.pendingChoice !== role) return null;
  return (
    <div className="banner notice decide" role="status" data-testid="decide-banner">
      <span>Your decision: {choice.prompt}</span>
      <button type="button" className="btn small" onClick={onOpenChoice}>
        Go to the choice
      </button>
    </div>
  );
}
