import { describe, expect, it } from 'vitest';
import { chartPlan, seriesMeasure } from '../../components/chart-plan.ts';
import { BUNDLED_FACTS } from '../../core/registry/bundled-registry.ts';

const fact = (id: string) => BUNDLED_FACTS.find((f) => f.id === id)!;
const series = (id: string) => fact(id).series!;
/** The fact's figure of that value, as the check names it. */
const figureOf = (id: string, value: number) => {
  const f = fact(id).figures.find((g) => g.value === value)!;
  return { kind: f.kind, value: f.value, tolerance: f.tolerance };
};

describe('what a series measures', () => {
  it('reads shares, counts out of a whole, and counts in millions from the unit', () => {
    expect(seriesMeasure('% of labour force')).toEqual({ measure: 'share', scale: 1, total: null });
    expect(seriesMeasure('systems of 500')).toEqual({ measure: 'count', scale: 1, total: 500 });
    expect(seriesMeasure('million jobs, net')).toEqual({ measure: 'count', scale: 1e6, total: null });
    expect(seriesMeasure('employees')).toEqual({ measure: 'count', scale: 1, total: null });
  });
});

describe('the chart plots the measure that was claimed', () => {
  it('turns counts out of a known whole into shares when a share is claimed, and marks the claim', () => {
    const plan = chartPlan(series('top500-cpu-gpu-share'), { kind: 'percent', value: 29, figure: figureOf('top500-cpu-gpu-share', 29) }, 'en');
    expect(plan.measure).toBe('share');
    expect(plan.otherMeasure).toBe(false);
    expect(plan.points[0]).toEqual({ label: 'Nov 2018', value: 27.6, text: '27.6%' });
    expect(plan.claimed).toEqual({ value: 29, text: '29%' });
    expect(chartPlan(series('top500-cpu-gpu-share'), { kind: 'percent', value: 29 }, 'id').points[0]!.text).toBe('27,6%');
  });

  it('keeps counts when a count is claimed, in words in the interface language', () => {
    const wef = { kind: 'count' as const, value: 78_000_000, figure: figureOf('wef-future-of-jobs-2025-created-displaced', 78_000_000) };
    const plan = chartPlan(series('wef-future-of-jobs-2025-created-displaced'), wef, 'id');
    expect(plan.measure).toBe('count');
    expect(plan.points.map((p) => p.text)).toEqual(['12 juta', '-14 juta', '78 juta']);
    expect(plan.claimed).toEqual({ value: 78_000_000, text: '78 juta' });
    expect(chartPlan(series('wef-future-of-jobs-2025-created-displaced'), wef, 'en').claimed!.text).toBe('78 million');
  });

  it('marks nothing when the source figure the claim was checked against is not one the series plots', () => {
    // 71% of systems CPU-only is a share, as the series' accelerated shares are, but another measure.
    const plan = chartPlan(series('top500-cpu-gpu-share'), { kind: 'percent', value: 90, figure: figureOf('top500-cpu-gpu-share', 71) }, 'en');
    expect(plan).toMatchObject({ claimed: null, otherMeasure: true });
    // A share with no source figure named is plotted as a share, but not marked.
    expect(chartPlan(series('top500-cpu-gpu-share'), { kind: 'percent', value: 90, figure: null }, 'en')).toMatchObject({ measure: 'share', claimed: null, otherMeasure: false });
  });

  it('marks nothing and says it is another measure when the series cannot be read in the claimed one', () => {
    const share = chartPlan(series('wef-future-of-jobs-2025-created-displaced'), { kind: 'percent', value: 22 }, 'en');
    expect(share).toMatchObject({ measure: 'count', claimed: null, otherMeasure: true });
    const money = chartPlan(series('klarna-headcount-and-human-agents'), { kind: 'money', value: 203_000 }, 'en');
    expect(money).toMatchObject({ measure: 'count', claimed: null, otherMeasure: true });
    const count = chartPlan(series('bps-indonesia-open-unemployment-rate'), { kind: 'count', value: 7_460_000 }, 'en');
    expect(count).toMatchObject({ measure: 'share', claimed: null, otherMeasure: true });
  });

  it('plots a share series as shares, and with no claim the series as it is', () => {
    const bps = { kind: 'percent' as const, value: 4.9, figure: figureOf('bps-indonesia-open-unemployment-rate', 4.85) };
    expect(chartPlan(series('bps-indonesia-open-unemployment-rate'), bps, 'en').claimed).toEqual({ value: 4.9, text: '4.9%' });
    expect(chartPlan(series('klarna-headcount-and-human-agents'), null, 'en').points[0]!.text).toBe('5,527');
  });
});
