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
}
