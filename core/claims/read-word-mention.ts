/**
 * Reads a number written in words at a position: "two hundred and fifty thousand", "forty-two",
 * "two-thirds", "one in four", "a dozen", "dua puluh ribu", "satu setengah juta", "sepertiga",
 * "dua pertiga", "satu dari empat", "ratusan miliar", then the words after it.
 *
 * Small numbers in words are figures only with something that makes them one: a unit of time, a
 * percent, money, a scale, a sign, or a compound of number words ("forty-two"). "Two leaders" and
 * "satu pihak" are not claims; news style writes one to nine in words as ordinary determiners.
 */
import {
  EN_FRACTIONS, EN_ORDINAL_WORDS, EN_SMALL, FOLD_WORDS, ID_FRACTION_WORDS, MULTIPLY_WORDS, ID_SE_UNITS, ID_UNITS, SCALE_WORDS, SIGN_WORDS, VAGUE_MULTIPLES,
} from '../numbers/lexicon.ts';
import {
  EN_NUMBER_VOCABULARY, ID_NUMBER_VOCABULARY, readEnglishNumber, readIndonesianNumber, takesEnglishArticle, type WordNumber,
} from '../numbers/parse-words.ts';
import { isDigitCode, isLetterCode, isSpaceCode, skipSpaces } from '../text/char-classes.ts';
import { plainWordAfter, wordAfter, wordBefore } from '../text/words-around.ts';
import { KeyTable } from './key-table.ts';
import type { Mention, ScanContext } from './mention.ts';
import { copyMention, newMention, setUnit } from './mention.ts';
import { finishRight } from './read-after-number.ts';
import { hasQualifierBefore } from './read-qualifiers.ts';
import { isOClock } from './not-a-quantity.ts';
import { collectNumberWords, type WordToken } from './word-tokens.ts';

const EN_VAGUE = new Set(['dozens', 'tens', 'hundreds', 'thousands', 'millions', 'billions']);
const SCALES = new KeyTable(Object.keys(SCALE_WORDS));
/** Words after a singular fraction ("a third", "one fifth") that keep it a fraction rather than an ordinal ("a third term"). */
const AFTER_FRACTION = new Set(['of', 'dari', 'and', 'or']);

/** "the other half", "the first half of the year": a part, not a share. */
const PART_BEFORE_HALF = new Set([
  'the', 'other', 'first', 'second', 'same', 'latter', 'former', 'back', 'front', 'top', 'bottom', 'upper', 'lower', 'this', 'that', 'each',
  'either', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'better', 'worse', 'final', 'last', 'opening', 'northern', 'southern', 'eastern', 'western',
]);

/** The words that may start a number in each language, for the scanner. */
export const EN_START_WORDS = new Set([
  ...Object.keys(EN_SMALL), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', ...Object.keys(EN_FRACTIONS),
  ...Object.keys(FOLD_WORDS), ...Object.keys(MULTIPLY_WORDS), ...EN_VAGUE, 'dollar', 'euro',
]);
export const ID_START_WORDS = new Set([
  ...Object.keys(ID_UNITS), 'sepuluh', 'sebelas', 'seratus', 'seribu', 'sejuta', 'semiliar', 'semilyar', 'setriliun',
  ...Object.keys(ID_FRACTION_WORDS), ...Object.keys(ID_SE_UNITS), 'puluhan', 'ratusan', 'ribuan', 'jutaan', 'miliaran', 'triliunan',
]);

/** Nothing more of a phrase after `p`: end of text, punctuation, or one of `words`. */
function endsPhrase(lower: string, p: number, words: ReadonlySet<string>): boolean {
  const q = skipSpaces(lower, p);
  const c = lower.charCodeAt(q);
  if (q >= lower.length || !(isLetterCode(c) || isDigitCode(c))) return true;
  const w = plainWordAfter(lower, q).word;
  return words.has(w) || SCALES.matchAt(lower, q) > 0;
}

function fractionMention(start: number, end: number, value: number): Mention {
  const m = newMention(start, end, value, true);
  setUnit(m, 'fraction', null);
  m.standalone = true;
  return m;
}

/**
 * "hundreds of billions of dollars", "ratusan miliar dolar", "thousands of dollars": an order of
 * magnitude of a sum. The value is the lower bound. A vague number of people or things
 * ("hundreds of employees", "millions of workers", "puluhan ribu pekerja") is no figure a reader can check: null.
 */
function readVague(ctx: ScanContext, at: number, end: number, base: number): Mention | null {
  const { lower } = ctx;
  const m = newMention(at, end, base, true);
  m.approx = true;
  const skipOf = (p: number): number => (wordAfter(lower, p).word === 'of' ? wordAfter(lower, p).end : p);
  let p = skipOf(end);
  const q = skipSpaces(lower, p);
  const scaleLen = SCALES.matchAt(lower, q);
  const scale = scaleLen > 0 ? SCALE_WORDS[lower.slice(q, q + scaleLen)]! : 0;
  if (scale >= 1000) {
    m.value *= scale;
    m.scale = scale;
    m.figureEnd = m.end = q + scaleLen;
    p = skipOf(m.end);
  }
  const probe = copyMention(m);
  probe.figureEnd = probe.end = p;
  finishRight(ctx, probe);
  if (probe.hasUnit) Object.assign(m, probe);
  m.standalone = m.valueKind === 'money';
  return m.standalone ? m : null;
}

/** "one in four", "one out of three" (English), "satu dari empat" (Indonesian). */
function readWordRatio(ctx: ScanContext, at: number, end: number, numerator: number): Mention | null {
  const { lower, english } = ctx;
  const link = plainWordAfter(lower, end);
  let den = plainWordAfter(lower, link.end);
  if (english && link.word === 'out' && den.word === 'of') den = plainWordAfter(lower, den.end);
  else if (link.word !== (english ? 'in' : 'dari')) return null;
  const denominator = english ? EN_SMALL[den.word] : (ID_UNITS[den.word] ?? (den.word === 'sepuluh' ? 10 : undefined));
  if (!denominator || numerator >= denominator) return null;
  return fractionMention(at, den.end, numerator / denominator);
}

/** A mention, null when the words are not a figure, or where to go on when they must be skipped (an ordinal). */
export function readWordMention(ctx: ScanContext, at: number, wordEnd: number): Mention | number | null {
  const single = readOneWordForm(ctx, at, wordEnd);
  if (single !== undefined) return single;
  const { lower, english } = ctx;

  const tokens: WordToken[] = collectNumberWords(lower, at, english ? EN_NUMBER_VOCABULARY : ID_NUMBER_VOCABULARY);
  if (tokens.length === 0) return null;
  // "at one point five executives resigned": "at one point" is a moment, not the start of 1.5.
  if (english && tokens[1]?.word === 'point' && wordBefore(lower, at).word === 'at') tokens.length = 1;
  const words = tokens.map((t) => t.word);
  // "a hundred", "a million", "a quarter": the article is the one.
  let start = at;
  const prev = english && takesEnglishArticle(words[0]!) ? wordBefore(lower, at) : null;
  const article = prev !== null && (prev.word === 'a' || prev.word === 'an');
  if (article) {
    start = prev.start;
    words.unshift('a');
  }
  const r: WordNumber | null = english ? readEnglishNumber(words) : readIndonesianNumber(words);
  const usedTokens = r ? r.used - (article ? 1 : 0) : 0;
  if (!r || usedTokens <= 0) return null;
  const used = tokens.slice(0, usedTokens);
  const end = used[used.length - 1]!.end;
  const lastWord = used[used.length - 1]!.word;

  // "twenty-first", "thirty fifth": an ordinal, not a quantity.
  if (english && !r.fraction) {
    const hyphen = lower[end] === '-';
    const next = plainWordAfter(lower, hyphen ? end + 1 : end);
    if ((hyphen || next.start > end) && EN_ORDINAL_WORDS.has(next.word)) return next.end;
  }
  if (r.fraction) return readWordFraction(ctx, start, end, r, lastWord, used.length === 1 && !article);

  const m = newMention(start, end, r.value, true);
  const sign = wordBefore(lower, start);
  if (sign.word in SIGN_WORDS) {
    m.value = -m.value;
    m.start = sign.start;
    m.sign = '-';
  }
  if (r.scaled) {
    const s = SCALE_WORDS[lastWord];
    if (s !== undefined && s >= 1000) m.scale = s;
  } else if (r.numberWords === 1 && !m.sign) {
    const ratio = readWordRatio(ctx, start, end, r.value);
    if (ratio) return ratio;
  }

  finishRight(ctx, m);
  if (english && tokens[0]!.word === 'one' && used.length === 1 && m.unit === 'day') return null; // "one day", as in "some day"
  if (isOClock(lower, end)) return end; // "twelve o'clock"
  if (isPartOfName(ctx, start, end)) return end; // "Ninety Mile Beach", "the Big Four"
  const strongUnit = m.valueKind !== 'count' || m.scale > 1;
  m.standalone = strongUnit || r.scaled || m.sign !== undefined || r.numberWords >= 2 || Math.abs(m.value) >= 10;
  if (!m.standalone && m.value >= 2) {
    // "two new AI roles", "enam investor baru", "sembilan di antaranya": a count of what was added, or of part of a set.
    const counted = countedAfter(ctx, m.end, m.hasUnit);
    if (counted > 0) {
      m.end = counted;
      m.standalone = true;
    }
  }
  return m;
}

/** Words that end the noun after "new": "two new roles for translators". */
const NOT_NOUN = new Set(['in', 'for', 'to', 'of', 'and', 'or', 'at', 'on', 'with', 'by', 'from', 'the', 'a', 'an', 'that', 'which', 'who', 'this', 'are', 'were', 'is', 'was']);
/** After the number: the part of a set it counts ("of them", "di antaranya"). */
const PARTITIVE = /^\s+(?:of them|of which|di antaranya|di antara mereka)\b/;

/**
 * Where a small count written in words ends when it counts something added or part of a set:
 * "two new AI roles" (up to two words after "new"), "enam investor baru" (one noun, then "baru"),
 * "sembilan di antaranya", "seven of them". -1 when it is a plain determiner ("two leaders").
 * `nounRead`: the noun after the number is read already ("enam karyawan" before "baru").
 */
function countedAfter(ctx: ScanContext, end: number, nounRead: boolean): number {
  const { lower } = ctx;
  const partitive = PARTITIVE.exec(lower.slice(end, end + 24));
  if (partitive) return end + partitive[0].length;
  const next = plainWordAfter(lower, end);
  if (nounRead) return !ctx.english && (next.word === 'baru' || next.word === 'tambahan') && next.start === end + 1 ? next.end : -1;
  if (ctx.english) {
    if (next.word !== 'new' && next.word !== 'additional') return -1;
    let e = -1;
    let p = next.end;
    for (let i = 0; i < 2; i++) {
      const w = plainWordAfter(lower, p);
      if (w.word.length < 2 || w.start !== p + 1 || NOT_NOUN.has(w.word)) break;
      e = p = w.end;
    }
    return e;
  }
  const after = plainWordAfter(lower, next.end);
  return next.word.length > 2 && next.start === end + 1 && (after.word === 'baru' || after.word === 'tambahan') && after.start === next.end + 1 ? after.end : -1;
}

/** A capitalised number word inside a sentence, before another capitalised word: part of a name. */
function isPartOfName(ctx: ScanContext, start: number, end: number): boolean {
  const { text } = ctx;
  const first = text[start] ?? '';
  if (first === first.toLowerCase()) return false;
  let p = start;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
  if (p === 0 || /[.!?\n:;"“(]/.test(text[p - 1]!)) return false; // a sentence starts here
  const next = text[skipSpaces(text, end)] ?? '';
  return next !== next.toLowerCase();
}

/**
 * One-word forms: "twofold", "a dollar", "hundreds of", "seminggu", "sepertiga", "ratusan". Returns the
 * mention, null when the word is not a figure here, or undefined when it is an ordinary number word.
 */
function readOneWordForm(ctx: ScanContext, at: number, wordEnd: number): Mention | null | undefined {
  const { lower } = ctx;
  const first = lower.slice(at, wordEnd);
  if (ctx.english) {
    const fold = FOLD_WORDS[first];
    if (fold !== undefined) {
      const m = newMention(at, wordEnd, fold, true);
      setUnit(m, 'multiplier', null);
      m.standalone = true;
      return m;
    }
    const times = MULTIPLY_WORDS[first];
    if (times !== undefined) return readMultiplyWord(lower, at, wordEnd, times);
    if (first === 'dollar' || first === 'euro') {
      // "a dollar": one of them. "dollar" alone is a word, not a figure.
      const prev = wordBefore(lower, at);
      if (prev.word !== 'a' && prev.word !== 'an') return null;
      const m = newMention(prev.start, prev.end, 1, true);
      finishRight(ctx, m);
      m.standalone = true;
      return m.valueKind === 'money' ? m : null;
    }
    if (EN_VAGUE.has(first)) return readVague(ctx, at, wordEnd, VAGUE_MULTIPLES[first]!);
    return undefined;
  }
  const se = ID_SE_UNITS[first];
  if (se) {
    const m = newMention(at, wordEnd, 1, true);
    setUnit(m, 'duration', se);
    m.standalone = true;
    return m;
  }
  const fraction = ID_FRACTION_WORDS[first];
  if (fraction !== undefined && first !== 'setengah' && first !== 'separuh') return fractionMention(at, wordEnd, fraction);
  const vague = VAGUE_MULTIPLES[first];
  if (vague !== undefined) return readVague(ctx, at, wordEnd, vague);
  return undefined;
}

/**
 * "quadrupled", "a tripling of", "nearly doubled in six months": a multiplier. Not before "to", where
 * the verb belongs to the change it introduces ("doubled to 40%").
 */
function readMultiplyWord(lower: string, at: number, wordEnd: number, times: number): Mention | null {
  if (plainWordAfter(lower, wordEnd).word === 'to') return null;
  const prev = wordBefore(lower, at);
  const m = newMention(prev.word === 'a' ? prev.start : at, wordEnd, times, true);
  setUnit(m, 'multiplier', null);
  m.standalone = true;
  return m;
}

/**
 * A fraction in words, kept only where it is a share: "half of", "more than half", "a third of",
 * "one fifth.", "two-thirds", "setengah dari"; not "the other half", "half a century", "a third term".
 * `alone`: the fraction word stands without a numerator or article ("half", "setengah").
 */
function readWordFraction(ctx: ScanContext, start: number, end: number, r: WordNumber, lastWord: string, alone: boolean): Mention | null {
  const { lower } = ctx;
  if (ctx.english) {
    if (lastWord === 'half' && alone) {
      const next = plainWordAfter(lower, end).word;
      if (next === 'a' || next === 'an' || lower[end] === '-' || PART_BEFORE_HALF.has(wordBefore(lower, start).word)) return null;
      if (!(next === 'of' || next === 'the' || hasQualifierBefore(ctx, start))) return null;
    } else if (r.numberWords <= 2 && !lastWord.endsWith('s') && lastWord !== 'half' && !endsPhrase(lower, end, AFTER_FRACTION)) {
      return null; // a singular denominator is also an ordinal: "a third term", "a fourth quarter"
    }
  } else if (lastWord === 'setengah' && alone && plainWordAfter(lower, end).word !== 'dari') {
    // "setengah jam" is half an hour, "setengah hati" an idiom: a count that needs a unit.
    const m = newMention(start, end, 0.5, true);
    finishRight(ctx, m);
    m.standalone = m.valueKind !== 'count';
    return m.standalone ? m : null;
  }
  return fractionMention(start, end, r.value);
}
