/** The article's own arithmetic against a figure: one line per finding, with its worked sum. Shared by the card and the popup. */
import type { ArithmeticCheck } from '../core/arithmetic/arithmetic-check.ts';

/** The notes quote page text: rendered as text, never as HTML. */
export function ArithmeticChecks({ checks, label }: { checks: ArithmeticCheck[]; label: string }) {
  if (checks.length === 0) return null;
  return (
    <>
      {checks.map((c, i) => (
        <p key={i} class="arithmetic" data-check={c.kind}>
          <span class="arithmetic-label">{label}: </span>
          {c.note}
        </p>
      ))}
    </>
  );
}
