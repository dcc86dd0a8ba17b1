/**
 * A small bar chart of a fact's series, drawn as SVG. Screen readers get the numbers as a table,
 * not the picture.
 */
import type { Series } from '../core/registry/fact-types.ts';

export function SeriesChart(props: { series: Series; title: string }) {
  const { points, unit } = props.series;
  const width = 280;
  const height = 110;
  const pad = 18;
  // Bars grow from a zero line, up for positive values and down for negative ones.
  const max = Math.max(0, ...points.map((p) => p.value));
  const min = Math.min(0, ...points.map((p) => p.value));
  const span = max - min || 1;
  const plot = height - 2 * pad;
  const zeroY = pad + (plot * max) / span;
  const barW = (width - pad) / points.length - 6;
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {points.map((p, i) => {
          const h = (plot * Math.abs(p.value)) / span;
          const x = pad / 2 + i * (barW + 6);
          const y = p.value >= 0 ? zeroY - h : zeroY;
          return (
            <g key={p.label}>
              <rect x={x} y={y} width={barW} height={Math.max(h, 0.5)} rx="2" fill={p.value >= 0 ? '#3559b7' : '#b45309'} />
              <text x={x + barW / 2} y={p.value >= 0 ? y - 3 : y + h + 10} text-anchor="middle" font-size="10" fill="currentColor">
                {p.value}
              </text>
              <text x={x + barW / 2} y={height - 5} text-anchor="middle" font-size="9" fill="currentColor" opacity=".8">
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption>{props.title}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>
                {p.value} {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
