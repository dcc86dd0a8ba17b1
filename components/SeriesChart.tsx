/**
 * A small bar chart of a fact's series, drawn as SVG, in the measure that was claimed (see
 * chart-plan.ts): its axis named, the claimed value marked by a dashed line, numbers written in the
 * interface language. Screen readers get the numbers as a table, not the picture.
 */
import type { Series } from '../core/registry/fact-types.ts';
import { chartPlan, type Claimed } from './chart-plan.ts';

export interface ChartLabels {
  /** "Share (%)" and "Number": the axis, by measure. */
  axisShare: string;
  axisCount: string;
  /** "In the article: 29%". */
  claimed: (value: string) => string;
  /** Said when the series measures something else than the claim. */
  otherMeasure: string;
  /** The interface language, for numbers. */
  locale: string;
}

export function SeriesChart(props: { series: Series; title: string; claimed?: Claimed | null; labels: ChartLabels }) {
  const { labels } = props;
  const plan = chartPlan(props.series, props.claimed ?? null, labels.locale);
  const { points } = plan;
  const axis = plan.measure === 'share' ? labels.axisShare : labels.axisCount;
  const claimedText = plan.claimed ? labels.claimed(plan.claimed.text) : '';
  const width = 280;
  const height = 130;
  const left = 8;
  const top = 20;
  const bottom = 18;
  // Bars grow from a zero line, up for positive values and down for negative ones; the claimed value fits too.
  const values = [...points.map((p) => p.value), ...(plan.claimed ? [plan.claimed.value] : [])];
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plot = height - top - bottom;
  const yOf = (v: number): number => top + (plot * (max - v)) / span;
  const zeroY = yOf(0);
  const barW = (width - left) / points.length - 6;
  return (
    <figure class="chart" data-measure={plan.measure}>
      <figcaption>{props.title}</figcaption>
      <p class="chart-axis">{axis}</p>
      {plan.otherMeasure ? <p class="chart-other">{labels.otherMeasure}</p> : null}
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        <line x1={left / 2} y1={zeroY} x2={width} y2={zeroY} stroke="currentColor" stroke-opacity=".5" />
        {points.map((p, i) => {
          const h = Math.abs(yOf(p.value) - zeroY);
          const x = left / 2 + i * (barW + 6) + 3;
          const y = p.value >= 0 ? zeroY - h : zeroY;
          return (
            <g key={p.label}>
              <rect x={x} y={y} width={barW} height={Math.max(h, 0.5)} rx="2" fill={p.value >= 0 ? '#3559b7' : '#b45309'} />
              <text x={x + barW / 2} y={p.value >= 0 ? y - 3 : y + h + 10} text-anchor="middle" font-size="10" fill="currentColor">
                {p.text}
              </text>
              <text x={x + barW / 2} y={height - 5} text-anchor="middle" font-size="9" fill="currentColor" opacity=".8">
                {p.label}
              </text>
            </g>
          );
        })}
        {plan.claimed ? (
          <g class="claimed-mark">
            <line x1={left / 2} y1={yOf(plan.claimed.value)} x2={width} y2={yOf(plan.claimed.value)} stroke="#c2410c" stroke-width="2" stroke-dasharray="5 3" />
          </g>
        ) : null}
      </svg>
      {plan.claimed ? (
        <p class="chart-claimed">
          <span class="claimed-key" aria-hidden="true" /> {claimedText}
        </p>
      ) : null}
      <table class="sr-only">
        <caption>
          {props.title} ({axis})
        </caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
