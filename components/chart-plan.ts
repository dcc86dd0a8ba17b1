/**
 * What a fact's chart plots, given the figure the reader is looking at: the series in the measure
 * that was claimed (a share claimed → shares, when the series says out of how many), the claimed
 * value to mark, and labels in the interface language. When the series measures something else
 * than the claim, the plan says so instead of drawing counts under a share.
 */
import { FIGURE_KINDS, type Fact, type Series } from '../core/registry/fact-types.ts';
import type { ValueKind } from '../core/claims/claim-types.ts';
import type { ClaimCheck } from '../core/registry/check-claim.ts';
import { formatNumber, formatPercent } from './format-figure.ts';

export type Measure = 'share' | 'count';

/** The figure claimed: its kind, its value when it is one number, and the source's figure it was checked against, if any. */
export interface Claimed {
  kind: ValueKind;
  value: number | null;
  /** The source's own figure (from the fact) this claim states or differs from; null when the check names none. */
  figure?: { kind: ValueKind; value: number; tolerance: number } | null;
}

/**
 * What the chart needs of a claim: its kind and value (where a change ends; none for a range, nor
 * where only the kind is known) and the fact's figure its check names.
 */
export function claimedFor(kind: string, value: number | null, fact: Fact, check: ClaimCheck | null | undefined): Claimed | null {
  if (!(FIGURE_KINDS as readonly string[]).includes(kind)) return null;
  const f = check && check.figure !== null ? fact.figures[check.figure] : undefined;
  return { kind: kind as ValueKind, value, figure: f ? { kind: f.kind, value: f.value, tolerance: f.tolerance } : null };
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
  const points = plot(measure, convert);
  // The same kind of number is not yet the same measure (a share of CPU-only systems against a share
  // of accelerated ones): the claim is marked only when the source's figure it was checked against is
  // one of the series' own points; a claim checked against a figure the series does not hold is of another measure.
  const figure = claimed?.figure ? claimedMeasure({ kind: claimed.figure.kind, value: claimed.figure.value }) : null;
  if (claimed?.figure && !(figure && figure.measure === measure && inSeries(points, figure.value!, claimed.figure.tolerance))) {
    return { measure: s.measure, points: plot(s.measure, asIs), claimed: null, otherMeasure: true };
  }
  const value = figure ? (want?.value ?? null) : null;
  return { measure, points, claimed: value === null ? null : { value, text: text(measure, value) }, otherMeasure: false };
}

/** Whether a series point is the figure, within its tolerance or rounding. */
function inSeries(points: ChartPlan['points'], value: number, tolerance: number): boolean {
  const slack = Math.max(tolerance, Math.abs(value) * 0.005);
  return points.some((p) => Math.abs(p.value - value) <= slack);
}
