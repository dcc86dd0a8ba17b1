/**
 * A part, its total and the share stated with them: "480 of the 1,000 workers surveyed (44%)",
 * "480 (44%) of 1,000", "120 dari 400 perusahaan, atau 30 persen". The share must be the part over
 * the total, within the rounding the text shows.
 */
import type { Claim } from '../claims/claim-types.ts';
import type { ArithmeticFinding } from './arithmetic-check.ts';
import type { ArticleLayout } from './article-layout.ts';
import { shareNote } from './notes.ts';
import { claimInterval, gapBetween, mid, type Interval } from './stated-interval.ts';

/** Between the part and the total. */
const OF = /^(?:out of|of|dari|dari total|dari sebanyak|dari jumlah)(?: (?:the|all|its|their|those|these|a total of))?$/;
/** Between a figure and the share restating it: "… (44%)", "…, or 44%", "… atau 44 persen". */
const RESTATE = /^(?:[^\d;:.]{0,24}\(|,? ?(?:or|atau|that is|yaitu|alias)(?: about| sekitar)?)$/;

/** After a restated share, other words make it a share of something else or of another time: "(44% of them women)", "(44% last year)". */
const AFTER_SHARE = /^(?:$|[),.;:]|(?:said|say|says|reported|agreed|mengatakan|menyatakan|mengaku|setuju)\b)/;
const restatesAlone = (layout: ArticleLayout, share: Claim): boolean => AFTER_SHARE.test(layout.gap(share.end, share.end + 16));

const isPartOrTotal = (c: Claim): boolean => (c.kind === 'count' || c.kind === 'money') && c.value !== null && c.value > 0;

export function findShareSlips(layout: ArticleLayout, lang: string): ArithmeticFinding[] {
  const { claims } = layout;
  const findings: ArithmeticFinding[] = [];
  for (const members of layout.claimsBySentence()) {
    for (let k = 0; k + 1 < members.length; k++) {
      const part = claims[members[k]!]!;
      // "one in four workers (25%)", "1 dari 4 pekerja (25 persen)": a ratio and its percent.
      const restated = claims[members[k + 1]!]!;
      if (part.kind === 'fraction' && part.value !== null && restated.kind === 'percent' && RESTATE.test(layout.gap(part.end, restated.start)) && restatesAlone(layout, restated)) {
        layout.count('ratio');
        const worked = checkRatio(layout, lang, part, restated);
        if (worked) findings.push({ claim: members[k + 1]!, check: { kind: 'arithmetic', status: 'inconsistent', related: [span(part)], ...worked } });
        continue;
      }
      let ti = k + 1;
      let share: number | undefined;
      // "480 (44%) of 1,000": the share may sit between the part and "of".
      const next = claims[members[ti]!]!;
      if (next.kind === 'percent' && RESTATE.test(layout.gap(part.end, next.start))) {
        share = members[ti];
        ti++;
      }
      const total = members[ti] === undefined ? undefined : claims[members[ti]!]!;
      if (!total || !isPartOrTotal(part) || !isPartOrTotal(total) || part.kind !== total.kind) continue;
      if (part.kind === 'money' && part.unit !== total.unit) continue;
      if (part.unit && total.unit && part.unit !== total.unit) continue;
      const before = share === undefined ? part : claims[share]!;
      if (!OF.test(layout.gap(before.end, total.start).replace(/^\)\s*/, '')) || part.value! >= total.value!) continue;
      if (share === undefined) {
        const after = members[ti + 1];
        if (after !== undefined && claims[after]!.kind === 'percent' && RESTATE.test(layout.gap(total.end, claims[after]!.start))) share = after;
      }
      if (share === undefined || !restatesAlone(layout, claims[share]!)) continue;
      layout.count('share');
      const worked = check(layout, lang, part, total, claims[share]!);
      if (worked) findings.push({ claim: share, check: { kind: 'arithmetic', status: 'inconsistent', related: [span(part), span(total)], ...worked } });
    }
  }
  return findings;
}

const span = (c: Claim) => ({ start: c.start, end: c.end });

function check(layout: ArticleLayout, lang: string, part: Claim, total: Claim, share: Claim) {
  const p = claimInterval(layout.text, part, lang);
  const t = claimInterval(layout.text, total, lang);
  const s = claimInterval(layout.text, share, lang);
  if (!p || !t || !s || t.lo <= 0 || share.value === null) return null;
  const computed: Interval = { lo: (p.lo / t.hi) * 100, hi: (Math.min(p.hi, t.hi) / t.lo) * 100 };
  const g = gapBetween(s, computed);
  if (g <= 1 || g <= 0.05 * mid(computed)) return null;
  const percent = (part.value! / total.value!) * 100;
  const figure = (c: Claim) => layout.text.slice(c.figureStart ?? c.start, c.figureEnd ?? c.end).trim();
  return {
    expected: { value: Number(percent.toPrecision(4)), unit: '%' },
    note: shareNote(lang, { part: figure(part), total: figure(total), percent, stated: layout.text.slice(share.start, share.figureEnd ?? share.end).trim() }),
  };
}

function checkRatio(layout: ArticleLayout, lang: string, ratio: Claim, share: Claim) {
  const s = claimInterval(layout.text, share, lang);
  if (!s || ratio.value === null) return null;
  const percent = ratio.value * 100;
  // "a third" may be 30–36%: a ratio is itself a rounding.
  const computed: Interval = { lo: percent * 0.9, hi: percent * 1.1 };
  if (gapBetween(s, computed) <= 1) return null;
  return {
    expected: { value: Number(percent.toPrecision(4)), unit: '%' },
    note: shareNote(lang, {
      part: layout.text.slice(ratio.figureStart ?? ratio.start, ratio.figureEnd ?? ratio.end).trim(),
      total: '',
      percent,
      stated: layout.text.slice(share.start, share.figureEnd ?? share.end).trim(),
    }),
  };
}
