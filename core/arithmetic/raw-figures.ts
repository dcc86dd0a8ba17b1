/**
 * Every number the scanner reads in a short text, before claims are made: a list's small bare
 * items ("40 orang", "3") count toward its total even where they are not marked as claims.
 */
import type { Mention, ScanContext } from '../claims/mention.ts';
import { scanMentions } from '../claims/scan-mentions.ts';
import { decimalStyleFor } from '../numbers/parse-digits.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';

const MALAY_LANGS = new Set(['id', 'ms']);

/** Mentions of `text.slice(start, end)`, with offsets in `text`. */
export function rawMentions(text: string, start: number, end: number, lang: string): Mention[] {
  const slice = text.slice(start, end);
  const ctx: ScanContext = {
    text: slice,
    lower: lowerCaseSameLength(slice),
    lang,
    style: decimalStyleFor(lang),
    english: !MALAY_LANGS.has(lang),
    prevEnd: 0,
  };
  const out: Mention[] = [];
  scanMentions(ctx, (m) => {
    m.start += start;
    m.end += start;
    m.figureStart = m.start;
    m.figureEnd += start;
    out.push(m);
  });
  return out;
}
