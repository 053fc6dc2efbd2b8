import { useEffect, useRef, useState } from 'react';
import { GUIDE_STEPS, stepToShow, type GuideSituation, type GuideTab } from '../../../shared/learn/guide';
import type { Role } from '../../../shared/roles';
import type { Guide } from './useGuide';
import './guide.css';

interface Props {
  guide: Guide;
  role: Role | undefined;
  situation: Omit<GuideSituation, 'startRound'>;
  /** Opens the seat's panel a step talks about. */
  onTab: (tab: GuideTab) => void;
}

/** The element a step points at: a `data-guide` wrapper may be `display: contents`, so its first child carries the outline. */
function anchorElement(anchor: string): HTMLElement | null {
  const el = document.querySelector<HTMLElement>(`[data-guide="${anchor}"]`);
  if (!el) return null;
  return getComputedStyle(el).display === 'contents' ? ((el.firstElementChild as HTMLElement | null) ?? null) : el;
}

function GuideCard({ guide, role, situation, onTab }: Props & { role: Role }) {
  const [current, setCurrent] = useState(0);
  const [startRound] = useState(situation.round);
  const shown = stepToShow(current, { ...situation, startRound });
  const step = shown === null ? null : GUIDE_STEPS[shown]!;
  const title = useRef<HTMLHeadingElement>(null);

  // A new step: open its tab, outline what it talks about, and move focus to the step so a screen reader reads it.
  useEffect(() => {
    if (!step) return;
    if (step.tab) onTab(step.tab);
    const frame = window.requestAnimationFrame(() => {
      const target = anchorElement(step.anchor);
      target?.classList.add('guide-target');
      target?.scrollIntoView?.({ block: 'nearest' });
      title.current?.focus({ preventScroll: true });
    });
    return () => {
      window.cancelAnimationFrame(frame);
      document.querySelectorAll('.guide-target').forEach((el) => el.classList.remove('guide-target'));
    };
  }, [step, onTab]);

  const last = shown === GUIDE_STEPS.length - 1;
  const next = () => (last ? guide.finish('done') : setCurrent((shown ?? current) + 1));
  const waitingFor = GUIDE_STEPS[current];
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape from any control inside the guide closes it
    <div
      className="guide-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="guide-title"
      aria-describedby={step ? 'guide-body guide-todo' : 'guide-wait'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') guide.finish('skipped');
      }}
    >
      <p className="eyebrow">Guided first round · {step ? `step ${shown! + 1} of ${GUIDE_STEPS.length}` : 'waiting'}</p>
      {step ? (
        <>
          <h2 id="guide-title" tabIndex={-1} ref={title}>
            {step.title}
          </h2>
          <p id="guide-body">{step.body(role)}</p>
          <p id="guide-todo" className="guide-todo">
            <b>Now:</b> {step.todo}
          </p>
        </>
      ) : (
        <>
          <h2 id="guide-title" tabIndex={-1}>
            Play on
          </h2>
          <p id="guide-wait" role="status">
            {waitingFor?.waiting}
          </p>
        </>
      )}
      <div className="button-row">
        {step && shown! > 0 ? (
          <button type="button" className="btn" onClick={() => setCurrent(shown! - 1)}>
            Back
          </button>
        ) : null}
        {step ? (
          <button type="button" className="btn primary" onClick={next}>
            {last ? 'Finish' : 'Next'}
          </button>
        ) : null}
        <button type="button" className="btn plain-btn" onClick={() => guide.finish('skipped')}>
          {step ? 'Skip the guide' : 'Close the guide'}
        </button>
      </div>
    </div>
  );
}

/**
 * The offer to a newcomer (in the page, never covering the table), or the guide itself. `slim`: the seat
 * has a decision to make, or sits in a class (the teacher explains, a clock runs): the offer is one line,
 * so it never pushes the decision down (a full offer took ~280 px of a phone during the one-minute crisis).
 */
export function GuidedRound({ slim, ...props }: Props & { slim: boolean }) {
  const { guide, role } = props;
  if (!role || guide.mode === 'off') return null;
  if (guide.mode === 'offer') {
    return (
      <section className={slim ? 'guide-offer slim' : 'guide-offer'} aria-labelledby="guide-offer-title">
        <h2 id="guide-offer-title">New to Peninsula?</h2>
        {slim ? null : <p>A guided first round shows you the screen in six short steps while you play.</p>}
        <div className="button-row">
          <button type="button" className={slim ? 'btn small primary' : 'btn primary'} onClick={guide.start}>
            Start the guided round
          </button>
          <button type="button" className={slim ? 'btn small' : 'btn'} onClick={() => guide.finish('skipped')}>
            No thanks
          </button>
        </div>
      </section>
    );
  }
  return <GuideCard key={guide.run} {...props} role={role} />;
}
