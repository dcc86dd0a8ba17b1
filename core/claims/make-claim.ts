/**
 * Turns a joined mention into the public claim: its text with the approximation or bound words
 * before it, rounded values, the open bound, the direction and the sentence it stands in.
 */
import type { Claim } from './claim-types.ts';
import { isSpaceCode } from '../text/char-classes.ts';
import { sentenceIndexAt, splitSentences, type SentenceSpan } from '../text/split-sentences.ts';
import { wordAfter, wordBefore } from '../text/words-around.ts';
import type { Mention, Qualifier, ScanContext } from './mention.ts';
import { directionOf, qualifierBefore } from './read-qualifiers.ts';

/** The sentence around an offset, split only when first needed and shared by the claims inside it. */
export class SentenceLookup {
  private spans: SentenceSpan[] | null = null;
  private lastIndex = -1;
  private lastText = '';

  constructor(private readonly text: string) {}

  at(offset: number): string {
    this.spans ??= splitSentences(this.text);
    const i = sentenceIndexAt(this.spans, offset);
    if (i !== this.lastIndex) {
      const s = this.spans[i];
      this.lastIndex = i;
      this.lastText = s ? this.text.slice(s.start, s.end) : '';
    }
    return this.lastText;
  }
}

/**
 * "over two years" is mostly a period ("spending rises by $300 billion over two years"), not a bound;
 * "for over two years", "in over a decade" and "of over 10 years" are bounds.
 */
function isPeriodOver(ctx: ScanContext, q: Qualifier, end: number): boolean {
  if (ctx.lower.slice(q.start, q.start + 4) !== 'over' || !isSpaceCode(ctx.lower.charCodeAt(q.start + 4))) return false;
  const before = wordBefore(ctx.lower, q.start).word;
  const after = wordAfter(ctx.lower, end).word;
  return !BOUND_CONTEXT_BEFORE.has(before) && !BOUND_CONTEXT_AFTER.has(after);
}
const BOUND_CONTEXT_BEFORE = new Set(['for', 'in', 'of', 'after', 'is', 'are', 'was', 'were', 'aged']);
const BOUND_CONTEXT_AFTER = new Set(['old', 'ago', 'earlier', 'of']);

/** Floating-point noise from scaling ("4.76 * 1e9") is not part of a figure. */
function round(v: number): number {
  if (Number.isInteger(v)) return v;
  // Most decimals are exact as read ("1.2", "4.76"): a cheap test before the costly one.
  if (Math.abs(v) < 1e6 && Math.round(v * 1e6) / 1e6 === v) return v;
  return Number(v.toPrecision(12));
}

/** `prevEnd`: end of the previous claim, so a range's qualifier is not looked for inside it. */
export function toClaim(ctx: ScanContext, j: Mention, prevEnd: number, sentences: SentenceLookup): Claim {
  const { text } = ctx;
  const single = !j.range && !j.change;
  // A range or change carries its own lead word ("between", "dari"); look for "roughly" before that.
  let qualifier = single ? j.qualifier : qualifierBefore(ctx, j.start, prevEnd) ?? undefined;
  if (qualifier && j.valueKind === 'duration' && isPeriodOver(ctx, qualifier, j.end)) qualifier = undefined;
  const start = qualifier ? Math.min(qualifier.start, j.start) : j.start;
  const claim: Claim = {
    text: text.slice(start, j.end),
    start,
    end: j.end,
    // A one-sided change ("fell to 15%") says where the figure stands now: that is its value.
    value: single || (j.change && j.change.from === null) ? round(j.change ? j.change.to : j.value) : null,
    unit: j.unit,
    kind: j.range ? 'range' : j.change ? 'change' : j.valueKind,
    valueKind: j.valueKind,
    approx: j.approx || qualifier !== undefined,
    sentence: sentences.at(j.start),
    figureStart: j.figureStart,
    figureEnd: j.figureEnd,
  };
  if (j.range) {
    j.range[0] = round(j.range[0]);
    j.range[1] = round(j.range[1]);
    claim.range = j.range;
  }
  if (j.change) claim.change = { from: j.change.from === null ? null : round(j.change.from), to: round(j.change.to) };
  if (j.per) claim.per = j.per;
  const side = single ? (j.bound ?? qualifier?.bound) : undefined;
  if (side) claim.bound = side === 'lower' ? [round(j.value), null] : [null, round(j.value)];
  const direction = j.direction ?? (single ? directionOf(ctx, start, j.valueKind, j.sign) : undefined);
  if (direction) claim.direction = direction;
  return claim;
}
