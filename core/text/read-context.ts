/**
 * What a chunk of an article is read after: the headline and lede, and the line before it. A
 * module of its own, free of the extractor and the registry, so the content script can carry it.
 */

/**
 * What a chunk of a longer text is read with: `text`, the text before it (its first `lede`
 * characters the start of the body, its headline and lede; then the line just before the chunk),
 * and `at`, where the chunk starts in the body.
 */
export interface ReadContext {
  text: string;
  lede: number;
  at: number;
}

/** The context of a text read on its own, or after `line` with no lede kept. */
export const lineContext = (line = ''): ReadContext => ({ text: line, lede: 0, at: 0 });

/** The headline and lede kept to read later chunks with: a lede longer than this is cut. */
export const LEDE_CHARS = 1_500;

/**
 * The headline and lede at the start of `text` (at most LEDE_CHARS): the source they name stays
 * the source of figures further down, as a reader keeps it in mind.
 */
export const headlineAndLede = (text: string): string => text.slice(0, Math.min(LEDE_CHARS, ledeEnd(text)));

/**
 * The end of the headline and lede: the first two lines of at least four words. Shorter lines
 * before them (section names, breadcrumbs, a dateline) do not count.
 */
export function ledeEnd(text: string): number {
  let lines = 0;
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(at, end).trim().split(/\s+/).length >= 4) lines++;
    if (lines === 2) return end;
    at = end + 1;
  }
  return text.length;
}
