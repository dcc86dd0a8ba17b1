/** A numeric claim found in text. Offsets are UTF-16 indexes into the text that was scanned. */

export const CLAIM_KINDS = ['percent', 'money', 'count', 'duration', 'quantity', 'fraction', 'multiplier', 'range', 'change'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** The kind of the numbers inside a range or change. */
export type ValueKind = Exclude<ClaimKind, 'range' | 'change'>;

export interface Claim {
  text: string;
  start: number;
  end: number;
  /** The figure; null for ranges and changes. */
  value: number | null;
  range?: [number, number];
  change?: { from: number | null; to: number };
  /** '%' for percents, an ISO code for money, year/hour/... for durations, MW/... for quantities, a noun for counts, or null. */
  unit: string | null;
  kind: ClaimKind;
  /** The kind of the value or of both ends of a range or change. */
  valueKind: ValueKind;
  /** Written with an approximation or a bound ("almost", "more than", "hampir", "lebih dari"). */
  approx: boolean;
  /** "per year", "sehari": the unit the figure is counted per. */
  per?: string;
  /** The sentence that holds the claim. */
  sentence: string;
  /**
   * An open bound on `value`, when the text gives one: "more than 30" → [30, null],
   * "up to 700" / "kurang dari 7 euro" → [null, 700]. `approx` is true as well.
   */
  bound?: [number | null, number | null];
  /**
   * The direction of a movement written with the figure: "up 94%", "rose 5%", "naik 35%", "+2,41%" → 'up';
   * "turun 0,87%", "-0,87%", "fell $3 million" → 'down'. `value` keeps the sign as written (-0.87 for "-0,87%").
   */
  direction?: 'up' | 'down';
  /**
   * Where the figure itself is, as offsets like `start` and `end`: the number or numbers with their sign,
   * currency, scale and percent sign, and the words that join a range or change ("between 20 and 30").
   * `text` may add approximation or bound words before it ("about", "more than") and, after it, what is
   * counted ("people", "years") and "per year". Set by the extractor on every claim.
   */
  figureStart?: number;
  figureEnd?: number;
}
