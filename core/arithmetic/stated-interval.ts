/**
 * The values a stated figure allows, from the rounding the text shows: "40%" is 39.5–40.5,
 * "40.5%" is 40.45–40.55, "$2.3 billion" is 2.25–2.35 billion; "about 40%" is wider, "more than 210"
 * is 209.5 and up, "up to 200" is at most 200.5.
 */
import type { Claim } from '../claims/claim-types.ts';
import { decimalStyleFor } from '../numbers/parse-digits.ts';

export interface Interval {
  lo: number;
  hi: number;
}

/** "about", "sekitar": the writer may have rounded to the last non-zero digit, and at least this share either way. */
const APPROX_SHARE = 0.02;

const NUMBER_TOKEN = /\d(?:[\d.,]*\d)?/g;

/** The numbers as written inside a claim's figure, in order ("from 5,000 to 3,000" → ["5,000", "3,000"]). */
export function numberTokens(text: string, claim: Claim): string[] {
  const figure = text.slice(claim.figureStart ?? claim.start, claim.figureEnd ?? claim.end);
  return figure.match(NUMBER_TOKEN) ?? [];
}

/**
 * Half a unit of the last digit written, in the figure's own units. `exact`: a whole count or
 * amount written in full digits ("1.065 orang", "$20,000") is exact as written.
 */
export function halfUnit(value: number, token: string | undefined, lang: string, exact = false): number {
  const v = Math.abs(value);
  if (!token) return v >= 1000 ? v * 0.05 : 0.5; // a figure in words ("three", "satu miliar")
  const mark = decimalStyleFor(lang) === 'comma' ? ',' : '.';
  const at = token.lastIndexOf(mark);
  const other = mark === ',' ? '.' : ',';
  // "1.065" in Indonesian groups thousands; "2,3" is two point three. A decimal mark that appears
  // more than once with three digits after the last ("1,500,000" on an Indonesian page) groups digits too.
  const groupsWithMark = token.length - at - 1 === 3 && token.indexOf(mark) < at;
  const decimals = at >= 0 && token.indexOf(other, at) < 0 && !groupsWithMark ? token.length - at - 1 : 0;
  const mantissa = Number(token.replace(new RegExp(`\\${other}`, 'g'), '').replace(mark, '.'));
  const unit = 0.5 * 10 ** -decimals;
  if (!Number.isFinite(mantissa) || mantissa === 0) return unit;
  if (exact && decimals === 0 && mantissa === v) return 0;
  // The scale word ("billion", "juta") multiplies the rounding as it multiplies the number.
  return unit * (v / mantissa);
}

/** The interval a single stated value allows, with its approximation and bound. */
export function statedInterval(value: number, tol: number, claim: Pick<Claim, 'approx' | 'bound'>): Interval {
  const v = Math.abs(value);
  const t = claim.approx && !claim.bound ? Math.max(tol, v * APPROX_SHARE, lastDigitUnit(v) / 2) : tol;
  if (claim.bound?.[0] != null) return { lo: v - t, hi: Infinity };
  if (claim.bound?.[1] != null) return { lo: claim.approx ? 0 : v - t, hi: v + t };
  return { lo: v - t, hi: v + t };
}

/** Counts and money are whole as written; percents, durations and quantities are rounded. */
export const isAmount = (c: Pick<Claim, 'valueKind'>): boolean => c.valueKind === 'count' || c.valueKind === 'money';

/** A single-valued claim's interval. */
export function claimInterval(text: string, claim: Claim, lang: string): Interval | null {
  if (claim.value === null) return null;
  const token = numberTokens(text, claim)[0];
  return statedInterval(claim.value, halfUnit(claim.value, token, lang, isAmount(claim)), claim);
}

/** The place of the last non-zero digit: 100 for 15,300, 10 for 40, 0.1 for 2.5. */
function lastDigitUnit(v: number): number {
  if (v === 0) return 1;
  let unit = 10 ** Math.floor(Math.log10(v));
  for (let i = 0; i < 12 && Math.abs(v / unit - Math.round(v / unit)) > 1e-9; i++) unit /= 10;
  return unit;
}

/** The distance between two intervals; 0 when they meet. */
export function gapBetween(a: Interval, b: Interval): number {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

export const mid = (i: Interval): number => (i.lo + i.hi) / 2;
