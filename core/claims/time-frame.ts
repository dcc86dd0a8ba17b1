/**
 * A duration that only frames another figure: "a 77% raise over six years", "in the past 12 months",
 * "within five years", "six months later", "a five-year period", "dalam 5 tahun ke depan", "lima tahun
 * terakhir", "enam tahun lalu". The figure a reader checks is the one it frames (the 77%, the 40%);
 * the span itself is a horizon or a window, not a claim. A duration that is the fact itself ("the
 * strike lasted 45 days", "for 80 days", "selama hampir enam minggu", "16 hours a day") is not a frame.
 */
import type { Claim } from './claim-types.ts';
import { lowerCaseSameLength } from '../text/lower-case.ts';
import { isLetterCode } from '../text/char-classes.ts';
import { plainWordAfter, wordBefore } from '../text/words-around.ts';

/** Words right before a duration that make it a frame ("over", "the past", "kurun"). */
const FRAME_BEFORE = new Set([
  'over', 'during', 'past', 'prior', 'last', 'next', 'coming', 'first', 'following', 'the', 'those', 'these', 'kurun', 'jangka',
  'últimos', 'últimas', 'próximos', 'próximas', 'derniers', 'dernières', 'prochains', 'prochaines', 'letzten', 'nächsten', 'kommenden',
]);
/**
 * "in", "within", "dalam" frame a span of months or years ("within ten years", "dalam 5 tahun"); before a
 * shorter span they say how long something takes ("drawn in ten minutes", "dua puluh versi dalam satu minggu").
 */
const HORIZON_BEFORE = new Set(['in', 'within', 'dalam', 'em', 'en', 'dans', 'innerhalb']);
const HORIZON_UNITS = new Set(['year', 'decade', 'month']);
/** Words right after a duration that make it a frame ("ago", "later", "since", "lalu", "terakhir", "mendatang"). */
const FRAME_AFTER = new Set([
  'ago', 'later', 'earlier', 'since', 'hence', 'lalu', 'silam', 'kemudian', 'mendatang', 'terakhir', 'berikutnya', 'belakangan', 'atrás',
]);
/** Two-word frames after a duration: "from now", "ke depan". */
const FRAME_AFTER_PAIRS = new Map([['from', 'now'], ['ke', 'depan']]);

/** How much text around a claim the test looks at. */
const WINDOW = 40;

/** Whether `claim` (offsets in `text`) is a duration that frames another figure rather than a figure of its own. */
export function isTimeFrame(text: string, claim: Claim): boolean {
  if (claim.valueKind !== 'duration' || claim.change || claim.per) return false;
  const from = Math.max(0, claim.start - WINDOW);
  const lower = lowerCaseSameLength(text.slice(from, Math.min(text.length, claim.end + WINDOW)));
  const start = claim.start - from;
  const end = claim.end - from;
  const before = wordBefore(lower, start).word;
  if (FRAME_BEFORE.has(before) || (HORIZON_BEFORE.has(before) && HORIZON_UNITS.has(claim.unit ?? ''))) return true;
  const next = plainWordAfter(lower, end);
  if (FRAME_AFTER.has(next.word)) return true;
  const pair = FRAME_AFTER_PAIRS.get(next.word);
  if (pair !== undefined && plainWordAfter(lower, next.end).word === pair) return true;
  // "a five-year period", "their 12-month average": the duration describes the noun after it.
  return isHyphenatedModifier(claim, lower, end);
}

/** "12-month average", "five-year plan": the unit joined to the number by a hyphen, a word right after it. */
function isHyphenatedModifier(claim: Claim, lower: string, end: number): boolean {
  const figureEnd = claim.figureEnd ?? claim.end;
  if (!/^[-‑]\p{L}/u.test(claim.text.slice(figureEnd - claim.start))) return false;
  return lower[end] === ' ' && isLetterCode(lower.charCodeAt(end + 1));
}

/** The claims without the time frames the registry knows nothing about (one it has a fact on, such as a forecast's "10 to 20 years", stays). */
export function withoutUnmatchedTimeFrames<C extends Claim & { fact: unknown }>(claims: C[], text: string): C[] {
  return claims.filter((c) => c.fact !== null || !isTimeFrame(text, c));
}
