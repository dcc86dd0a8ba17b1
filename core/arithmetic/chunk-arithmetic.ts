/**
 * The article's own arithmetic when the page is read in chunks: each chunk is checked with the end
 * of the chunk before it, so a relation across the boundary (a list and the total stated above it)
 * is found as if the text were read at once. Browser-free, for the tab and its tests.
 */
import type { EarlierCheck, MatchedClaim } from '../analyze-text.ts';
import type { MatchableFact } from '../registry/fact-types.ts';

/** How much of the previous chunk is read again with the next (the background reads no more than this). */
export const BEFORE_CHARS = 2_000;

/** The end of a chunk, from a line start, that the next chunk's arithmetic reads again. */
export function textBefore(text: string): string {
  if (text.length <= BEFORE_CHARS) return text;
  const lineStart = text.indexOf('\n', text.length - BEFORE_CHARS);
  return lineStart < 0 ? '' : text.slice(lineStart + 1);
}

/**
 * Checks a chunk found on claims of the chunk before it (`before` is the end of that chunk's text
 * it was read with): onto those claims, with offsets in their own text.
 */
export function attachEarlier(prev: { projection: { text: string }; claims: MatchedClaim<MatchableFact>[] } | null, before: string, earlier: EarlierCheck[]): void {
  if (!prev || earlier.length === 0) return;
  const shift = prev.projection.text.length - before.length;
  for (const { start, check } of earlier) {
    const claim = prev.claims.find((c) => c.start === start + shift);
    if (!claim) continue;
    const related = check.related.map((r) => ({ start: r.start + shift, end: r.end + shift }));
    const checks = (claim.checks ??= []);
    if (!checks.some((k) => k.note === check.note)) checks.push({ ...check, related });
  }
}
