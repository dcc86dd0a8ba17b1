/**
 * The shapes digits take in text: a run with its separators ("1,500.5", "1 234 567", ".08"), a slash
 * fraction ("3/4", "2 1/4"), an exponent ("1.3e6"), and the end of a token that is skipped whole.
 * Offsets only; the values are read by core/numbers/parse-digits.ts and the digit reader.
 */
import { isDigitCode, isLetterCode, isSpaceCode } from '../text/char-classes.ts';

export const isDigitAt = (text: string, p: number): boolean => isDigitCode(text.charCodeAt(p));
const isGroupSpace = (c: number): boolean => c === 32 || c === 160 || c === 0x202f || c === 0x2009;

export function isPlainDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (!isDigitCode(raw.charCodeAt(i))) return false;
  return raw.length > 0;
}

/** End of the token that starts at `at`, so "2.0.1" or "A100" is not read again piece by piece. */
export function tokenEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isDigitCode(c) || isLetterCode(c)) e++;
    else if ((c === 46 || c === 44 || c === 45 || c === 0x2013) && isDigitAt(text, e + 1)) e++;
    else break;
  }
  return Math.max(e, at + 1);
}

export function digitsEnd(text: string, at: number): number {
  let e = at;
  while (isDigitAt(text, e)) e++;
  return e;
}

/**
 * End of the digits and separators at `at`: "1,500.5", "1.500,5", ".08", and "1 234 567" where spaces
 * group exactly three digits after a first group of at most three.
 */
export function readDigitRun(text: string, at: number): number {
  let e = at;
  const leadingMark = text[at] === '.' || text[at] === ',';
  if (leadingMark) e++;
  while (isDigitAt(text, e)) e++;
  if (leadingMark) return e;
  if (e - at <= 3) {
    let g = e;
    while (isGroupSpace(text.charCodeAt(g)) && isDigitAt(text, g + 1) && isDigitAt(text, g + 2) && isDigitAt(text, g + 3) && !isDigitAt(text, g + 4)) g += 4;
    if (g > e) {
      e = g;
      if ((text[e] === '.' || text[e] === ',') && isDigitAt(text, e + 1)) {
        e++;
        while (isDigitAt(text, e)) e++;
      }
      return e;
    }
  }
  while ((text[e] === '.' || text[e] === ',') && isDigitAt(text, e + 1)) {
    e++;
    while (isDigitAt(text, e)) e++;
  }
  return e;
}

/**
 * "3/4", "1/5", "20/100": a proper fraction of halves, thirds, quarters, fifths, eighths, tenths or hundredths.
 * Other denominators are dates ("3/9", "11/12"), scores and slideshow counters ("22/50") more often than
 * fractions; "19/11/2025", "24/7" and "9/11" are not fractions either.
 */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 8, 10, 100]);

export function slashFraction(text: string, at: number, end: number): { value: number; end: number } | null {
  let e = end + 1;
  while (isDigitAt(text, e)) e++;
  if (text[e] === '/' || isLetterCode(text.charCodeAt(e)) || ((text[e] === '.' || text[e] === ',') && isDigitAt(text, e + 1))) return null;
  const numerator = Number(text.slice(at, end));
  const denominator = Number(text.slice(end + 1, e));
  if (!(numerator >= 1 && numerator < denominator && FRACTION_DENOMINATORS.has(denominator)) || text[at] === '0') return null;
  return { value: numerator / denominator, end: e };
}

/** "2 1/4", "2  3/8": a whole number and a proper fraction of halves to tenths. */
export function mixedFraction(text: string, end: number): { value: number; end: number } | null {
  let p = end;
  while (isSpaceCode(text.charCodeAt(p))) p++;
  if (p === end || !isDigitAt(text, p)) return null;
  let e = p;
  while (isDigitAt(text, e)) e++;
  if (text[e] !== '/' || e - p > 2) return null;
  const f = slashFraction(text, p, e);
  if (!f || Number(text.slice(e + 1, f.end)) > 10) return null;
  return f;
}

/** "1.3e6", "-12e-1", "12.32e+14". */
export function exponentAfter(text: string, end: number): { power: number; end: number } | null {
  const c = text[end];
  if (c !== 'e' && c !== 'E') return null;
  let p = end + 1;
  if ((text[p] === '+' || text[p] === '-') && isDigitAt(text, p + 1)) p++;
  if (!isDigitAt(text, p)) return null;
  let e = p;
  while (isDigitAt(text, e)) e++;
  if (isLetterCode(text.charCodeAt(e)) || e - p > 3) return null;
  return { power: Number(text.slice(end + 1, e)), end: e };
}
