/**
 * Money around a number: a currency before it ("$ 75 million", "US$2,3 miliar", "Rp. 315,00", "RM42",
 * "EUR 20"), after it ("20€", "10 dollars", "42 SAR", "115USD", "30 MUSD"), minor units ("50 cents",
 * "one penny") and a major amount with its cents ("3 dollars 50 cents", "20 ringgit dan 43 sen").
 */
import {
  CODE_ALIASES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, LETTER_SUFFIXES, ISO_CODES, LETTER_PREFIXES, MINOR_UNITS,
  SPACED_DOLLAR_PREFIXES,
} from '../numbers/currencies.ts';
import { parseDigits } from '../numbers/parse-digits.ts';
import { EN_NUMBER_VOCABULARY, ID_NUMBER_VOCABULARY, readEnglishNumber, readIndonesianNumber } from '../numbers/parse-words.ts';
import { isDigitCode, isLetterCode, skipSpaces, skipSpacesBack } from '../text/char-classes.ts';
import { wordAfter } from '../text/words-around.ts';
import { KeyTable } from './key-table.ts';
import type { Mention, ScanContext } from './mention.ts';
import { setUnit } from './mention.ts';
import { collectNumberWords } from './word-tokens.ts';

export interface CurrencyMark {
  start: number;
  /** ISO code, or null for a currency the text leaves ambiguous ("dinars"). */
  code: string | null;
  /** "MUSD" is millions of dollars. */
  scale: number;
}

const CURRENCY_AFTER = new KeyTable(Object.keys(CURRENCY_WORDS));
const MINOR_AFTER = new KeyTable(Object.keys(MINOR_UNITS).filter((k) => k !== 'c'));
const COMPOUND_LINKS = new Set(['and', 'dan', 'y', 'e', 'et', 'und']);

const isWordCode = (c: number): boolean => isLetterCode(c) || isDigitCode(c);

/** Letters (and inner or final dots) ending at `p`: "Rp.", "USD", "u.s", "MAUD". */
function lettersBefore(text: string, p: number): number {
  let s = p;
  while (s > 0 && (isLetterCode(text.charCodeAt(s - 1)) || (text[s - 1] === '.' && s - 1 > 0 && isLetterCode(text.charCodeAt(s - 2))))) s--;
  return s;
}

/** An ISO code, an alias or "M" + code, exactly as written. */
export function codeFromLetters(letters: string): { code: string; scale: number } | null {
  if (ISO_CODES.has(letters)) return { code: letters, scale: 1 };
  const alias = CODE_ALIASES[letters];
  if (alias) return { code: alias, scale: 1 };
  if (letters.length === 4 && letters[0] === 'M' && ISO_CODES.has(letters.slice(1))) return { code: letters.slice(1), scale: 1e6 };
  return null;
}

/**
 * A currency written before the figure that starts at `start`. `minStart` is the end of the previous
 * mention: "10 $ 30 $" gives its first "$" to the 10, not to the 30.
 */
export function currencyBefore(text: string, start: number, minStart: number): CurrencyMark | null {
  const q = skipSpacesBack(text, start);
  if (q <= minStart || q === 0) return null;
  const symbol = CURRENCY_SYMBOLS[text[q - 1]!];
  if (symbol !== undefined) {
    const s = q - 1;
    if (text[s] === '$') {
      // "US$", "HK$", "usd$": letters glued to the dollar sign.
      const t = lettersBefore(text, s);
      if (t < s && t >= minStart && !isWordCode(text.charCodeAt(t - 1))) {
        const letters = text.slice(t, s);
        const prefix = DOLLAR_PREFIXES[letters.toLowerCase()] ?? codeFromLetters(letters.toUpperCase())?.code;
        if (prefix) return { start: t, code: prefix, scale: 1 };
      }
      // "US $150 million", tokenised "c $ 16.4 million".
      const r = skipSpacesBack(text, s);
      if (r < s && r > minStart) {
        const t2 = lettersBefore(text, r);
        const spaced = SPACED_DOLLAR_PREFIXES[text.slice(t2, r)];
        if (spaced && t2 < r && t2 >= minStart && !isWordCode(text.charCodeAt(t2 - 1))) return { start: t2, code: spaced, scale: 1 };
      }
    }
    // A symbol glued to a word or number before it ("X$5", "10$ 30") is not this number's.
    if (isWordCode(text.charCodeAt(s - 1))) return null;
    return { start: s, code: symbol, scale: 1 };
  }
  // Letters: "Rp 5.000", "Rp. 315,00", "EUR 20", "RM42", "MAUD 60".
  const t = lettersBefore(text, q);
  if (t === q || t < minStart || isWordCode(text.charCodeAt(t - 1))) return null;
  const letters = text.slice(t, q);
  const prefix = LETTER_PREFIXES[letters];
  if (prefix) return { start: t, code: prefix, scale: 1 };
  const code = codeFromLetters(letters);
  return code ? { start: t, code: code.code, scale: code.scale } : null;
}

/** A currency code glued after digits ("115USD", "42RM", "20Rp", "3.14US$"): its end and code, or null. */
export function gluedCurrencySuffix(text: string, p: number): { end: number; code: string; scale: number } | null {
  let e = p;
  while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
  if (e === p) return null;
  const letters = text.slice(p, e);
  if (text[e] === '$' && !isWordCode(text.charCodeAt(e + 1))) {
    const dollar = DOLLAR_PREFIXES[letters.toLowerCase()];
    if (dollar) return { end: e + 1, code: dollar, scale: 1 };
  }
  if (isDigitCode(text.charCodeAt(e))) return null;
  const letter = LETTER_SUFFIXES[letters];
  if (letter) return { end: e, code: letter, scale: 1 };
  const code = codeFromLetters(letters);
  return code ? { end: e, code: code.code, scale: code.scale } : null;
}

/**
 * A currency after the figure that ends at `p` ("20€", "10 dollars", "42 SAR", "30 MUSD"). Words need a
 * space or a hyphen before them ("one-yen"); a symbol may be glued but not when it opens the next number ("5 $10").
 */
export function currencyAfter(ctx: ScanContext, p: number, afterLink = false): { end: number; code: string | null; scale: number } | null {
  const { text, lower } = ctx;
  const q = p < text.length && (text[p] === '-' || text[p] === '‑') && isLetterCode(text.charCodeAt(p + 1)) ? p + 1 : skipSpaces(text, p);
  if (q - p > 1) return null;
  const word = CURRENCY_AFTER.matchAt(lower, q);
  if (word > 0 && (q > p || afterLink || !isLetterCode(lower.charCodeAt(q)))) {
    const name = lower.slice(q, q + word);
    if (isWeight(lower, p, q + word, name)) return null;
    return { end: q + word, code: CURRENCY_WORDS[name] ?? null, scale: 1 };
  }
  const symbol = CURRENCY_SYMBOLS[text[q] ?? ''];
  if (symbol !== undefined && !isDigitCode(text.charCodeAt(q + 1))) return { end: q + 1, code: symbol, scale: 1 };
  if (q > p) {
    let e = q;
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    if (e > q && !isDigitCode(text.charCodeAt(e))) {
      const letter = LETTER_SUFFIXES[text.slice(q, e)];
      if (letter) return { end: e, code: letter, scale: 1 };
      const code = codeFromLetters(text.slice(q, e));
      if (code) return { end: e, code: code.code, scale: code.scale };
    }
  }
  return null;
}

/** "weighs 8.4 pounds", "5 pounds of sugar": pounds of weight, not sterling. */
function isWeight(lower: string, numberEnd: number, end: number, name: string): boolean {
  if (name !== 'pound' && name !== 'pounds') return false;
  if (wordAfter(lower, end).word === 'of') return true;
  const before = lower.slice(Math.max(0, numberEnd - 40), numberEnd);
  return /\bweigh|\bheav|\blighter|\bkilo/.test(before);
}

/** "50 cents", "470 pence", "one penny", "10¢": a minor unit on its own, read as money of its currency. */
export function minorUnitAfter(ctx: ScanContext, p: number): { end: number; code: string | null } | null {
  const { text, lower } = ctx;
  if (text[p] === '¢') return { end: p + 1, code: 'USD' };
  const q = (text[p] === '-' || text[p] === '‑') && isLetterCode(text.charCodeAt(p + 1)) ? p + 1 : skipSpaces(text, p);
  if (q === p || q - p > 1) return null;
  const len = MINOR_AFTER.matchAt(lower, q);
  if (len === 0) return null;
  const unit = MINOR_UNITS[lower.slice(q, q + len)]!;
  return unit.alone ? { end: q + len, code: unit.code } : null;
}

/**
 * After a major amount: "50 cents" in "3 dollars 50 cents", "and 43c", "dan 43 sen", "1 pence" in "3 GBP 1 pence".
 * Returns the end and the minor amount (0-99), or null.
 */
export function minorAmountAfter(ctx: ScanContext, p: number): { end: number; amount: number } | null {
  const { text, lower } = ctx;
  let q = skipSpaces(text, p);
  if (text[q] === ',') q = skipSpaces(text, q + 1);
  let e = q;
  while (e < text.length && isLetterCode(lower.charCodeAt(e))) e++;
  if (COMPOUND_LINKS.has(lower.slice(q, e))) q = skipSpaces(text, e);
  if (q === p) return null;
  let amount: number;
  let end: number;
  if (isDigitCode(text.charCodeAt(q))) {
    end = q;
    while (isDigitCode(text.charCodeAt(end))) end++;
    if (end - q > 2) return null;
    amount = parseDigits(text.slice(q, end), ctx.style) ?? NaN;
  } else {
    const tokens = collectNumberWords(lower, q, ctx.english ? EN_NUMBER_VOCABULARY : ID_NUMBER_VOCABULARY);
    if (tokens.length === 0) return null;
    const words = tokens.map((t) => t.word);
    const r = ctx.english ? readEnglishNumber(words) : readIndonesianNumber(words);
    if (!r || r.used === 0) return null;
    amount = r.value;
    end = tokens[r.used - 1]!.end;
  }
  if (!Number.isInteger(amount) || amount < 0 || amount >= 100) return null;
  // "43c" glued, or a minor unit word after a space.
  if ((lower[end] === 'c' || lower[end] === '¢') && !isLetterCode(lower.charCodeAt(end + 1))) return { end: end + 1, amount };
  const r = skipSpaces(text, end);
  if (r === end || r - end > 1) return null;
  const len = MINOR_AFTER.matchAt(lower, r);
  if (len === 0) return null;
  return { end: r + len, amount };
}

/** Marks `m` as money and adds the cents that follow the major amount, if any. */
export function setMoney(ctx: ScanContext, m: Mention, code: string | null, figureEnd: number): void {
  setUnit(m, 'money', code);
  m.figureEnd = m.end = figureEnd;
  if (m.scale === 1 && Number.isInteger(m.value)) {
    const minor = minorAmountAfter(ctx, figureEnd);
    if (minor) {
      m.value += (m.value < 0 ? -minor.amount : minor.amount) / 100;
      m.figureEnd = m.end = minor.end;
    }
  }
}

