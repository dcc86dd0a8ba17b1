/**
 * Reads a figure written in French, Spanish, Portuguese or German words: a share ("un emploi sur
 * quatre", "uno de cada cuatro", "um em cada cinco", "jedes vierte Unternehmen", "zwei Drittel der
 * Firmen", "deux tiers", "la moitié des salariés") or a small number with a scale or a unit that
 * makes it a figure ("dos millones de puestos", "un gigawatt", "drei Prozent"). A small number
 * alone ("un projet", "deux ans") is an ordinary word, as in English news style.
 */
import type { EuropeanWords } from '../numbers/european-words.ts';
import { isDigitCode, isLetterCode, skipSpaces } from '../text/char-classes.ts';
import { plainWordAfter, wordBefore } from '../text/words-around.ts';
import type { Mention, ScanContext } from './mention.ts';
import { newMention, setUnit } from './mention.ts';
import { finishRight } from './read-after-number.ts';
import { hasQualifierBefore } from './read-qualifiers.ts';

/** Articles that belong to a half: "la moitié", "die Hälfte", "a metade". */
const HALF_ARTICLES = new Set(['la', 'die', 'der', 'a']);
/** Words a share may put between its part and the link: "un emploi sur quatre", "un salarié français sur trois". */
const MAX_NOUN_WORDS = 2;

function share(start: number, end: number, value: number): Mention {
  const m = newMention(start, end, value, true);
  setUnit(m, 'fraction', null);
  m.standalone = true;
  return m;
}

/** The end of one of `links` starting at `p` (spaces skipped) as whole words, or -1. */
function linkEnd(lower: string, p: number, links: readonly string[]): number {
  const q = skipSpaces(lower, p);
  for (const link of links) {
    if (lower.startsWith(link, q) && !isLetterCode(lower.charCodeAt(q + link.length))) return q + link.length;
  }
  return -1;
}

/** The whole after a ratio's link: a number word of the language or digits ("sur quatre", "de cada 5"). */
function wholeAfter(lower: string, p: number, words: EuropeanWords): { value: number; end: number } | null {
  const q = skipSpaces(lower, p);
  if (isDigitCode(lower.charCodeAt(q))) {
    let e = q;
    while (isDigitCode(lower.charCodeAt(e))) e++;
    if (isLetterCode(lower.charCodeAt(e)) || lower[e] === ',' || (lower[e] === '.' && isDigitCode(lower.charCodeAt(e + 1)))) return null;
    return { value: Number(lower.slice(q, e)), end: e };
  }
  const w = plainWordAfter(lower, q);
  const value = words.small[w.word];
  return value === undefined ? null : { value, end: w.end };
}

/** "un emploi sur quatre", "uno de cada cuatro", "einer von vier": the part, up to two nouns, the link and the whole. */
function readRatio(lower: string, at: number, wordEnd: number, part: number, words: EuropeanWords): Mention | null {
  let p = wordEnd;
  for (let nouns = 0; nouns <= MAX_NOUN_WORDS; nouns++) {
    const e = linkEnd(lower, p, words.ratioLinks);
    if (e >= 0) {
      const whole = wholeAfter(lower, e, words);
      return whole && part < whole.value && whole.value <= 100 ? share(at, whole.end, part / whole.value) : null;
    }
    const noun = plainWordAfter(lower, p);
    if (noun.word.length < 2 || noun.start > p + 1 || words.small[noun.word] !== undefined) return null;
    p = noun.end;
  }
  return null;
}

/** A mention, or null when the words are not a figure here (the caller then tries its other readers). */
export function readEuropeanWords(ctx: ScanContext, at: number, wordEnd: number, words: EuropeanWords): Mention | null {
  const { lower } = ctx;
  const first = lower.slice(at, wordEnd);
  const next = plainWordAfter(lower, wordEnd);
  if (words.every.has(first)) {
    // "jedes vierte Unternehmen": one in four.
    const n = words.ordinals[next.word];
    return n ? share(at, next.end, 1 / n) : null;
  }
  if (words.half.has(first)) {
    // "la moitié des salariés", "mehr als die Hälfte": a share only with what it is of, or with a bound.
    const article = wordBefore(lower, at);
    const start = HALF_ARTICLES.has(article.word) ? article.start : at;
    return words.of.has(next.word) || lower.startsWith("d'", skipSpaces(lower, wordEnd)) || hasQualifierBefore(ctx, start) ? share(start, wordEnd, 0.5) : null;
  }
  const n = words.small[first];
  if (n === undefined) return null;
  const d = words.denominators[next.word];
  if (d !== undefined && n < d) {
    // "deux tiers", "zwei Drittel"; "un quinto de" but not "el quinto año".
    if (!words.ordinalDenominators.has(next.word) || words.of.has(plainWordAfter(lower, next.end).word)) return share(at, next.end, n / d);
    return null;
  }
  const ratio = readRatio(lower, at, wordEnd, n, words);
  if (ratio) return ratio;
  // "dos millones de puestos", "un gigawatt", "trois pour cent": a scale, a unit of measure, a percent or money.
  const m = newMention(at, wordEnd, n, true);
  finishRight(ctx, m);
  const figure = m.scale >= 1000 || m.valueKind === 'quantity' || m.valueKind === 'percent' || m.valueKind === 'money';
  if (!figure) return null;
  m.standalone = true;
  return m;
}
