/**
 * The scanner: one pass over the text that stops at digits, decimal marks that open a number
 * (".08", ",77"), number words and fraction characters, and hands each to its reader. Web addresses
 * are stepped over whole. Whatever a reader takes or skips is not looked at again.
 */
import { EUROPEAN_WORDS, europeanStartWords } from '../numbers/european-words.ts';
import { VULGAR_FRACTIONS } from '../numbers/lexicon.ts';
import { isDigitCode, isLetterCode, isSpaceCode } from '../text/char-classes.ts';
import type { Mention, ScanContext } from './mention.ts';
import { newMention, setUnit } from './mention.ts';
import { readDigitMention } from './read-digit-mention.ts';
import { readEuropeanWords } from './read-european-words.ts';
import { EN_START_WORDS, ID_START_WORDS, readWordMention } from './read-word-mention.ts';

/** French, Spanish, Portuguese and German words that may start a figure, by language. */
const EUROPEAN_START_WORDS = new Map(Object.entries(EUROPEAN_WORDS).map(([lang, words]) => [lang, europeanStartWords(words)]));
const LONGEST_START_WORD = Math.max(
  ...[...EN_START_WORDS, ...ID_START_WORDS, ...[...EUROPEAN_START_WORDS.values()].flatMap((set) => [...set])].map((w) => w.length),
);

/** Digits, decimal marks that open a number (".08", ",77"), number words and fraction characters, left to right. */
export function scanMentions(ctx: ScanContext, found: (m: Mention) => void): void {
  const { text, lower } = ctx;
  const startWords = ctx.english ? EN_START_WORDS : ID_START_WORDS;
  const european = EUROPEAN_WORDS[ctx.lang];
  const europeanStarts = EUROPEAN_START_WORDS.get(ctx.lang);
  const decimalMark = ctx.style === 'dot' ? 46 : 44;
  const n = text.length;
  let i = 0;
  const accept = (m: Mention): void => {
    found(m);
    ctx.prevEnd = m.end;
    i = Math.max(m.end, i + 1);
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c) || (c === decimalMark && isDigitCode(text.charCodeAt(i + 1)) && opensNumber(text, i))) {
      const r = readDigitMention(ctx, i);
      if (typeof r === 'number') i = Math.max(r, i + 1);
      else accept(r);
      continue;
    }
    if (isLetterCode(c)) {
      let e = i + 1;
      while (e < n && isLetterCode(text.charCodeAt(e))) e++;
      if (startsUrl(lower, i, e)) {
        // Numbers inside a web address ("?q=30%25", "/2024/11/") are not figures.
        while (e < n && !isSpaceCode(text.charCodeAt(e)) && text[e] !== '\n') e++;
        i = e;
        continue;
      }
      if (e - i <= LONGEST_START_WORD && european && europeanStarts?.has(lower.slice(i, e))) {
        // "un emploi sur quatre", "dos millones": the page's own language first, then the English words.
        const r = readEuropeanWords(ctx, i, e, european);
        if (r) {
          accept(r);
          continue;
        }
      }
      if (e - i <= LONGEST_START_WORD && startWords.has(lower.slice(i, e))) {
        const r = readWordMention(ctx, i, e);
        if (r === null) i = e;
        else if (typeof r === 'number') i = Math.max(r, e);
        else {
          accept(r);
          continue;
        }
        continue;
      }
      i = e;
      continue;
    }
    const vulgar = VULGAR_FRACTIONS[text[i]!];
    if (vulgar !== undefined) {
      const m = newMention(i, i + 1, vulgar, false);
      setUnit(m, 'fraction', null);
      accept(m);
      continue;
    }
    i++;
  }
}

function startsUrl(lower: string, start: number, end: number): boolean {
  const len = end - start;
  if (len === 3 && lower.startsWith('www.', start)) return true;
  return (len === 4 || len === 5) && lower.startsWith('://', end) && (lower.startsWith('http', start) || lower.startsWith('ftp', start));
}

/** A decimal mark opens a number (".08") only after a space, a bracket or the start, not inside "v1.2" or "a.5". */
function opensNumber(text: string, i: number): boolean {
  if (i === 0) return true;
  const b = text.charCodeAt(i - 1);
  return !(isLetterCode(b) || isDigitCode(b) || b === 46 || b === 44);
}
