/**
 * A list of items, one figure a line, and the total the article states next to it:
 *   "PHK tercatat 10.665 orang. Rinciannya:
 *    Pabrik A, 1.065 orang / Pabrik B, 8.504 orang / …"
 * Only a near miss is a finding: a stated total within 1% of the sum but not equal to it is the
 * same total with a slip in it. A figure far from the sum is some other quantity, and a list that
 * adds up to any figure nearby is consistent.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { Mention } from '../claims/mention.ts';
import type { ArithmeticFinding } from './arithmetic-check.ts';
import type { ArticleLayout } from './article-layout.ts';
import { sumNote } from './notes.ts';
import { rawMentions } from './raw-figures.ts';
import { claimInterval, gapBetween, halfUnit } from './stated-interval.ts';

/** A list item is a short line. */
const MAX_ITEM_CHARS = 160;
const MIN_ITEMS = 3;
/** Lines before the list where its total may be stated, and lines after it. */
const LINES_BEFORE = 4;
const LINES_AFTER = 2;
/** How close a stated total must be to the sum to be read as the same total. */
const NEAR = 0.01;
const TOTAL_LINE = /^\W*(total|jumlah|sum|in all|overall|keseluruhan|seluruhnya)\b/i;

interface Item {
  mention: Mention;
  kind: 'count' | 'money';
  unit: string | null;
}

function itemOf(layout: ArticleLayout, line: { start: number; end: number }, lang: string): Item | null {
  if (line.end - line.start > MAX_ITEM_CHARS) return null;
  // An item is one entry: not the line that introduces the list, states its total, or runs as prose.
  const words = layout.text.slice(line.start, line.end);
  if (/:$/.test(words) || /[.!?]\s/.test(words) || TOTAL_LINE.test(words)) return null;
  const figures = rawMentions(layout.text, line.start, line.end, lang).filter((m) => m.valueKind === 'count' || m.valueKind === 'money' || m.valueKind === 'percent');
  if (figures.length !== 1) return null;
  const m = figures[0]!;
  if (m.valueKind === 'percent' || m.value <= 0 || m.range || m.change) return null;
  return { mention: m, kind: m.valueKind as 'count' | 'money', unit: m.valueKind === 'money' ? m.unit : null };
}

/** The first claim that starts at or after `offset` (claims are in text order). */
function firstClaimFrom(claims: Claim[], offset: number): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (claims[m]!.start < offset) lo = m + 1;
    else hi = m;
  }
  return lo;
}

export function findListTotalSlips(layout: ArticleLayout, lang: string): ArithmeticFinding[] {
  const { lines } = layout;
  const items = lines.map((l) => itemOf(layout, l, lang));
  const findings: ArithmeticFinding[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = items[i];
    let j = i;
    while (first && j < lines.length && items[j] && items[j]!.kind === first.kind && items[j]!.unit === first.unit) j++;
    if (!first || j - i < MIN_ITEMS) {
      i = Math.max(j, i + 1);
      continue;
    }
    const finding = checkList(layout, lang, items.slice(i, j) as Item[], i, j);
    if (finding) findings.push(finding);
    i = j;
  }
  return findings;
}

/** The list on lines `i` to `j` (excluded) against the totals stated a few lines around it. */
function checkList(layout: ArticleLayout, lang: string, run: Item[], i: number, j: number): ArithmeticFinding | null {
  const { lines, claims, text } = layout;
  const from = lines[Math.max(0, i - LINES_BEFORE)]!.start;
  const to = lines[Math.min(lines.length - 1, j - 1 + LINES_AFTER)]!.end;
  const listStart = lines[i]!.start;
  const listEnd = lines[j - 1]!.end;
  const figure = (m: Mention) => text.slice(m.figureStart, m.figureEnd).trim();
  const sum = run.reduce((s, it) => s + it.mention.value, 0);
  const slack = run.reduce((s, it) => s + halfUnit(it.mention.value, figure(it.mention).match(/\d[\d.,]*/)?.[0], lang, true), 0);
  const candidates: { index: number; claim: Claim }[] = [];
  for (let index = firstClaimFrom(claims, from); index < claims.length && claims[index]!.start < to; index++) {
    const c = claims[index]!;
    if (c.value === null || c.kind !== run[0]!.kind || (c.start >= listStart && c.start < listEnd)) continue;
    if (c.kind === 'money' && c.unit !== run[0]!.unit) continue;
    candidates.push({ index, claim: c });
  }
  if (candidates.length === 0) return null;
  layout.count('list');
  // Any figure nearby that the items add up to: the list is consistent.
  const sumInterval = { lo: sum - slack, hi: sum + slack };
  if (candidates.some(({ claim }) => gapBetween(claimInterval(text, claim, lang)!, sumInterval) === 0)) return null;
  const distance = (c: Claim): number => (c.start < listStart ? listStart - c.end : c.start - listEnd);
  const near = candidates
    .filter(({ claim }) => !claim.approx && Math.abs(claim.value! - sum) <= NEAR * claim.value!)
    .sort((a, b) => distance(a.claim) - distance(b.claim))[0];
  if (!near) return null;
  const stated = text.slice(near.claim.figureStart ?? near.claim.start, near.claim.figureEnd ?? near.claim.end).trim();
  return {
    claim: near.index,
    check: {
      kind: 'arithmetic',
      status: 'inconsistent',
      related: run.map((it) => ({ start: it.mention.start, end: it.mention.end })),
      expected: { value: Number(sum.toPrecision(12)), unit: near.claim.unit },
      note: sumNote(lang, { parts: run.map((it) => figure(it.mention)), sum, stated }),
    },
  };
}
