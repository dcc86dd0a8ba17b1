/**
 * Reads a number written with digits at a position: the digit run with its separators, a sign,
 * a fraction ("3/4", "2 1/4", "2½"), an exponent ("1.3e6"), a currency before it and whatever is
 * glued to it ("80k", "$4.5tn", "500MW", "3x", "115USD"), then the words after it. Codes, dates,
 * times, phone numbers and versions are skipped whole.
 */
import { GLUED_PERCENT, GLUED_UNITS, SCALE_ABBREVIATIONS, SIGN_WORDS, VULGAR_FRACTIONS } from '../numbers/lexicon.ts';
import { parseDigits } from '../numbers/parse-digits.ts';
import { BOUND_WORDS } from '../numbers/qualifiers.ts';
import { isDigitCode, isLetterCode, isSpaceCode } from '../text/char-classes.ts';
import { letterBefore, wordAfter, wordBefore } from '../text/words-around.ts';
import { digitsEnd, exponentAfter, isDigitAt, isPlainDigits, mixedFraction, readDigitRun, slashFraction, tokenEnd } from './digit-runs.ts';
import type { Mention, ScanContext } from './mention.ts';
import { newMention, setUnit } from './mention.ts';
import { followsModelCode, isDateOrTime, isExcludedBareNumber, letteredStreetNumberEnd, phoneNumberEnd, yearSpanEnd } from './not-a-quantity.ts';
import { finishRight } from './read-after-number.ts';
import { currencyBefore, gluedCurrencySuffix, setMoney } from './read-money.ts';

/** A mention, or where to go on when what was read is not one. */
export type ReadOutcome = Mention | number;

/** The number itself: its value, where it ends, and the digits as written. */
interface DigitNumber {
  value: number;
  /** Where the digits start and end. */
  start: number;
  end: number;
  raw: string;
  fraction: boolean;
}

export function readDigitMention(ctx: ScanContext, at: number): ReadOutcome {
  const { text } = ctx;
  // A separator right after the previous number continues it: "5k-20k", "22,24,26".
  const continuesPrev = ctx.prevEnd > 0 && ctx.prevEnd === at - 1;
  // Letters glued before the digits are a currency ("USD3.14", "RM42", "Rp20") or part of a code ("A100", "x86").
  const gluedCurrency = isLetterCode(text.charCodeAt(at - 1)) ? currencyBefore(text, at, ctx.prevEnd) : null;
  if (!gluedCurrency && isInsideToken(text, at, continuesPrev)) return tokenEnd(text, at);
  const dateOrPhone = yearSpanEnd(text, at) || phoneNumberEnd(text, at) || letteredStreetNumberEnd(text, digitsEnd(text, at));
  if (dateOrPhone) return dateOrPhone;
  if (followsModelCode(text, at)) return tokenEnd(text, at);

  const n = readNumber(ctx, at, continuesPrev);
  if (typeof n === 'number') return n;
  const m = newMention(at, n.end, n.value, false);
  if (n.fraction) setUnit(m, 'fraction', null);
  if (!gluedCurrency) readSign(ctx, m, at, continuesPrev);

  // Currency written before: "$20,000", "US$2,3 miliar", "Rp 5.250.000", "€ 3".
  const currency = gluedCurrency ?? (m.sign ? null : currencyBefore(text, m.start, ctx.prevEnd));
  if (currency) {
    m.start = currency.start;
    m.value *= currency.scale;
    setMoney(ctx, m, currency.code, n.end);
  }

  const glued = readGluedSuffix(ctx, m, n);
  if (glued !== null) return glued;
  finishRight(ctx, m);
  const hyphenWord = (text[n.end] === '-' || text[n.end] === '‑') && isLetterCode(text.charCodeAt(n.end + 1));
  // "3-D", "4-door": a hyphenated word that is not a unit makes the number part of a name.
  if (hyphenWord && m.end <= n.end + 1) return tokenEnd(text, at);
  // A person's age ("a 78-year-old", "47 years old") and a law's citation ("Nomor 16 Tahun 2024") are no figures to check.
  if (m.valueKind === 'duration' && (isAge(ctx.lower, m.end) || isCitationYear(ctx.lower, n.end))) return m.end;
  // A reference code: "299/PAILIT-SSBP/II/2025".
  if (!currency && text[n.end] === '/' && /\p{Lu}/u.test(text[n.end + 1] ?? '')) return tokenEnd(text, at);
  // An excluded number takes the rest of its token along: "ISSN 2324-5913", "pp. 123–135".
  if (!m.hasUnit && !m.sign && isExcludedBareNumber(ctx, m.start, n.end, n.raw, n.value)) return tokenEnd(text, at);
  if (!m.hasUnit && isDateOrTime(ctx, at, n.end, n.raw, n.value)) return n.end;
  return m;
}

/** "-old", "-olds", " old" right after a duration in years: an age. */
function isAge(lower: string, end: number): boolean {
  return /^(?:-|\s)olds?\b/.test(lower.slice(end, end + 6));
}

/** "tahun 2024" right after the number: "Nomor 16 Tahun 2024" cites a regulation, it is no duration. */
function isCitationYear(lower: string, numberEnd: number): boolean {
  return /^\s+tahun\s+(?:1[89]|20)\d\d(?!\d)/.test(lower.slice(numberEnd, numberEnd + 16));
}

/** Digits inside a word or code: "GPT-4", "ke-4", "x86", "v.2", the "0" of "2.0.1", a path or a handle. */
function isInsideToken(text: string, at: number, continuesPrev: boolean): boolean {
  const before = text[at - 1];
  if (isLetterCode(text.charCodeAt(at - 1))) return true;
  if (before === '_' || before === '#' || before === '@' || before === '/' || before === ':' || before === '\\') return true;
  if ((before === '-' || before === '‑') && isLetterCode(text.charCodeAt(at - 2)) && !continuesPrev) return true;
  if ((before === '.' || before === ',') && isDigitAt(text, at - 2) && !continuesPrev) return true;
  return before === '.' && isLetterCode(text.charCodeAt(at - 2)); // "j.1365", "v.2"
}

/** The value at `at` with its separators, exponent and fractions, or where to skip to (a date, a version, a code). */
function readNumber(ctx: ScanContext, at: number, continuesPrev: boolean): DigitNumber | number {
  const { text } = ctx;
  const before = text[at - 1];
  // The next item of a list written with commas ("22,24,26,31") is digits only.
  let end = continuesPrev && before === ',' ? digitsEnd(text, at) : readDigitRun(text, at);
  let raw = text.slice(at, end);
  let plain = isPlainDigits(raw);
  let value = plain ? Number(raw) : parseDigits(raw, ctx.style);
  if (value === null) {
    // Two or more dots that are not thousands groups ("2.0.1", "192.168.0.1"): a version or an address.
    // Dots and commas mixed in no style ("1.2,3.4,5"): a code or a coordinate, not a number.
    if (/\.\d+\./.test(raw) || (raw.includes('.') && raw.includes(','))) return tokenEnd(text, at);
    // A list written with commas ("22,24,26"): read the first part now, the others next.
    end = digitsEnd(text, at);
    if (end === at) return end + 1;
    raw = text.slice(at, end);
    value = Number(raw);
    plain = true;
  }
  const exponent = exponentAfter(text, end);
  if (exponent) {
    value *= 10 ** exponent.power;
    end = exponent.end;
  }
  let fraction = false;
  const after = text[end];
  if (after === '/' && isDigitAt(text, end + 1)) {
    const f = plain ? slashFraction(text, at, end) : null;
    if (!f) return tokenEnd(text, at); // 19/11/2025, 24/7
    value = f.value;
    end = f.end;
    fraction = true;
  } else if ((after === ':' && isDigitAt(text, end + 1)) || after === '^') {
    return tokenEnd(text, at) + (after === '^' ? 1 : 0); // 9:30, 3:1, 2^28
  }
  // Leading zeros are codes and phone numbers ("021", "0812", "0033"), not quantities; "0,5" is fine.
  if (raw.length >= 3 && raw[0] === '0' && plain) return tokenEnd(text, at);
  if ((before === '[' && text[end] === ']') || before === ')') return end; // footnote "[12]"
  if (!fraction && plain) {
    // "2 1/4", "2½", "6 ½".
    const mixed = mixedFraction(text, end);
    const v = isSpaceCode(text.charCodeAt(end)) ? end + 1 : end;
    const vulgar = VULGAR_FRACTIONS[text[v] ?? ''];
    if (mixed) {
      value += mixed.value;
      end = mixed.end;
    } else if (vulgar !== undefined) {
      value += vulgar;
      end = v + 1;
    }
  }
  return { value, start: at, end, raw, fraction };
}

/** A sign written with the number ("-0,87%", "+5%", "−3") or a word before it ("minus 5", "negatif 1200000"). */
function readSign(ctx: ScanContext, m: Mention, at: number, continuesPrev: boolean): void {
  const { text, lower } = ctx;
  const before = text[at - 1];
  if ((before === '-' || before === '−' || before === '+') && !continuesPrev) {
    // Not after a digit, a word, a bracket or a percent: "2-3" is a range, "COVID-19" a name.
    const b2 = text.charCodeAt(at - 2);
    if (!(isDigitCode(b2) || isLetterCode(b2) || b2 === 41 /* ) */ || b2 === 37 /* % */)) {
      m.sign = before === '+' ? '+' : '-';
      m.start = at - 1;
      if (m.sign === '-') m.value = -m.value;
    }
    return;
  }
  if (!letterBefore(lower, at)) return;
  const w = wordBefore(lower, at);
  // "au moins 500" is "at least 500": the sign word ends a bound, which is read as one.
  if (w.word in SIGN_WORDS && w.end < at && !(`${wordBefore(lower, w.start).word} ${w.word}` in BOUND_WORDS)) {
    m.value = -m.value;
    m.start = w.start;
    m.sign = '-';
  }
}

/**
 * What is glued to the digits: "80k", "$4.5tn", "500MW", "3x", "115USD", "5pc", "3-fold". Returns the
 * finished mention, where to skip to ("15th", "4G", "1990s", "3x4", "1990-an"), or null when nothing is glued.
 */
function readGluedSuffix(ctx: ScanContext, m: Mention, n: DigitNumber): ReadOutcome | null {
  const { text, lower } = ctx;
  const end = n.end;
  if (isLetterCode(text.charCodeAt(end)) || text[end] === '×') {
    let e = end;
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    const suffix = text.slice(end, e);
    if (text[end] === '×' || suffix === 'x' || suffix === 'X') {
      if (isDigitAt(text, end + 1)) return tokenEnd(text, n.start); // "3x4" is a size
      m.figureEnd = m.end = end + 1;
      setUnit(m, 'multiplier', null);
      return finishRight(ctx, m);
    }
    if (GLUED_PERCENT.has(suffix)) {
      setUnit(m, 'percent', '%');
      m.figureEnd = m.end = e;
      return m;
    }
    const scale = gluedScale(suffix, n.raw, n.value, m.valueKind === 'money', ctx.lang);
    if (scale !== null) {
      m.value *= scale;
      m.scale = scale;
      m.figureEnd = m.end = e;
      m.hasUnit = true;
      return finishRight(ctx, m);
    }
    const code = m.valueKind === 'money' ? null : gluedCurrencySuffix(text, end);
    if (code) {
      m.value *= code.scale;
      setMoney(ctx, m, code.code, code.end);
      return finishRight(ctx, m);
    }
    const unit = GLUED_UNITS[suffix];
    if (unit && !isDigitAt(text, e)) {
      // "500MW", "16h"; but "21h30" is a time.
      setUnit(m, unit[0], unit[1]);
      m.figureEnd = end;
      m.end = e;
      return finishRight(ctx, m);
    }
    return tokenEnd(text, n.start);
  }
  if ((text[end] === '-' || text[end] === '‑') && isLetterCode(text.charCodeAt(end + 1))) {
    const w = wordAfter(lower, end + 1);
    if (w.word === 'an') return w.end; // "1990-an"
    if (w.word === 'fold') {
      m.figureEnd = m.end = w.end;
      setUnit(m, 'multiplier', null);
      return m;
    }
  }
  return null;
}

/**
 * A one- or two-letter scale glued to digits. "k", "bn", "mln" and the like always; "K", "M", "B" and "b"
 * when the number has decimals or is at least 10 ("1.2M", "10M", "80K", but not the company "3M" or a
 * "4K" screen); "m" and "T" only after a currency ("$5m"), since "5m" is usually five metres.
 */
function gluedScale(suffix: string, raw: string, value: number, money: boolean, lang: string): number | null {
  const s = SCALE_ABBREVIATIONS[suffix];
  if (s === undefined) return null;
  let ok = money || suffix.length > 1 || suffix === 'k';
  if (!ok && (suffix === 'K' || suffix === 'M' || suffix === 'B' || suffix === 'b')) ok = raw.includes('.') || raw.includes(',') || value >= 10;
  if (!ok) return null;
  // Indonesian writes "M" for miliar: "Rp 5M" is five billion.
  if (suffix === 'M' && (lang === 'id' || lang === 'ms')) return 1e9;
  return s;
}
