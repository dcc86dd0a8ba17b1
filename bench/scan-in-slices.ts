/** The extractor over a whole text in slices, as the benchmark times it, and the input meant to make it slow. */
import type { Claim } from '../core/claims/claim-types.ts';
import { findNumberMentions, type ScanOptions } from '../core/claims/find-number-mentions.ts';

/**
 * Claims slice by slice, cutting only at line breaks (never inside a sentence), so a caller on
 * the main thread can yield between slices. Offsets are in `text`.
 */
export function* findNumberMentionsInSlices(text: string, options: ScanOptions, sliceLength = 32_000): Generator<Claim[]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + sliceLength);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      end = nl > start ? nl + 1 : end;
    }
    const claims = findNumberMentions(text.slice(start, end), options);
    if (start > 0) {
      for (const c of claims) {
        c.start += start;
        c.end += start;
        if (c.figureStart !== undefined) c.figureStart += start;
        if (c.figureEnd !== undefined) c.figureEnd += start;
      }
    }
    yield claims;
    start = end;
  }
}

/** Pathological units (name, unit, language): long runs of digits, separators and number words. */
export const PATHOLOGICAL: [string, string, string][] = [
  ['digits and separators', '1.2,3.4,5 6-7 ', 'en'],
  ['digits and separators', '1.2,3.4,5 6-7 ', 'id'],
  ['mixed separators, signs, fractions, times', '1,2.3,4 -5.6 7/8 9:10 11 222 333.4 .5 12k $6 7% ', 'en'],
  ['number words', 'one two three hundred thousand and a half of the million point nine ', 'en'],
  ['Indonesian number words', 'satu dua puluh tiga ratus ribu setengah juta koma lima ', 'id'],
];
