/**
 * A proportion restated as a percent in brackets is one figure: "two-fifths (39%)", "two-thirds of
 * leaders (66%)", "satu dari dua pekerja (50%)". A reader quotes, and checks, the two together; two
 * marks would count one figure twice. Joined only when the two agree within the rounding a
 * proportion is (the arithmetic flags a pair that does not, and needs both for that).
 */
import type { Claim } from './claim-types.ts';

/** Between the proportion and the bracket: a few words of what it counts, nothing that ends a clause. */
const BETWEEN = /^[^\d;:.()\n]{0,32}\(\s*$/;

export function joinRestatedShares(text: string, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const share = claims[i]!;
    const percent = claims[i + 1];
    if (percent && share.kind === 'fraction' && share.value !== null && percent.kind === 'percent' && percent.value !== null
      && BETWEEN.test(text.slice(share.end, percent.start)) && /^\s*\)/.test(text.slice(percent.end, percent.end + 3))
      && agrees(share.value * 100, percent.value)) {
      const end = text.indexOf(')', percent.end) + 1;
      out.push({ ...percent, text: text.slice(share.start, end), start: share.start, end, approx: share.approx || percent.approx, figureStart: share.figureStart ?? share.start });
      i++;
      continue;
    }
    out.push(share);
  }
  return out;
}

/** "A third" may be written for 30% to 36%: a proportion is itself a rounding. */
const agrees = (fromShare: number, stated: number): boolean => stated >= fromShare * 0.9 - 1 && stated <= fromShare * 1.1 + 1;
