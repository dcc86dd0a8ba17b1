/**
 * Collects a run of number words ("twenty-one thousand and six", "dua puluh lima") starting at a
 * position, so the word parsers can take the longest well-formed number from it.
 */
import { isLetterCode, isSpaceCode } from '../text/char-classes.ts';

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

const MAX_WORDS = 32;

function wordEnd(lower: string, p: number): number {
  let e = p;
  while (e < lower.length && isLetterCode(lower.charCodeAt(e))) e++;
  return e;
}

/** Words from `at` while each is in `vocabulary`, joined by spaces or hyphens ("sixty-one", "fifty   two"). */
export function collectNumberWords(lower: string, at: number, vocabulary: ReadonlySet<string>): WordToken[] {
  const out: WordToken[] = [];
  let p = at;
  while (out.length < MAX_WORDS) {
    const e = wordEnd(lower, p);
    if (e === p) break;
    const word = lower.slice(p, e);
    if (!vocabulary.has(word)) break;
    out.push({ word, start: p, end: e });
    let q = e;
    const c = lower.charCodeAt(q);
    if (c === 45 /* - */ || c === 0x2011 /* non-breaking hyphen */) q++;
    else if (isSpaceCode(c)) while (isSpaceCode(lower.charCodeAt(q))) q++;
    else break;
    if (!isLetterCode(lower.charCodeAt(q))) break;
    p = q;
  }
  return out;
}
