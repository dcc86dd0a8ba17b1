/**
 * What the article's own arithmetic says about a figure: set on a claim when the figures stated
 * with it (its endpoints, its parts, the same figure elsewhere) give a clearly different number.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ArithmeticCheck {
  kind: 'arithmetic';
  status: 'inconsistent';
  /** The figures the arithmetic used, as offsets in the same text as the claim's. */
  related: Span[];
  /** What those figures give, in the claim's conventions: a percent as its number, a fraction as 0..1. */
  expected: { value: number; unit: string | null };
  /** The worked arithmetic in the article's language: "3,000 is 40% below 5,000, not 60%". */
  note: string;
}

/** A check and the claim it belongs to (its index in the claims given). */
export interface ArithmeticFinding {
  claim: number;
  check: ArithmeticCheck;
}
