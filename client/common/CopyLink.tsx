import { useEffect, useState } from 'react';

/** How long the Copy button says "Copied": long enough to read, short enough that a second copy is news too. */
const COPIED_FOR_MS = 3000;

/** A link to hand on: shown in a read-only field (selected on focus) with a Copy button. */
export function CopyLink({ id, label, link, testId }: { id: string; label: string; link: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="invite">
      <label htmlFor={id}>{label}</label>
      <div className="invite-row">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}
