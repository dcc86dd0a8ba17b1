/**
 * The word just before or after a position, for readers that look one or two words around a number.
 * Both take the lower-case copy of the text (same offsets as the original).
 */
import { isLetterCode, isSpaceCode } from './char-classes.ts';

/** Whether a letter ends right before `p`, spaces skipped: a cheap test before `wordBefore`. */
export function letterBefore(lower: string, p: number): boolean {
  let e = p;
  while (e > 0 && isSpaceCode(lower.charCodeAt(e - 1))) e--;
  const c = lower.charCodeAt(e - 1);
  return isLetterCode(c) || (c === 46 && isLetterCode(lower.charCodeAt(e - 2)));
}

/** Whether a letter starts right after `p`, spaces skipped: a cheap test before `wordAfter`. */
export function letterAfter(lower: string, p: number): boolean {
  let s = p;
  while (s < lower.length && isSpaceCode(lower.charCodeAt(s))) s++;
  return isLetterCode(lower.charCodeAt(s));
}

/** No word: what `wordBefore` gives when `letterBefore` is false. */
export const NO_WORD: Readonly<WordSpan> = { word: '', start: 0, end: 0 };

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * The word that ends right before `p` (spaces skipped), with an abbreviation's dots ("u.s", "pp.", "no.").
 * A full stop after a word is kept too ("said."), which no word list contains.
 */
export function wordBefore(lower: string, p: number): WordSpan {
  let e = p;
  while (e > 0 && isSpaceCode(lower.charCodeAt(e - 1))) e--;
  let s = e;
  if (lower[s - 1] === '.' && isLetterCode(lower.charCodeAt(s - 2))) s--;
  while (s > 0 && (isLetterCode(lower.charCodeAt(s - 1)) || (lower[s - 1] === '.' && s < e) || (lower[s - 1] === '-' && s < e && isLetterCode(lower.charCodeAt(s - 2))))) s--;
  return { word: lower.slice(s, e), start: s, end: e };
}

/** The word that starts at `p` after spaces; a dot that ends an abbreviation ("no.", "rb.") is kept. */
export function wordAfter(lower: string, p: number): WordSpan {
  let s = p;
  while (s < lower.length && isSpaceCode(lower.charCodeAt(s))) s++;
  let e = s;
  while (e < lower.length && (isLetterCode(lower.charCodeAt(e)) || (lower[e] === '.' && isLetterCode(lower.charCodeAt(e + 1))))) e++;
  if (lower[e] === '.' && e > s) e++;
  return { word: lower.slice(s, e), start: s, end: e };
}

/** The word that starts at `p` after spaces, letters only (no trailing dot). */
export function plainWordAfter(lower: string, p: number): WordSpan {
  let s = p;
  while (s < lower.length && isSpaceCode(lower.charCodeAt(s))) s++;
  let e = s;
  while (e < lower.length && isLetterCode(lower.charCodeAt(e))) e++;
  return { word: lower.slice(s, e), start: s, end: e };
}
