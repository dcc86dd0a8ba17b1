/**
 * What a fact's chart plots, given the figure the reader is looking at: the series in the measure
 * that was claimed (a share claimed → shares, when the series says out of how many), the claimed
 * value to mark, and labels in the interface language. When the series measures something else
 * than the claim, the plan says so instead of drawing counts under a share.
 */
import type { Series } from '../core/registry/fact-types.ts';
import type { ValueKind } from '../core/claims/claim-types.ts';
import { formatNumber, formatPercent } from './format-figure.ts';

export type Measure = 'share' | 'count';

/** The figure claimed: its kind, and its value when it is one number. */
export interface Claimed {
  kind: ValueKind;
  value: number | null;
}

export interface ChartPlan {
  measure: Measure;
  points: { label: string; value: number; text: string }[];
  /** The claimed value in the plotted measure, to mark; null when there is none to mark. */
  claimed: { value: number; text: string } | null;
  /** True when the claim measures something the series does not: the chart is of another measure. */
  otherMeasure: boolean;
}

/** What a series' unit says it counts: "% of labour force" is a share, "systems of 500" a count out of 500, "million jobs" counts in millions. */
export function seriesMeasure(unit: string): { measure: Measure; scale: number; total: number | null } {
  const u = unit.trim().toLowerCase();
  if (u.startsWith('%')) return { measure: 'share', scale: 1, total: null };
  const outOf = /\bof\s+(\d[\d,]*)$/.exec(u);
  const total = outOf ? Number(outOf[1]!.replace(/,/g, '')) : null;
  const scale = /^million\b/.test(u) ? 1e6 : /^billion\b/.test(u) ? 1e9 : /^thousand\b/.test(u) ? 1e3 : 1;
  return { measure: 'count', scale, total: total && total > 0 ? total : null };
}

/** The measure of a claimed figure, and its value in that measure (shares in percent points). */
function claimedMeasure(c: Claimed): { measure: Measure; value: number | null } | null {
  if (c.kind === 'percent') return { measure: 'share', value: c.value };
  if (c.kind === 'fraction') return { measure: 'share', value: c.value === null ? null : c.value * 100 };
  if (c.kind === 'count') return { measure: 'count', value: c.value };
  return null;
}

export function chartPlan(series: Series, claimed: Claimed | null, locale: string): ChartPlan {
  const s = seriesMeasure(series.unit);
  const text = (m: Measure, v: number): string => (m === 'share' ? formatPercent(v, locale) : formatNumber(v, locale));
  const plot = (m: Measure, toValue: (v: number) => number): ChartPlan['points'] =>
    series.points.map((p) => {
      const value = toValue(p.value);
      return { label: p.label, value, text: text(m, value) };
    });
  const asIs = (v: number): number => v * s.scale;
  const want = claimed ? claimedMeasure(claimed) : null;
  if (claimed && !want) return { measure: s.measure, points: plot(s.measure, asIs), claimed: null, otherMeasure: true };
  const measure = want?.measure ?? s.measure;
  // A share claimed against counts out of a known whole: plot each count as its share of the whole.
  const convert = measure === 'share' && s.measure === 'count' ? (s.total ? (v: number) => (v * s.scale * 100) / s.total! : null) : measure === s.measure ? asIs : null;
  if (!convert) return { measure: s.measure, points: plot(s.measure, asIs), claimed: null, otherMeasure: true };
  const value = want?.value ?? null;
  return { measure, points: plot(measure, convert), claimed: value === null ? null : { value, text: text(measure, value) }, otherMeasure: false };
}
