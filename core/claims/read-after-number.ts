/**
 * Reads what follows a number: scale ("3.5 million", "1,5 juta", "2.33 k"), percent, currency or
 * minor unit, a trailing bound ("or more"), the thing counted ("500 MW", "enam belas jam", "750 bos")
 * and "per year". Moves `figureEnd` over what belongs to the figure and `end` over the rest.
 */
import { CURRENCY_LINKS, CURRENCY_SYMBOLS } from '../numbers/currencies.ts';
import {
  EN_FRACTIONS, EN_SMALL, ID_ONE_FORMS, ID_UNITS, LONG_SCALE_LANGS, PER_WORDS, PERCENT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, SPACED_SCALE_ABBREVIATIONS, UNIT_WORDS,
} from '../numbers/lexicon.ts';
import { TRAILING_BOUNDS } from '../numbers/qualifiers.ts';
import { isDigitCode, isLetterCode, skipSpaces } from '../text/char-classes.ts';
import { plainWordAfter, wordAfter } from '../text/words-around.ts';
import { KeyTable } from './key-table.ts';
import type { Mention, ScanContext } from './mention.ts';
import { setUnit } from './mention.ts';
import { currencyAfter, minorUnitAfter, setMoney } from './read-money.ts';

const PERCENT = new KeyTable(['%', '٪', ...PERCENT_WORDS]);
const UNITS = new KeyTable(Object.keys(UNIT_WORDS));
const PER = new KeyTable(Object.keys(PER_WORDS));
const SCALES = new KeyTable(Object.keys(SCALE_WORDS));
const TRAILING = new KeyTable(Object.keys(TRAILING_BOUNDS));

/** A scale word's value in this language: "billion" is 10^12 in French and German. */
function scaleValue(key: string, lang: string): number {
  if (LONG_SCALE_LANGS.has(lang) && (key === 'billion' || key === 'billions')) return 1e12;
  return SCALE_WORDS[key]!;
}

/** Multiplies by a scale word or abbreviation that ends at `e`. */
function applyScale(m: Mention, s: number, e: number): void {
  m.value *= s;
  m.scale *= s;
  m.figureEnd = m.end = e;
  m.hasUnit = true;
}

/** "3 million and a half", "3 million and a quarter". */
function readAndFraction(lower: string, m: Mention): void {
  const and = wordAfter(lower, m.figureEnd);
  if (and.word !== 'and') return;
  const num = wordAfter(lower, and.end);
  const numerator = num.word === 'a' || num.word === 'an' ? 1 : EN_SMALL[num.word];
  if (numerator === undefined || numerator === 0 || numerator >= 20) return;
  const den = wordAfter(lower, num.end);
  const frac = EN_FRACTIONS[den.word];
  if (frac === undefined) return;
  m.value += numerator * frac * m.scale;
  m.figureEnd = m.end = den.end;
}

function readScales(ctx: ScanContext, m: Mention): void {
  const { text, lower, lang } = ctx;
  for (let i = 0; i < 2; i++) {
    const p = m.figureEnd;
    const q = skipSpaces(text, p);
    if (q === p && !m.words) break; // glued letters were read with the digits
    if (q - p > 2) break;
    const len = SCALES.matchAt(lower, q);
    if (len > 0) {
      const key = lower.slice(q, q + len);
      if ((key === 'mil' || key === 'mil millones' || key === 'mil milhões') && lang !== 'es' && lang !== 'pt') break;
      if (m.words && (key === 'ratus' || key === 'hundred' || key === 'dozen' || key === 'dozens')) break;
      applyScale(m, scaleValue(key, lang), q + len);
      if (ctx.english && m.scale > 12) readAndFraction(lower, m);
      continue;
    }
    if (m.words) break;
    // "2.33 k", "10 bln", "1,674,200.5 M": a spaced abbreviation, then no letter.
    let e = q;
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    const abbr = text.slice(q, e);
    if (e > q && SPACED_SCALE_ABBREVIATIONS.has(abbr) && text[e] !== '-') {
      applyScale(m, abbr === 'M' && (lang === 'id' || lang === 'ms') ? 1e9 : SCALE_ABBREVIATIONS[abbr]!, e);
      continue;
    }
    break;
  }
}

/** Percent: "40%", "40 %", "4,76 persen", "20 per cent", "100 percentage". */
function readPercent(ctx: ScanContext, m: Mention): boolean {
  const q = skipSpaces(ctx.text, m.figureEnd);
  if (q - m.figureEnd > 1) return false;
  const len = PERCENT.matchAt(ctx.lower, q);
  if (len === 0) return false;
  setUnit(m, 'percent', '%');
  m.figureEnd = m.end = q + len;
  return true;
}

const startsNumber = (w: string): boolean => EN_SMALL[w] !== undefined || w in ID_UNITS || w in ID_ONE_FORMS || w === 'a' || w === 'an';

/**
 * "three times more", "2,5 kali lipat", "dua kali lipat": a multiplier. "times" needs a comparison or the
 * end of the clause after it, so "3 times already" (occurrences) is not one.
 */
const TIMES = /^\s+(?:times|kali lipat)(?=\s+(?:more|as|higher|larger|bigger|faster|greater|lower|smaller|the|than|lebih)\b|\s*[.,;]|$)|^\s+kali lipat/;

function readMultiplier(ctx: ScanContext, m: Mention): boolean {
  const c = ctx.lower[skipSpaces(ctx.lower, m.figureEnd)];
  if (c !== 't' && c !== 'k') return false;
  const found = TIMES.exec(ctx.lower.slice(m.figureEnd, m.figureEnd + 40));
  if (!found) return false;
  setUnit(m, 'multiplier', null);
  m.figureEnd = m.end = m.figureEnd + found[0].length;
  return true;
}

/** "or more", "atau lebih", "ke atas" after the figure or its unit. */
function readTrailingBound(ctx: ScanContext, m: Mention): void {
  if (m.bound) return;
  const q = skipSpaces(ctx.text, m.end);
  if (q === m.end) return;
  const len = TRAILING.matchAt(ctx.lower, q);
  if (len === 0) return;
  // "40 and less than 10", "1000 and below 1500": the words begin the next figure's bound.
  const r = skipSpaces(ctx.text, q + len);
  const next = plainWordAfter(ctx.lower, r).word;
  if (isDigitCode(ctx.text.charCodeAt(r)) || next === 'than' || next === 'or' || next === 'dari' || next === 'from' || startsNumber(next)) return;
  m.bound = TRAILING_BOUNDS[ctx.lower.slice(q, q + len)];
  m.approx = true;
  m.end = q + len;
}

/** Whether anything this module reads can start at the next character after `p` (a letter, "%", a currency sign, "-", "/"). */
function mayHaveWordsAfter(text: string, p: number): boolean {
  const q = skipSpaces(text, p);
  const c = text.charCodeAt(q);
  if (isLetterCode(c)) return true;
  if (c === 45 /* - */ || c === 47 /* / */ || c === 0x2011) return isLetterCode(text.charCodeAt(q + 1)); // "20-year", "/year"; not "6-7"
  return c === 37 /* % */ || c === 0x66a /* ٪ */ || c === 0xa2 /* ¢ */ || (c > 32 && text[q]! in CURRENCY_SYMBOLS);
}

/** Reads scale, percent, currency, unit and "per ..." after a number. Mutates and returns `m`. */
export function finishRight(ctx: ScanContext, m: Mention): Mention {
  const { text, lower } = ctx;
  if (!mayHaveWordsAfter(text, m.end)) return m; // "1 2 3", "40.", "(45)": nothing more to read
  readScales(ctx, m);
  if (m.valueKind !== 'money' && readPercent(ctx, m)) {
    readTrailingBound(ctx, m);
    return m;
  }
  if (m.valueKind !== 'money') {
    // "1,5 millones de euros", "2 milliards d'euros": a link word between a scale and the currency.
    let p = m.figureEnd;
    let linked = false;
    if (m.scale > 1) {
      const q = skipSpaces(text, p);
      for (const link of CURRENCY_LINKS) {
        if (lower.startsWith(link, q)) {
          p = q + link.length;
          linked = true;
        }
      }
    }
    const cur = currencyAfter(ctx, p, linked);
    if (cur) {
      if (cur.scale > 1) m.value *= cur.scale;
      setMoney(ctx, m, cur.code, cur.end);
      readScales(ctx, m); // "75 USD million"
    } else if (m.scale === 1) {
      const minor = minorUnitAfter(ctx, m.figureEnd);
      if (minor) {
        m.value /= 100;
        setUnit(m, 'money', minor.code);
        m.figureEnd = m.end = minor.end;
      }
    }
  }
  if (m.valueKind === 'money') {
    readTrailingBound(ctx, m);
    readPer(lower, m);
    return m;
  }
  if (m.valueKind === 'count' && !m.hasUnit && readMultiplier(ctx, m)) return m;
  readTrailingBound(ctx, m);
  // Units: "500 MW", "enam belas jam", "10 years", "750 bos", "20-year".
  const p = m.end;
  const q = (text[p] === '-' || text[p] === '‑') && isLetterCode(text.charCodeAt(p + 1)) ? p + 1 : skipSpaces(text, p);
  const unitLen = q > p ? UNITS.matchAt(lower, q) : 0;
  if (unitLen > 0 && m.valueKind === 'count') {
    const [kind, unit] = UNIT_WORDS[lower.slice(q, q + unitLen)]!;
    setUnit(m, kind, unit);
    m.end = q + unitLen;
    readTrailingBound(ctx, m);
    readPer(lower, m);
    return m;
  }
  // A scale without a named thing ("satu miliar robot humanoid per tahun"), or a unit glued to the digits ("16h a day").
  if (m.hasUnit && m.valueKind !== 'multiplier') readPer(lower, m);
  return m;
}

/** "per tahun", "a year", "sehari", also after one adjective: "robot humanoid per tahun". */
export function readPer(lower: string, m: Mention): void {
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
