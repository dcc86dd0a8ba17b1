/**
 * Finds numeric claims in text as people write them, in English, Indonesian and (a first step)
 * Spanish, Portuguese, French and German. One left-to-right pass: a regular expression finds where
 * a number may start (digits or a number word), then small hand-written readers extend it to the
 * right (scale, percent, currency, unit, "per year") and to the left (currency sign, "almost").
 * Nothing here backtracks over the text, so the cost is linear in its length.
 */
import type { Claim, ValueKind } from './claim-types.ts';
import {
  APPROX_WORDS, CURRENCY_PREFIXES, CURRENCY_WORDS, EN_FRACTIONS, EN_SMALL, GLUED_UNITS, ID_FRACTION_DENOMINATORS,
  ID_ONE_FORMS, ID_UNITS, MONTHS, PERCENT_WORDS, PER_WORDS, REFERENCE_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS,
  UNIT_WORDS, VAGUE_MULTIPLES,
} from '../numbers/lexicon.ts';
import { decimalStyleFor, parseDigits, type DecimalStyle } from '../numbers/parse-digits.ts';
import { parseEnglishWords, parseIndonesianWords } from '../numbers/parse-words.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import { sentenceIndexAt, splitSentences } from '../text/split-sentences.ts';
import { KeyTable } from './key-table.ts';
import { combineRangesAndChanges } from './combine-ranges.ts';

/** A number and what was read around it, before ranges are joined. */
export interface Mention {
  start: number;
  end: number;
  value: number;
  valueKind: ValueKind;
  unit: string | null;
  per?: string;
  /** Multiplier read from a scale word, so "10 to 20 million" can lend it to the 10. */
  scale: number;
  words: boolean;
  /** A figure on its own (has a unit, currency, percent or scale, or is written in digits). */
  standalone: boolean;
  /** Has something after it that says what it counts. */
  hasUnit: boolean;
  approx: boolean;
}

const EN_NUMBER_WORDS = new Set([...Object.keys(EN_SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);
const ID_NUMBER_WORDS = new Set([
  ...Object.keys(ID_UNITS), ...Object.keys(ID_ONE_FORMS), 'belas', 'puluh', 'ratus', 'ribu', 'juta', 'miliar', 'milyar', 'triliun', 'setengah', 'separuh',
]);
const SE_UNITS: Record<string, string> = { seminggu: 'week', sepekan: 'week', sebulan: 'month', setahun: 'year' };
const FOLD_WORDS: Record<string, number> = { twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, tenfold: 10, hundredfold: 100 };
const ID_FRACTION_WORDS: Record<string, number> = { sepertiga: 1 / 3, seperempat: 1 / 4, seperlima: 1 / 5, sepersepuluh: 1 / 10, seperdelapan: 1 / 8 };

const START_WORDS = [
  ...EN_NUMBER_WORDS, ...ID_NUMBER_WORDS, ...Object.keys(SE_UNITS), ...Object.keys(FOLD_WORDS), ...Object.keys(ID_FRACTION_WORDS),
  ...Object.keys(VAGUE_MULTIPLES), 'half', 'quarter', 'third',
].sort((a, b) => b.length - a.length);
const START = new RegExp(`\\d|(?<![\\p{L}\\p{M}\\p{N}])(?:${START_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'giu');

const PERCENT = new KeyTable(['%', ...PERCENT_WORDS]);
const CURRENCY_AFTER = new KeyTable(Object.keys(CURRENCY_WORDS));
const UNITS = new KeyTable(Object.keys(UNIT_WORDS));
const PER = new KeyTable(Object.keys(PER_WORDS));
const SCALES = new KeyTable(Object.keys(SCALE_WORDS));
const APPROX = new KeyTable(APPROX_WORDS);
const MONTH_SET = new Set(MONTHS);
const REFERENCE_SET = new Set(REFERENCE_WORDS);
const TIME_ZONES = new Set(['wib', 'wita', 'wit', 'am', 'a.m.', 'pm', 'p.m.', 'gmt', 'utc', 'et', 'pt', 'cet', 'uhr', 'h', 'hrs.']);
const CHANGE_VERBS = new Set([
  'rose', 'rises', 'rising', 'risen', 'fell', 'falls', 'fallen', 'falling', 'dropped', 'drops', 'declined', 'declines', 'increased', 'increases',
  'decreased', 'decreases', 'grew', 'grows', 'jumped', 'jumps', 'climbed', 'climbs', 'surged', 'soared', 'plunged', 'slipped', 'shrank', 'shrunk',
  'naik', 'turun', 'meningkat', 'menurun', 'melonjak', 'anjlok', 'merosot', 'bertambah', 'berkurang', 'tumbuh', 'melambung', 'susut',
]);

const LETTER = /[\p{L}\p{M}]/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\t';

function skipSpaces(text: string, p: number): number {
  while (isSpace(text[p])) p++;
  return p;
}

/** The word that ends right before `p` (skipping spaces), lower case, with a trailing dot kept. */
export function wordBefore(lower: string, p: number): { word: string; start: number } {
  let e = p;
  while (e > 0 && isSpace(lower[e - 1])) e--;
  let s = e;
  while (s > 0 && (isLetter(lower[s - 1]) || (lower[s - 1] === '.' && s < e))) s--;
  // "no." keeps its dot; a sentence's full stop does not count as part of the word.
  return { word: lower.slice(s, e), start: s };
}

function wordAfter(lower: string, p: number): { word: string; end: number } {
  const s = skipSpaces(lower, p);
  let e = s;
  while (e < lower.length && (isLetter(lower[e]) || (lower[e] === '.' && isLetter(lower[e + 1])))) e++;
  if (lower[e] === '.' && e > s) e++;
  return { word: lower.slice(s, e), end: e };
}

export interface ScanOptions {
  lang: string;
}

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
    if (start > 0) for (const c of claims) {
      c.start += start;
      c.end += start;
    }
    yield claims;
    start = end;
  }
}

/** All numeric claims in `text`. */
export function findNumberMentions(text: string, options: ScanOptions): Claim[] {
  const lower = lowerCaseSameLength(text);
  const style = decimalStyleFor(options.lang);
  const mentions: Mention[] = [];
  START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text)) !== null) {
    const at = m.index;
    const mention = isDigit(text[at]) ? readDigitMention(text, lower, at, style, options.lang) : readWordMention(text, lower, at, m[0].length, options.lang);
    if (mention !== null && typeof mention === 'object' && 'skipTo' in mention) {
      START.lastIndex = mention.skipTo;
      continue;
    }
    if (mention === 'skip-token') {
      // Skip the rest of this token so "2.0.1" or "A100" is not read again piece by piece.
      let e = at + m[0].length;
      while (e < text.length && (isDigit(text[e]) || isLetter(text[e]) || ((text[e] === '.' || text[e] === ',' || text[e] === '-') && isDigit(text[e + 1])))) e++;
      START.lastIndex = e;
      continue;
    }
    if (mention === null) {
      // An excluded number ("Top 500", "2024") is skipped whole, not re-read from its second digit.
      let e = at + m[0].length;
      if (isDigit(text[at])) e = readDigitRun(text, at);
      START.lastIndex = e;
      continue;
    }
    mentions.push(mention);
    START.lastIndex = mention.end;
  }
  const joined = combineRangesAndChanges(text, lower, mentions);
  const sentences = splitSentences(text);
  const claims: Claim[] = [];
  for (const j of joined) {
    if (!j.standalone) continue;
    const start = extendLeftForApprox(lower, j);
    const sentenceIndex = sentenceIndexAt(sentences, j.start);
    const s = sentences[sentenceIndex];
    const claim: Claim = {
      text: text.slice(start, j.end),
      start,
      end: j.end,
      value: j.range || j.change ? null : round(j.value),
      unit: j.unit,
      kind: j.range ? 'range' : j.change ? 'change' : j.valueKind,
      valueKind: j.valueKind,
      approx: j.approx || start < j.start,
      sentence: s ? text.slice(s.start, s.end) : '',
    };
    if (j.range) claim.range = [round(j.range[0]), round(j.range[1])];
    if (j.change) claim.change = { from: j.change.from === null ? null : round(j.change.from), to: round(j.change.to) };
    if (j.per) claim.per = j.per;
    claims.push(claim);
  }
  return claims;
}

/** Floating-point noise from scaling ("4.76 * 1e9") is not part of a figure. */
function round(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

function extendLeftForApprox(lower: string, j: { start: number }): number {
  // Try the one-, two- and three-word phrases that end right before the claim.
  let p = j.start;
  while (p > 0 && isSpace(lower[p - 1])) p--;
  if (p === j.start) return j.start;
  let best = j.start;
  let s = p;
  for (let words = 0; words < 3 && s > 0; words++) {
    while (s > 0 && (isLetter(lower[s - 1]) || lower[s - 1] === '-')) s--;
    if (s < p && APPROX.matchAt(lower, s) === p - s) best = s;
    let t = s;
    while (t > 0 && isSpace(lower[t - 1])) t--;
    if (t === s) break;
    s = t;
  }
  return best;
}

// ---------------------------------------------------------------- digits

function readDigitMention(text: string, lower: string, at: number, style: DecimalStyle, lang: string): Mention | null | 'skip-token' | { skipTo: number } {
  // Part of a word or code: "A100", "H20", "x86", "GPT-4", "COVID-19", "ke-3".
  const before = text[at - 1];
  if (isLetter(before) || before === '_' || before === '#' || before === '@') return 'skip-token';
  if ((before === '-' || before === '‑') && isLetter(text[at - 2])) return 'skip-token';
  if (before === '/' || before === ':' || before === '\\') return 'skip-token';
  if ((before === '.' || before === ',') && isDigit(text[at - 2])) return 'skip-token';

  // ISO dates "2025-11-24".
  if (/^\d{4}-\d{1,2}-\d{1,2}(?!\d)/.test(text.slice(at, at + 11))) return { skipTo: at + /^\d{4}-\d{1,2}-\d{1,2}/.exec(text.slice(at, at + 11))![0].length };
  let end = readDigitRun(text, at);
  let raw = text.slice(at, end);
  let value = parseDigits(raw, style);
  // Two or more dots that are not thousands groups ("2.0.1", "192.168.0.1"): a version or an address.
  if (value === null && /\.\d+\./.test(raw)) return 'skip-token';
  if (value === null) {
    // A list written with commas ("22,24,26"): read the first part alone.
    const first = /^\d+/.exec(raw)![0];
    end = at + first.length;
    raw = first;
    value = Number(first);
  }
  const after = text[end];
  if (after === '/' && isDigit(text[end + 1])) return 'skip-token'; // 19/11/2025, 24/7
  if (after === ':' && isDigit(text[end + 1])) return 'skip-token'; // 9:30, 3:1
  // Leading zeros are codes and phone numbers ("021", "0812"), not quantities; "0,5" is fine.
  if (raw.length >= 3 && raw[0] === '0' && /^\d+$/.test(raw)) return 'skip-token';
  // Footnote "[12]".
  if (before === '[' && after === ']') return null;
  // Phone numbers: "+62 21 555", "555-1234", "(021) 555".
  if (before === '+' && /^\d{1,3}$/.test(raw) && isSpace(text[end]) && isDigit(text[end + 1])) return { skipTo: end + /^[\d \-()]*/.exec(text.slice(end, end + 30))![0].length };
  if (after === '-' && /^\d{3,}$/.test(raw) && /^\d{4}/.test(text.slice(end + 1, end + 5))) return 'skip-token';
  if (before === '-' && isDigit(text[at - 2]) && /^\d{4,}$/.test(raw)) {
    let s = at - 2;
    while (isDigit(text[s - 1])) s--;
    if (at - 1 - s >= 3) return 'skip-token';
  }
  if (before === ')' ) return null;

  let sign = 1;
  if ((before === '-' || before === '−' || before === '+') && !isDigit(text[at - 2]) && !isLetter(text[at - 2])) {
    if (before !== '+') sign = -1;
  }

  const mention: Mention = { start: at, end, value: sign * value, valueKind: 'count', unit: null, scale: 1, words: false, standalone: true, hasUnit: false, approx: false };
  if (sign === -1 || before === '+') mention.start = at - 1;

  // Currency written before: "$20,000", "US$2,3 miliar", "Rp 5.250.000", "€ 3".
  const currency = currencyBefore(text, mention.start);
  if (currency) {
    mention.start = currency.start;
    mention.valueKind = 'money';
    mention.unit = currency.code;
    mention.hasUnit = true;
  }

  // Glued suffix: "80k", "$4.5tn", "500MW", "3x", "15th", "1830s".
  if (isLetter(text[end]) || text[end] === '×') {
    let e = end;
    while (isLetter(text[e])) e++;
    const suffix = text.slice(end, e === end ? end + 1 : e);
    if (text[end] === '×' || suffix === 'x' || suffix === 'X') {
      mention.end = end + 1;
      mention.valueKind = 'multiplier';
      mention.unit = null;
      mention.hasUnit = true;
      return finishRight(text, lower, mention, lang);
    }
    const scale = SCALE_ABBREVIATIONS[suffix];
    if (scale !== undefined && (currency || suffix === 'k' || suffix === 'K' || suffix.length > 1)) {
      const s = suffix === 'M' && currency?.code === 'IDR' ? 1e9 : scale;
      mention.value *= s;
      mention.scale = s;
      mention.end = e;
      mention.hasUnit = true;
      return finishRight(text, lower, mention, lang);
    }
    const glued = GLUED_UNITS[suffix];
    if (glued) {
      mention.end = e;
      mention.valueKind = glued[0];
      mention.unit = glued[1];
      mention.hasUnit = true;
      return finishRight(text, lower, mention, lang);
    }
    if (suffix === 'h' && !isLetter(text[e])) {
      mention.end = e;
      mention.valueKind = 'duration';
      mention.unit = 'hour';
      mention.hasUnit = true;
      return finishRight(text, lower, mention, lang);
    }
    return 'skip-token'; // "15th", "4G", "1990s", "3D", "4o"
  }
  if (text[end] === '-' && lower.startsWith('an', end + 1) && !isLetter(text[end + 3])) return 'skip-token'; // "1990-an"
  if ((text[end] === '-' || text[end] === '‑') && isLetter(text[end + 1])) {
    // "20-year", "500-MW", "3-fold": read the unit after the hyphen.
    const w = wordAfter(lower, end + 1);
    if (w.word === 'fold') {
      mention.end = w.end;
      mention.valueKind = 'multiplier';
      mention.hasUnit = true;
      return mention;
    }
    const unit = UNIT_WORDS[w.word] ?? UNIT_WORDS[w.word + 's'];
    if (!unit) return 'skip-token';
    mention.end = w.end;
    mention.valueKind = unit[0];
    mention.unit = unit[1];
    mention.hasUnit = true;
    return mention;
  }

  const next = finishRight(text, lower, mention, lang);
  if (!next.hasUnit && isExcludedBareNumber(text, lower, mention.start, end, raw, value)) return null;
  if (!next.hasUnit && isDateOrTime(text, lower, at, end, raw, value)) return null;
  return next;
}

function readDigitRun(text: string, at: number): number {
  // "1 234 567" and "40 000": spaces group digits only in threes.
  const spaced = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)/.exec(text.slice(at, at + 40));
  if (spaced && !/^\d{1,3}[ \u00a0\u202f]\d{3}[.,]\d/.test(text.slice(at, at + 40))) return at + spaced[0].length;
  let e = at;
  while (isDigit(text[e])) e++;
  while ((text[e] === '.' || text[e] === ',') && isDigit(text[e + 1])) {
    e++;
    while (isDigit(text[e])) e++;
  }
  return e;
}

function currencyBefore(text: string, start: number): { start: number; code: string } | null {
  let p = start;
  while (p > 0 && isSpace(text[p - 1])) p--;
  for (const [prefix, code] of CURRENCY_PREFIXES) {
    const s = p - prefix.length;
    if (s < 0 || text.slice(s, p) !== prefix) continue;
    // A letter prefix must stand alone ("Rp 5", not "XRp 5"), and a space is allowed only after a word or symbol.
    if (isLetter(text[s - 1])) continue;
    if (p !== start && !/[A-Za-z.$€£¥]$/.test(prefix)) continue;
    return { start: s, code };
  }
  return null;
}

/** Years, references, product names: bare numbers that are not quantities. */
function isExcludedBareNumber(text: string, lower: string, start: number, end: number, raw: string, value: number): boolean {
  // A calendar year: 1800-2100 written without grouping.
  if (/^\d{4}$/.test(raw) && value >= 1800 && value <= 2100) return true;
  const prev = wordBefore(lower, start);
  if (prev.word && REFERENCE_SET.has(prev.word)) return true;
  if (prev.word.endsWith('.') && REFERENCE_SET.has(prev.word)) return true;
  // Product and list names: "iPhone 15", "Top 500", "Windows 11", "Liga 1".
  if (prev.word && prev.start + prev.word.length <= start) {
    const original = text.slice(prev.start, prev.start + prev.word.length);
    const capitalised = /^\p{Lu}/u.test(original) || /\p{Ll}\p{Lu}/u.test(original);
    if (capitalised && !MONTH_SET.has(prev.word.replace(/\.$/, '')) && !APPROX_WORDS.includes(prev.word) && !isSentenceStart(text, prev.start)) {
      if (!CURRENCY_WORDS[prev.word] && !/^(rp|us|usd|idr|eur|gbp)$/.test(prev.word)) return true;
    }
    if (/\p{Ll}\p{Lu}/u.test(original)) return true; // "iPhone 15" even at a sentence start
  }
  // Street numbers: "123 Main Street".
  if (/^\s+(\p{Lu}\p{L}+\s+){1,3}(Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way)\b/u.test(text.slice(end, end + 60))) return true;
  return false;
}

function isSentenceStart(text: string, p: number): boolean {
  let q = p;
  while (q > 0 && (isSpace(text[q - 1]) || text[q - 1] === '"' || text[q - 1] === '“' || text[q - 1] === '(')) q--;
  return q === 0 || /[.!?\n:;]/.test(text[q - 1]!);
}

function isDateOrTime(text: string, lower: string, start: number, end: number, raw: string, value: number): boolean {
  const next = wordAfter(lower, end).word.replace(/[.,]$/, (m) => (m === '.' ? '.' : ''));
  const prev = wordBefore(lower, start).word.replace(/\.$/, '');
  // Clock times "09.30 WIB", "10.00", "pukul 9".
  if (/^\d{1,2}[.:]\d{2}$/.test(raw) && (TIME_ZONES.has(next) || TIME_ZONES.has(next.replace(/\.$/, '')) || prev === 'pukul' || prev === 'jam' || prev === 'at')) return true;
  if (prev === 'pukul') return true;
  if (Number.isInteger(value) && value >= 1 && value <= 31) {
    if (MONTH_SET.has(next.replace(/[.,]$/, '')) || MONTH_SET.has(prev)) return true;
  }
  if (/^\d{1,2}$/.test(raw) && (next === 'am' || next === 'pm' || next === 'a.m.' || next === 'p.m.')) return true;
  return false;
}

// ---------------------------------------------------------------- words

function readWordMention(text: string, lower: string, at: number, length: number, lang: string): Mention | null {
  const first = lower.slice(at, at + length);

  const seUnit = SE_UNITS[first];
  if (seUnit) {
    return { start: at, end: at + length, value: 1, valueKind: 'duration', unit: seUnit, scale: 1, words: true, standalone: true, hasUnit: true, approx: false };
  }
  const fold = FOLD_WORDS[first];
  if (fold !== undefined) {
    return { start: at, end: at + length, value: fold, valueKind: 'multiplier', unit: null, scale: 1, words: true, standalone: true, hasUnit: true, approx: false };
  }
  const idFraction = ID_FRACTION_WORDS[first];
  if (idFraction !== undefined) {
    return { start: at, end: at + length, value: idFraction, valueKind: 'fraction', unit: null, scale: 1, words: true, standalone: true, hasUnit: true, approx: false };
  }
  const vague = VAGUE_MULTIPLES[first];
  if (vague !== undefined) return readVague(text, lower, at, length, vague, lang);

  // Collect a run of number words: "two hundred and fifty thousand", "dua puluh ribu", "twenty-five".
  const english = EN_NUMBER_WORDS.has(first) || first === 'half' || first === 'quarter' || first === 'third';
  const vocabulary = english ? EN_NUMBER_WORDS : ID_NUMBER_WORDS;
  const words: string[] = [first];
  let end = at + length;
  let start = at;
  for (;;) {
    let p = end;
    if (lower[p] === '-' || lower[p] === '‑') p++;
    else if (isSpace(lower[p])) p = skipSpaces(lower, p);
    else break;
    const w = wordAfter(lower, p);
    if (english && w.word === 'and') {
      const after = wordAfter(lower, w.end);
      if (EN_NUMBER_WORDS.has(after.word) || after.word === 'a') {
        words.push('and');
        end = w.end;
        continue;
      }
      break;
    }
    if (english && w.word === 'a' && words[words.length - 1] === 'and' && wordAfter(lower, w.end).word === 'half') {
      words.push('a', 'half');
      end = wordAfter(lower, w.end).end;
      continue;
    }
    if (!vocabulary.has(w.word)) break;
    words.push(w.word);
    end = w.end;
  }
  if (words[words.length - 1] === 'and') words.pop();

  // "a million", "a quarter", "an hour" is not ours.
  const prev = wordBefore(lower, at);
  const article = english && (prev.word === 'a' || prev.word === 'an');

  // Fractions: "two-thirds", "a quarter", "three quarters", "half of".
  if (english) {
    const next = (lower[end] === '-' || isSpace(lower[end])) ? wordAfter(lower, end + (lower[end] === '-' ? 1 : 0)) : { word: '', end };
    const frac = EN_FRACTIONS[next.word];
    const numerator = parseEnglishWords(words);
    if (frac !== undefined && numerator !== null && numerator < 20 && !['hundred', 'thousand', 'million', 'billion', 'trillion'].includes(words[words.length - 1]!)) {
      return fractionMention(at, next.end, numerator * frac);
    }
    if (words.length === 1 && (first === 'quarter' || first === 'third' || first === 'half')) {
      const frac1 = EN_FRACTIONS[first]!;
      if (article) return fractionMention(prev.start, end, frac1);
      if (first === 'half' && /^\s+(of|the)\b/.test(lower.slice(end, end + 6))) return fractionMention(at, end, 0.5);
      return null;
    }
    // "one in four", "1 in 5" (digits are read by the digit path and joined in combine-ranges).
    const ratio = /^\s+(in|out of)\s+/.exec(lower.slice(end, end + 10));
    if (ratio && numerator !== null) {
      const den = wordAfter(lower, end + ratio[0].length);
      const denominator = EN_SMALL[den.word];
      if (denominator) return fractionMention(at, den.end, numerator / denominator);
    }
  } else {
    // "dua pertiga", "tiga perempat", "satu dari empat".
    const next = wordAfter(lower, end);
    if (next.word.startsWith('per') && ID_FRACTION_DENOMINATORS[next.word.slice(3)] !== undefined) {
      const numerator = parseIndonesianWords(words);
      if (numerator !== null) return fractionMention(at, next.end, numerator / ID_FRACTION_DENOMINATORS[next.word.slice(3)]!);
    }
    if (next.word === 'dari' && words.length === 1) {
      const den = wordAfter(lower, next.end);
      const denominator = ID_UNITS[den.word] ?? (den.word === 'sepuluh' ? 10 : undefined);
      const numerator = ID_UNITS[first];
      if (denominator && numerator && numerator < denominator) return fractionMention(at, den.end, numerator / denominator);
    }
    if ((first === 'separuh' || first === 'setengah') && words.length === 1) {
      if (next.word === 'dari' || first === 'separuh') return fractionMention(at, end, 0.5);
    }
  }

  const value = english ? parseEnglishWords(words) : parseIndonesianWords(words);
  if (value === null) return null;
  if (article && /^(hundred|thousand|million|billion|trillion|dozen)$/.test(first)) start = prev.start;
  else if (english && /^(hundred|thousand|million|billion|trillion|dozen)$/.test(first)) return null;

  const mention: Mention = { start, end, value, valueKind: 'count', unit: null, scale: 1, words: true, standalone: false, hasUnit: false, approx: false };
  const scaled = words.some((w) => w === 'thousand' || w === 'million' || w === 'billion' || w === 'trillion' || w === 'ribu' || w === 'juta' || w === 'miliar' || w === 'milyar' || w === 'triliun' || w === 'seribu' || w === 'sejuta');
  finishRight(text, lower, mention, lang);
  // "three times more", "dua kali lipat".
  if (!mention.hasUnit) {
    const times = /^\s+(times|kali lipat)(?=\s+(more|as|higher|larger|bigger|faster|greater|lower|smaller|the|than)\b|\s*[.,;]|$)/.exec(lower.slice(end, end + 40));
    if (times) {
      mention.end = end + times[0].length;
      mention.valueKind = 'multiplier';
      mention.hasUnit = true;
    } else if (/^\s+kali lipat/.test(lower.slice(end, end + 12))) {
      mention.end = end + /^\s+kali lipat/.exec(lower.slice(end))![0].length;
      mention.valueKind = 'multiplier';
      mention.hasUnit = true;
    }
  }
  // Small numbers in words are figures only with a unit of time, a percent, money or a scale:
  // "two leaders" and "satu pihak" are not claims, "enam belas jam" and "dua puluh versi" are.
  const strongUnit = mention.valueKind !== 'count' || mention.scale > 1;
  if (english && first === 'one' && words.length === 1 && mention.unit === 'day') return null; // "one day" as in "some day"
  mention.standalone = strongUnit || scaled || value >= 100 || (mention.hasUnit && value >= 10);
  return mention;
}

function fractionMention(start: number, end: number, value: number): Mention {
  return { start, end, value, valueKind: 'fraction', unit: null, scale: 1, words: true, standalone: true, hasUnit: true, approx: false };
}

/** "hundreds of billions of dollars", "ratusan miliar dolar", "ribuan pekerja". */
function readVague(text: string, lower: string, at: number, length: number, base: number, lang: string): Mention | null {
  const mention: Mention = { start: at, end: at + length, value: base, valueKind: 'count', unit: null, scale: 1, words: true, standalone: false, hasUnit: false, approx: true };
  const skipOf = (p: number): number => (/^\s+of\b/.test(lower.slice(p, p + 4)) ? p + 3 : p);
  let p = skipOf(mention.end);
  const q = skipSpaces(lower, p);
  const scaleKey = SCALES.matchAt(lower, q);
  if (scaleKey > 0 && SCALE_WORDS[lower.slice(q, q + scaleKey)]! >= 1000) {
    const s = SCALE_WORDS[lower.slice(q, q + scaleKey)]!;
    mention.value *= s;
    mention.scale = s;
    mention.end = q + scaleKey;
    p = skipOf(mention.end);
  }
  const probe = { ...mention, end: p };
  finishRight(text, lower, probe, lang);
  if (probe.hasUnit) Object.assign(mention, probe);
  mention.standalone = mention.hasUnit || mention.scale > 1;
  return mention.standalone ? mention : null;
}

// ---------------------------------------------------------------- right side

/** Reads scale, percent, currency, unit and "per ..." after a number. Mutates and returns `m`. */
function finishRight(text: string, lower: string, m: Mention, lang: string): Mention {
  let p = m.end;
  // Scale words: "3.5 million", "1,5 juta", "mil millones", "35 bn".
  for (let i = 0; i < 2; i++) {
    const q = skipSpaces(lower, p);
    if (q === p && m.words === false && !isSpace(text[p])) break;
    const len = SCALES.matchAt(lower, q);
    if (len > 0) {
      const key = lower.slice(q, q + len);
      if (key === 'mil' && lang !== 'es' && lang !== 'pt') break;
      if (m.words && (key === 'ratus' || key === 'hundred')) break;
      const s = SCALE_WORDS[key]!;
      m.value *= s;
      m.scale *= s;
      p = q + len;
      m.end = p;
      m.hasUnit = true;
      continue;
    }
    const abbr = /^(bn|tn|mn|mln|trn)\b/.exec(text.slice(q, q + 4));
    if (abbr && !m.words) {
      const s = SCALE_ABBREVIATIONS[abbr[1]!]!;
      m.value *= s;
      m.scale *= s;
      p = q + abbr[1]!.length;
      m.end = p;
      m.hasUnit = true;
      continue;
    }
    break;
  }
  const q = skipSpaces(lower, p);
  // Percent: "40%", "40 %", "4,76 persen", "20 per cent".
  const pct = PERCENT.matchAt(lower, q);
  if (pct > 0 && (q === p || lower[q] !== '%' || q - p <= 1)) {
    m.valueKind = 'percent';
    m.unit = '%';
    m.end = q + pct;
    m.hasUnit = true;
    return m;
  }
  // Money written after: "dua puluh ribu dolar", "20 dollars", "5 juta rupiah".
  if (m.valueKind !== 'money') {
    const cur = CURRENCY_AFTER.matchAt(lower, q);
    if (cur > 0 && q > p) {
      m.valueKind = 'money';
      m.unit = CURRENCY_WORDS[lower.slice(q, q + cur)]!;
      m.end = q + cur;
      m.hasUnit = true;
      readPer(lower, m);
      return m;
    }
  }
  if (m.valueKind === 'money') {
    readPer(lower, m);
    return m;
  }
  // Units: "500 MW", "enam belas jam", "10 years", "750 bos".
  const unitLen = UNITS.matchAt(lower, q);
  if (unitLen > 0 && q > p && m.valueKind === 'count') {
    const [kind, unit] = UNIT_WORDS[lower.slice(q, q + unitLen)]!;
    m.valueKind = kind;
    m.unit = unit;
    m.end = q + unitLen;
    m.hasUnit = true;
    readPer(lower, m);
    return m;
  }
  if (m.valueKind === 'count' && m.hasUnit) {
    // A scale without a named thing: "satu miliar robot humanoid" read the noun too.
    readPer(lower, m);
  }
  return m;
}

/** "per tahun", "a year", "sehari", also after one adjective: "robot humanoid per tahun". */
function readPer(lower: string, m: Mention): void {
  let q = skipSpaces(lower, m.end);
  if (q === m.end && lower[q] !== '/') return;
  let len = PER.matchAt(lower, q);
  if (len === 0 && m.valueKind === 'count') {
    const adj = wordAfter(lower, q);
    if (adj.word.length > 2 && !adj.word.endsWith('.')) {
      const q2 = skipSpaces(lower, adj.end);
      const len2 = PER.matchAt(lower, q2);
      if (len2 > 0 && q2 > adj.end) {
        q = q2;
        len = len2;
      }
    }
  }
  if (len > 0) {
    m.per = PER_WORDS[lower.slice(q, q + len)];
    m.end = q + len;
  }
}

export { CHANGE_VERBS };
