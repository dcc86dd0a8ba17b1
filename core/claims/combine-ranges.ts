/**
 * Joins neighbouring numbers into ranges ("10 to 20 years", "20-30 persen", "between 20% and 30%",
 * "sepuluh hingga dua puluh tahun", "more than 10 and less than 40", "eight or nine months") and changes
 * ("from 10% to 90%", "dari 10% menjadi 90%", "turun menjadi 15%", "3,000, down from 5,000",
 * "à 0,29 contre 0,30"), reads ratios written with digits ("1 in 4", "1 dari 4", "1 sur 4"), and folds a
 * number restated in brackets into one ("forty-five (45)", "Rp 5.000.000 (lima juta rupiah)",
 * "two-fifths (39%)").
 */
import type { BoundSide } from '../numbers/qualifiers.ts';
import { BOUND_PAIR_LINKS, MOVEMENT_VERBS } from '../numbers/qualifiers.ts';
import {
  AGAINST_AFTER, ALTERNATIVE_LINKS, BETWEEN_LINKS, BETWEEN_WORDS, CHANGE_LINKS, CHANGE_VERBS, FROM_AFTER, FROM_WORDS, INTERVAL_CONTEXT, LEVEL_WORDS,
  RANGE_LINKS, RATIO_LINKS,
} from '../numbers/range-words.ts';
import { isSpaceCode } from '../text/char-classes.ts';
import { letterBefore, NO_WORD, wordBefore } from '../text/words-around.ts';
import type { Mention, ScanContext } from './mention.ts';

/** What `gapText` gives for two numbers too far apart (or across a line) to be one figure. */
const FAR = '\u0000';

/** The words between two offsets, trimmed, with runs of spaces as one. */
function gapText(lower: string, from: number, to: number): string {
  if (to - from > 24 || to < from) return FAR; // too far apart to be one figure
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(lower.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(lower.charCodeAt(e - 1))) e--;
  const gap = lower.slice(s, e);
  if (gap.includes('\n')) return FAR;
  return /\s\s|[\t\u00a0\u202f\u2009]/.test(gap) ? gap.replace(/\s+/g, ' ') : gap;
}

/**
 * A gap with a short time phrase taken out: "in january from" → "from", "pada 2024 menjadi" →
 * "menjadi". A change is often dated between its two figures ("rose to 5.7% in January from 3.9%").
 */
const TIME_PHRASE = /^(?:(?:in|on|by|at|pada|di|per|bulan|tahun)\s+)+(?:the\s+)?[\p{L}\d]+(?:\s\d{4})?,?\s+/u;
function withoutTimePhrase(gap: string): string {
  return gap === FAR ? gap : gap.replace(TIME_PHRASE, '');
}

/** Words a writer puts between "to" and the new figure: "to now almost 3,000", "to just 0.6%", "menjadi hanya 5%". */
const AFTER_CHANGE_LINK = /\s(?:now|just|only|merely|a mere|sekarang|kini|hanya|tinggal)$/;

/**
 * The link of a change with a date and an adverb taken out ("in the autumn to just" → "to"), and the
 * noun the first figure counts when it has no unit of its own ("from 9,000 heads to about 5,000").
 */
function changeLinkOf(gap: string, nounFirst: boolean): string {
  const link = withoutTimePhrase(gap).replace(AFTER_CHANGE_LINK, '');
  return nounFirst ? link.replace(/^\p{L}+\s(?=\S+$)/u, '') : link;
}

/** Before the first figure: it is the size of a change, so "to" names the level reached ("raised by 17,000 to 159,000"). */
const BY_WORDS = new Set(['by', 'sebesar']);

/**
 * "fell by $21 billion to $103.1 billion", "revised up by 17,000 to 159,000": a change's size, then the
 * level it reached. A range after "by" leaves its unit to the second figure and spans less ("by 10 to 20%").
 */
function isSizeThenLevel(a: Mention, b: Mention): boolean {
  return a.hasUnit || (!b.hasUnit && b.value > 2 * a.value);
}

/** Words in brackets after a figure that name the figure it moved from: "Rp3,7 juta (naik dari Rp3,4 juta)". */
const FROM_IN_BRACKETS = /^\((?:(?:naik|turun|meningkat|menurun|up|down|rose|fell|risen|fallen)\s+)?(?:dari|from)$/;

/** Whether `b`, written after `a`, is the figure `a` moved from (see FROM_IN_BRACKETS, FROM_AFTER, AGAINST_AFTER). */
function writesFromAfter(ctx: ScanContext, a: Mention, b: Mention): boolean {
  const { lower } = ctx;
  const gap = gapText(lower, a.end, b.start);
  if (opensBracket(lower, a.end) && FROM_IN_BRACKETS.test(gap)) return true;
  if (FROM_AFTER.test(gap)) return true;
  const lead = letterBefore(lower, a.qualifier?.start ?? a.start) ? wordBefore(lower, a.qualifier?.start ?? a.start).word : '';
  return LEVEL_WORDS.has(lead) && AGAINST_AFTER.test(gap);
}

function opensBracket(lower: string, p: number): boolean {
  let q = p;
  while (isSpaceCode(lower.charCodeAt(q))) q++;
  return lower.charCodeAt(q) === 40; /* ( */
}

/** Whether "from" starts an interval rather than a movement: "salaries range from $80k to $120k". */
function isIntervalContext(lower: string, fromStart: number): boolean {
  let p = fromStart;
  for (let i = 0; i < 3; i++) {
    const w = wordBefore(lower, p);
    if (!w.word) return false;
    if (INTERVAL_CONTEXT.has(w.word)) return true;
    p = w.start;
  }
  return false;
}

/**
 * Joins mentions as the scanner finds them, holding at most three: a number, the next one, and the
 * one after a restatement in brackets. Whatever is settled goes to `emit` at once, so a page with
 * thousands of numbers never keeps them all.
 */
export class MentionJoiner {
  private readonly held: Mention[] = [];

  constructor(
    private readonly ctx: ScanContext,
    private readonly emit: (joined: Mention) => void,
  ) {}

  push(m: Mention): void {
    m.figureStart = m.start; // readers move `start` over a currency, sign or article that belongs to the figure
    this.held.push(m);
    if (this.held.length === 3) this.step();
  }

  flush(): void {
    while (this.held.length > 0) this.step();
  }

  /** Settles the first held mention, looking at the next one or two. */
  private step(): void {
    const { ctx, held } = this;
    const { lower } = ctx;
    const a = held[0]!;
    let used = 1;
    let b = held[1];
    // "two-fifths (39%)", "Two-thirds of leaders (66%)", "almost fivefold (4.8x)": the exact figure in brackets is the one stated.
    if (b && isExactRestatement(ctx, a, b)) {
      a.value = b.value;
      a.valueKind = b.valueKind;
      a.unit = b.unit;
      a.bound = undefined;
      if (a.qualifier) a.qualifier = { start: a.qualifier.start, bound: undefined };
      a.end = a.figureEnd = closingParen(ctx, b.end);
      used = 2;
      b = held[2];
    }
    // "forty-five (45)", "45 (forty five)", "Rp 5.000.000 (lima juta rupiah)".
    else if (b && isRestatement(ctx, a, b)) {
      a.end = a.figureEnd = closingParen(ctx, b.end);
      a.standalone ||= b.standalone;
      a.hasUnit ||= b.hasUnit;
      if (a.valueKind === 'count' && b.valueKind !== 'count') {
        a.valueKind = b.valueKind;
        a.unit = b.unit;
      }
      used = 2;
      b = held[2];
    }
    if (b && isScore(a, b, gapText(lower, a.end, b.start))) {
      this.drop(used + 1); // "4-1": neither number is a figure
      return;
    }
    const joined = b ? joinPair(ctx, a, b) : null;
    if (joined) {
      this.emit(joined);
      this.drop(used + 1);
      return;
    }
    // "Rp3.685.616 (naik dari Rp3.460.672)", "15.000 orang, turun dari 20.000", "à 0,29 contre 0,30": the figure, then the one it moved from.
    if (b && !b.qualifier && a.standalone && writesFromAfter(ctx, a, b) && compatibleKinds(a, b)) {
      a.change = { from: b.value, to: a.value };
      if (a.value !== b.value) a.direction = a.value > b.value ? 'up' : 'down';
      a.end = a.figureEnd = closingParen(ctx, b.end);
      this.emit(a);
      this.drop(used + 1);
      return;
    }
    // "turun menjadi 15%", "fell to 15%", "naik ke 20 persen"; "rose to 5.8% from 4.4%".
    const link = letterBefore(lower, a.qualifier?.start ?? a.start) ? wordBefore(lower, a.qualifier?.start ?? a.start) : NO_WORD;
    if ((link.word === 'menjadi' || link.word === 'to' || link.word === 'ke') && a.standalone) {
      const verb = wordBefore(lower, link.start);
      if (CHANGE_VERBS.has(verb.word)) {
        const fromGap = b ? withoutTimePhrase(gapText(lower, a.end, b.start)) : FAR;
        const from = b && !b.qualifier && (fromGap === 'from' || fromGap === 'dari') && compatibleKinds(a, b) ? b : null;
        a.start = verb.start;
        a.change = { from: from ? from.value : null, to: a.value };
        a.direction = MOVEMENT_VERBS[verb.word];
        if (from) {
          a.end = a.figureEnd = from.end;
          used++;
        }
      }
    }
    this.emit(a);
    this.drop(used);
  }

  private drop(n: number): void {
    for (let i = 0; i < n; i++) this.held.shift();
  }
}

function joinPair(ctx: ScanContext, a: Mention, b: Mention): Mention | null {
  const { lower } = ctx;
  const gap = gapText(lower, a.end, b.start);
  // A qualifier of the second number may stand in the gap ("from about 10 to about 20"), or be the link itself ("10 hingga 20").
  const gapBeforeQualifier = b.qualifier ? gapText(lower, a.end, b.qualifier.start) : gap;
  if (gap === '' && gapBeforeQualifier === '') return null; // "1 2": nothing joins them
  const lead = letterBefore(lower, a.qualifier?.start ?? a.start) ? wordBefore(lower, a.qualifier?.start ?? a.start) : NO_WORD;
  // "$3 to 4 trillion": the second number takes the first one's currency, the first the second one's scale.
  if (RANGE_LINKS.has(gap) && a.valueKind === 'money' && a.scale === 1 && b.valueKind === 'count' && b.unit === null && b.scale > 1 && !b.words) {
    a.value *= b.scale;
    a.scale = b.scale;
    b.valueKind = 'money';
    b.unit = a.unit;
    b.hasUnit = true;
  }
  const compatible = compatibleKinds(a, b);

  const aBound = boundOf(a);
  const bBound = boundOf(b);
  if (aBound && bBound && BOUND_PAIR_LINKS.has(gapBeforeQualifier) && compatible) {
    // "more than 10 and less than 40", "at most 100 and at least 20": one interval, when the bounds face each other.
    const [low, high] = aBound === 'lower' ? [a, b] : [b, a];
    if (boundOf(low) === 'lower' && boundOf(high) === 'upper' && low.value < high.value) {
      const start = a.qualifier?.start ?? a.start;
      return join(a, b, { as: 'range', start, figureStart: start, bounded: true });
    }
    return null;
  }
  if (!compatible || aBound) return null;
  if (BY_WORDS.has(lead.word) && CHANGE_LINKS.has(gap) && isSizeThenLevel(a, b)) return null;
  for (let pass = 0; pass < 2; pass++) {
    const viaQualifier = pass === 1;
    if (viaQualifier && (!b.qualifier || b.qualifier.bound)) continue;
    const g = viaQualifier ? gapBeforeQualifier : gap;
    if (g === FAR) continue;
    const fromWord = FROM_WORDS.has(lead.word);
    if (fromWord && (CHANGE_LINKS.has(g) || CHANGE_LINKS.has(changeLinkOf(g, !a.hasUnit))) && !isIntervalContext(lower, lead.start)) {
      return join(a, b, { as: 'change', start: lead.start, figureStart: lead.start, viaQualifier });
    }
    if (BETWEEN_WORDS.has(lead.word) && BETWEEN_LINKS.has(g)) return join(a, b, { as: 'range', start: lead.start, figureStart: lead.start, viaQualifier });
    if (isScore(a, b, g)) return null;
    // "a"/"à" join a range only after "from"/"de" ("de 10 a 20"); alone they are articles.
    if (RANGE_LINKS.has(g) && !((g === 'a' || g === 'à' || g === 'au') && !fromWord)) {
      if (fromWord) return join(a, b, { as: 'range', start: lead.start, figureStart: lead.start, viaQualifier });
      return join(a, b, { as: 'range', start: a.qualifier?.start ?? a.start, figureStart: a.start, viaQualifier });
    }
  }
  // "eight or nine months", "dua atau tiga tahun": either, one range; not the idiom "one or two".
  if (ALTERNATIVE_LINKS.has(gap) && b.hasUnit && a.value < b.value && b.value <= 2 * a.value && !(a.words && a.value === 1)) {
    return join(a, b, { as: 'range', start: a.qualifier?.start ?? a.start, figureStart: a.start });
  }
  if (RATIO_LINKS.has(gap)) {
    // "1 in 4", "1 dari 4": a share written as a ratio.
    if (!a.words && !b.words && a.valueKind === 'count' && b.valueKind === 'count' && !a.hasUnit && a.value > 0 && a.value < b.value && b.value <= 100) {
      a.end = b.end;
      a.figureEnd = b.figureEnd;
      a.value /= b.value;
      a.valueKind = 'fraction';
      a.standalone = a.hasUnit = true;
      return a;
    }
  }
  return null;
}

/** "4-1", "2–0": two bare numbers joined by a dash, the first not smaller, are a score, not a range. */
function isScore(a: Mention, b: Mention, link: string): boolean {
  return (link === '-' || link === '–' || link === '—') && !a.hasUnit && !b.hasUnit && !a.words && !b.words && a.value >= b.value;
}

/** Whether `b` restates `a` in brackets right after it: "forty-five (45)". */
function isRestatement(ctx: ScanContext, a: Mention, b: Mention): boolean {
  const { text } = ctx;
  let p = a.end;
  while (isSpaceCode(text.charCodeAt(p))) p++;
  if (text[p] !== '(') return false;
  p++;
  while (isSpaceCode(text.charCodeAt(p))) p++;
  if (p !== b.start || Math.abs(a.value - b.value) > 1e-9 * Math.max(1, Math.abs(a.value))) return false;
  return closingParen(ctx, b.end) > b.end;
}

/** Up to three words ("of leaders", "der Unternehmen") and an opening bracket between a figure and its exact restatement. */
const BEFORE_EXACT = /^(?:\s+[\p{L}'’-]+){0,3}\s*\($/u;

/**
 * Whether `b` gives in brackets the exact figure that `a` rounds in words: "two-fifths (39%)",
 * "more than a third of firms (37.3%)", "almost fivefold (4.8x)". Within 15% of each other.
 */
function isExactRestatement(ctx: ScanContext, a: Mention, b: Mention): boolean {
  if (!a.words || b.words || a.range || a.change) return false;
  const asPercent = a.valueKind === 'fraction' && b.valueKind === 'percent';
  if (!asPercent && !(a.valueKind === 'multiplier' && b.valueKind === 'multiplier')) return false;
  if (b.start - a.end > 40 || !BEFORE_EXACT.test(ctx.text.slice(a.end, b.start)) || closingParen(ctx, b.end) === b.end) return false;
  const rounded = asPercent ? a.value * 100 : a.value;
  return Math.abs(rounded - b.value) <= 0.15 * Math.max(rounded, b.value);
}

function closingParen(ctx: ScanContext, p: number): number {
  let q = p;
  while (isSpaceCode(ctx.text.charCodeAt(q))) q++;
  return ctx.text[q] === ')' ? q + 1 : p;
}

function compatibleKinds(a: Mention, b: Mention): boolean {
  if (!a.hasUnit) return b.standalone || b.hasUnit || !a.words;
  if (a.valueKind !== b.valueKind) return false;
  return a.unit === null || b.unit === null || a.unit === b.unit;
}

const boundOf = (m: Mention): BoundSide | undefined => m.bound ?? m.qualifier?.bound;

interface JoinAs {
  as: 'range' | 'change';
  /** Where the claim starts: a lead word ("between", "dari") or the first number's qualifier ("sekitar"). */
  start: number;
  /** Where the figure starts: the lead word, or the first number. */
  figureStart: number;
  /** The second number's approximation stood between the two ("from about 10 to about 20"). */
  viaQualifier?: boolean;
  /** Two bounds facing each other ("more than 10 and less than 40"). */
  bounded?: boolean;
}

/** Makes `a` the range or change from `a` to `b` (it is not used alone any more, so it is reused). */
function join(a: Mention, b: Mention, { as, start, figureStart, viaQualifier = false, bounded = false }: JoinAs): Mention {
  // The first number borrows what only the second one says: "10 to 20 million years".
  let low = a.value;
  if (!a.hasUnit && a.scale === 1 && b.scale > 1) low *= b.scale;
  const joined = a;
  joined.approx = a.approx || b.approx || a.qualifier !== undefined || (viaQualifier && b.qualifier !== undefined) || bounded;
  joined.start = Math.min(start, a.start);
  joined.end = b.end;
  joined.value = low;
  joined.words = a.words || b.words;
  joined.figureStart = figureStart;
  joined.figureEnd = b.figureEnd;
  joined.valueKind = b.hasUnit ? b.valueKind : a.valueKind;
  joined.unit = b.unit ?? a.unit;
  joined.scale = b.scale;
  joined.standalone = a.standalone || b.standalone || a.hasUnit || b.hasUnit;
  joined.hasUnit = true;
  joined.per = b.per ?? a.per;
  joined.sign = joined.bound = joined.qualifier = undefined;
  if (as === 'change') {
    joined.change = { from: low, to: b.value };
    if (low !== b.value) joined.direction = b.value > low ? 'up' : 'down';
  } else {
    joined.range = [Math.min(low, b.value), Math.max(low, b.value)];
  }
  return joined;
}

