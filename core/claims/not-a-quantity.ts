/**
 * Numbers that are not quantities: calendar years and dates, clock times, phone numbers,
 * references ("page 12", "versi 2"), product and list names ("iPhone 15", "Top 500") and
 * street numbers. Each test looks only at the number and a word or two around it.
 */
import { APPROX_WORDS, BOUND_WORDS } from '../numbers/qualifiers.ts';
import { CURRENCY_WORDS } from '../numbers/currencies.ts';
import { MONTHS, REFERENCE_WORDS, SIGN_WORDS } from '../numbers/lexicon.ts';
import { isDigitCode, isLetterCode, isSpaceCode } from '../text/char-classes.ts';
import { letterAfter, letterBefore, wordAfter, wordBefore } from '../text/words-around.ts';
import type { ScanContext } from './mention.ts';

const MONTH_SET = new Set(MONTHS);
const REFERENCE_SET = new Set(REFERENCE_WORDS);
const QUALIFIER_SET = new Set([...APPROX_WORDS, ...Object.keys(BOUND_WORDS)]);
const TIME_ZONES = new Set(['wib', 'wita', 'wit', 'am', 'a.m.', 'pm', 'p.m.', 'gmt', 'utc', 'et', 'pt', 'cet', 'uhr', 'h', 'hrs.']);
const YEAR_RANGE_LINKS = new Set(['-', '–', '/']);

const withoutDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);
const isYearValue = (value: number): boolean => value >= 1800 && value <= 2100;

/** A calendar year: four digits from 1800 to 2100 written without grouping. */
export function isCalendarYear(raw: string, value: number): boolean {
  return raw.length === 4 && isYearValue(value) && isDigitCode(raw.charCodeAt(0));
}

/**
 * End of a span of years or a year and month written as one token ("2020-2025", "2024/25", "1995-01",
 * "2025-11-24"), or 0.
 */
export function yearSpanEnd(text: string, at: number): number {
  let e = at;
  while (isDigitCode(text.charCodeAt(e))) e++;
  if (e - at !== 4 || !isYearValue(Number(text.slice(at, e))) || !YEAR_RANGE_LINKS.has(text[e] ?? '')) return 0;
  let f = e + 1;
  while (isDigitCode(text.charCodeAt(f))) f++;
  const tail = f - e - 1;
  if (isLetterCode(text.charCodeAt(f))) return 0;
  if (tail === 1 || tail === 2) {
    // "2025-11-24": a full date.
    if (text[f] === text[e] && isDigitCode(text.charCodeAt(f + 1))) {
      let g = f + 1;
      while (isDigitCode(text.charCodeAt(g))) g++;
      return g;
    }
    return f;
  }
  if (tail === 4 && isYearValue(Number(text.slice(e + 1, f)))) return f;
  return 0;
}

/**
 * End of a phone number starting at `at`, or 0: "+62 21 555 1234" (after a plus), "555-123-4567",
 * "0812-3456-7890", "021-5551234", "555-1234". A range of round numbers ("500-1000") is not one.
 */
export function phoneNumberEnd(text: string, at: number): number {
  const plus = text[at - 1] === '+';
  // An area code in brackets: "+1 (555) 010-2000", "(021) 555-0143".
  const bracketed = (plus ? BRACKETED_INTERNATIONAL : text[at - 1] === '(' ? BRACKETED_LOCAL : null)?.exec(text.slice(at, at + 24));
  if (bracketed) return at + bracketed[0].length;
  let e = at;
  let digits = 0;
  let groups = 0;
  let first = 0;
  let second = 0;
  let shortest = Infinity;
  let longest = 0;
  let hyphensOnly = true;
  for (;;) {
    const s = e;
    while (isDigitCode(text.charCodeAt(e))) e++;
    if (e === s) break;
    const n = e - s;
    digits += n;
    groups++;
    if (groups === 1) first = n;
    else if (groups === 2) second = n;
    shortest = Math.min(shortest, n);
    longest = Math.max(longest, n);
    const sep = text[e];
    const spaced = sep !== undefined && isSpaceCode(sep.charCodeAt(0));
    if ((sep === '-' || sep === '.' || (plus && (spaced || sep === '/'))) && isDigitCode(text.charCodeAt(e + 1))) {
      if (sep !== '-') hyphensOnly = false;
      e++;
      continue;
    }
    break;
  }
  if (groups < 2 || isLetterCode(text.charCodeAt(e))) return 0;
  if (plus) return digits >= 7 ? e : 0;
  // Three or more groups joined by hyphens: a phone number, an ISBN, a part number ("978-0-478-40864-5").
  if (groups >= 3 && hyphensOnly) return e;
  if (groups >= 3 && digits >= 9 && shortest >= 2 && longest <= 4) return e;
  if (groups === 2 && text[at] === '0' && first <= 4 && second >= 5) return e;
  if (groups === 2 && text[at + first] === '-' && first === 3 && second === 4 && Number(text.slice(e - 4, e)) % 100 !== 0) return e;
  return 0;
}

const BRACKETED_INTERNATIONAL = /^\d{1,3}[ .-]?\(\d{1,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4}){1,2}(?!\d)/;
const BRACKETED_LOCAL = /^\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}(?!\d)/;

function isSentenceStart(text: string, p: number): boolean {
  let q = p;
  while (q > 0 && (isSpaceCode(text.charCodeAt(q - 1)) || text[q - 1] === '"' || text[q - 1] === '“' || text[q - 1] === '(')) q--;
  return q === 0 || /[.!?\n:;]/.test(text[q - 1]!);
}

/**
 * A year followed by a range to a number that is not a year ("2000-3000 pekerja") is a quantity:
 * its neighbour decides.
 */
function startsRangeToNonYear(ctx: ScanContext, end: number): boolean {
  const { text, lower } = ctx;
  let p = end;
  while (isSpaceCode(text.charCodeAt(p))) p++;
  if (text[p] === '-' || text[p] === '–') p++;
  else {
    const w = wordAfter(lower, p);
    if (w.word !== 'to' && w.word !== 'hingga' && w.word !== 'sampai' && w.word !== 'and' && w.word !== 'dan') return false;
    p = w.end;
  }
  while (isSpaceCode(text.charCodeAt(p))) p++;
  let e = p;
  while (isDigitCode(text.charCodeAt(e)) || ((text[e] === '.' || text[e] === ',') && isDigitCode(text.charCodeAt(e + 1)))) e++;
  if (e === p) return false;
  const raw = text.slice(p, e);
  return !(raw.length === 4 && isYearValue(Number(raw)));
}

/** Years, references, product names and street numbers: bare numbers that are not quantities. */
export function isExcludedBareNumber(ctx: ScanContext, start: number, end: number, raw: string, value: number): boolean {
  const { text, lower } = ctx;
  // "December 2022 and 3,422": after a month, four digits are a year whatever follows them.
  if (isCalendarYear(raw, value) && (!startsRangeToNonYear(ctx, end) || MONTH_SET.has(withoutDot(wordBefore(lower, start).word)))) return true;
  if (continuesName(ctx, start)) return true;
  if (!letterBefore(lower, start)) return isStreetNumber(text, end) || isListEnumerator(text, start, end, raw);
  const prev = wordBefore(lower, start);
  if (prev.word && (REFERENCE_SET.has(prev.word) || REFERENCE_SET.has(prev.word.replace(/\.$/, '')))) return true;
  // Product and list names: "iPhone 15", "Top 500", "Windows 11", "Liga 1".
  if (prev.word && prev.end <= start) {
    const original = text.slice(prev.start, prev.end);
    const capitalised = /^\p{Lu}/u.test(original) || /\p{Ll}\p{Lu}/u.test(original);
    const word = prev.word.replace(/\.$/, '');
    if (
      capitalised &&
      !MONTH_SET.has(word) &&
      !QUALIFIER_SET.has(prev.word) &&
      !(prev.word in SIGN_WORDS) &&
      !isSentenceStart(text, prev.start) &&
      !(prev.word in CURRENCY_WORDS)
    ) {
      return true;
    }
    if (/\p{Ll}\p{Lu}/u.test(original)) return true; // "iPhone 15" even at a sentence start
  }
  return isStreetNumber(text, end);
}

/** A number joined by "&" or "and" right after another: "Study 1 & 2", "Windows 10 and 11". */
const JOINED_TO_NUMBER = /(?:^|[^\d.,])(\d{1,4})\s*(?:&|and|dan|und|et|y|e)\s*$/;

/** The second number of a pair whose first is part of a name: "Embedding Study 1 & 2", "iPhone 15 dan 16". */
function continuesName(ctx: ScanContext, start: number): boolean {
  const from = Math.max(0, start - 12);
  const joined = JOINED_TO_NUMBER.exec(ctx.lower.slice(from, start));
  if (!joined) return false;
  const raw = joined[1]!;
  const at = from + joined.index + joined[0].indexOf(raw);
  return !isCalendarYear(raw, Number(raw)) && isExcludedBareNumber(ctx, at, at + raw.length, raw, Number(raw));
}

/** "1. Big data specialists", "2) Drivers": a heading or list number at the start of its line. */
function isListEnumerator(text: string, start: number, end: number, raw: string): boolean {
  if (raw.length > 3 || !/^\d+$/.test(raw) || (text[end] !== '.' && text[end] !== ')')) return false;
  if (!isSpaceCode(text.charCodeAt(end + 1)) || !/^\s+[\p{L}"“'‘(]/u.test(text.slice(end + 1, end + 4))) return false;
  let p = start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t' || text[p - 1] === '\u00a0')) p--;
  return p === 0 || text[p - 1] === '\n';
}

const STREET_AFTER = /^\s+(\p{Lu}\p{L}+\s+){1,3}(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way)\b/u;

/** "123 Main Street". */
function isStreetNumber(text: string, end: number): boolean {
  const next = text[end + 1] ?? '';
  if (!isSpaceCode(text.charCodeAt(end)) || next === next.toLowerCase()) return false; // a capital must follow
  return STREET_AFTER.test(text.slice(end, end + 60));
}

/** "221B Baker Street": a house number with a letter, which is not a scale ("B" is not billions here). */
export function letteredStreetNumberEnd(text: string, digitsEnd: number): number {
  const c = text.charCodeAt(digitsEnd);
  if (!(c >= 65 && c <= 90) && !(c >= 97 && c <= 122)) return 0;
  if (isLetterCode(text.charCodeAt(digitsEnd + 1))) return 0;
  return STREET_AFTER.test(text.slice(digitsEnd + 1, digitsEnd + 61)) ? digitsEnd + 1 : 0;
}

/** A code with letters and digits right before a number, so the number is part of a model name: "Core i7 4790k", "RTX 4090". */
export function followsModelCode(text: string, start: number): boolean {
  let e = start;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === start) return false;
  let s = e;
  let letters = false;
  let digits = false;
  while (s > 0 && s > e - 12) {
    const c = text.charCodeAt(s - 1);
    if (isLetterCode(c)) letters = true;
    else if (isDigitCode(c)) digits = true;
    else break;
    s--;
  }
  return letters && digits && !isLetterCode(text.charCodeAt(s - 1)) && !isDigitCode(text.charCodeAt(s - 1));
}

/** "o'clock" right after a number: "twelve o'clock", "9 o’clock". */
export function isOClock(lower: string, end: number): boolean {
  let p = end;
  while (isSpaceCode(lower.charCodeAt(p))) p++;
  return lower.startsWith("o'clock", p) || lower.startsWith('o’clock', p);
}

/** The rest of a span of days after its first day: "–22 agustus", " to 22 march", " hingga 22 agustus". */
const DAY_SPAN = /^\s*(?:[-–]|to|until|hingga|sampai|s\.d\.?|au|bis|a|al)\s*\d{1,2}\s+(\p{L}+\.?)/u;

/** Dates ("17 Agustus", "November 19") and clock times ("09.30 WIB", "pukul 9", "9 am", "twelve o'clock"). */
export function isDateOrTime(ctx: ScanContext, start: number, end: number, raw: string, value: number): boolean {
  const { lower } = ctx;
  const prev = letterBefore(lower, start) ? withoutDot(wordBefore(lower, start).word) : '';
  if (prev === 'pukul') return true;
  const clock = raw.length >= 4 && raw.length <= 5 && (raw[raw.length - 3] === '.' || raw[raw.length - 3] === ':');
  const day = Number.isInteger(value) && value >= 1 && value <= 31;
  if (!clock && !day) return false;
  const next = letterAfter(lower, end) ? wordAfter(lower, end).word : '';
  const bare = withoutDot(next);
  if (clock && /^\d{1,2}[.:]\d{2}$/.test(raw) && (TIME_ZONES.has(next) || TIME_ZONES.has(bare) || prev === 'jam' || prev === 'at')) return true;
  if (day) {
    if (MONTH_SET.has(bare) || MONTH_SET.has(prev)) return true;
    // "21–22 Agustus", "20 to 22 March": the first day of a span of dates.
    const span = DAY_SPAN.exec(lower.slice(end, end + 24));
    if (span && MONTH_SET.has(withoutDot(span[1]!))) return true;
    if (raw.length <= 2 && (bare === 'am' || bare === 'pm' || bare === 'a.m' || bare === 'p.m' || isOClock(lower, end))) return true;
  }
  return false;
}
