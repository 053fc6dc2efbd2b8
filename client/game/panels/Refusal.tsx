/** Why the rules refused (or would refuse) a move, read out to screen readers as it appears. */
export function Refusal({ message }: { message: string | null | undefined }) {
  return (
    <p className="refusal" role="alert" data-testid="refusal">
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : null}
    </p>
  );
}
