import { useId } from 'preact/hooks';
import { barChart, lineChart, type Datum } from '../../../lib/charts';

interface BarProps {
  caption: string;
  /** One sentence read out instead of the drawing. */
  summary: string;
  data: Datum[];
  max: number;
  ticks: number[];
  /** Column headings of the table version. */
  columns: [string, string];
  /** Label shown under each bar (defaults to the datum's label). */
  short?: (d: Datum, i: number) => string;
}

/** A small bar chart: inline SVG for the eye, a sentence and a table for everyone. */
export function BarChartFigure({ caption, summary, data, max, ticks, columns, short }: BarProps) {
  const id = useId();
  const chart = barChart(data, max, ticks, { width: 360, height: 150, bottom: 26, left: 22 });
  return (
    <figure class="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={summary} class="chart-svg">
        {chart.gridlines.map((g) => (
          <g key={g.value}>
            <line class="chart-grid" x1={22} x2={chart.width} y1={g.y} y2={g.y} />
            <text class="chart-tick" x={16} y={g.y + 4} text-anchor="end">
              {g.value}
            </text>
          </g>
        ))}
        {chart.bars.map((b, i) => (
          <g key={b.label}>
            {b.height > 0 ? (
              <rect class="chart-bar" x={b.x} y={b.y} width={b.width} height={b.height} rx={3} />
            ) : (
              <rect class="chart-bar empty" x={b.x} y={chart.baseline - 2} width={b.width} height={2} />
            )}
            <text class="chart-label" x={b.x + b.width / 2} y={chart.height - 8} text-anchor="middle">
              {short ? short(b, i) : b.label}
            </text>
          </g>
        ))}
      </svg>
      <details class="chart-table">
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td>{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

interface LineProps {
  caption: string;
  summary: string;
  data: Datum[];
  min: number;
  max: number;
  ticks: number[];
  columns: [string, string];
}

/** A small line chart (points joined in order) with the same text alternatives. */
export function LineChartFigure({ caption, summary, data, min, max, ticks, columns }: LineProps) {
  const id = useId();
  const chart = lineChart(data, min, max, ticks, { width: 320, height: 160, bottom: 24, left: 26 });
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  return (
    <figure class="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} role="img" aria-label={summary} class="chart-svg">
        {chart.gridlines.map((g) => (
          <g key={g.value}>
            <line class="chart-grid" x1={26} x2={chart.width} y1={g.y} y2={g.y} />
            <text class="chart-tick" x={20} y={g.y + 4} text-anchor="end">
              {g.value}
            </text>
          </g>
        ))}
        {chart.points.length > 1 && <path class="chart-line" d={chart.path} />}
        {chart.points.map((p, i) => (
          <circle key={i} class="chart-point" cx={p.x} cy={p.y} r={4} />
        ))}
        {first && (
          <text class="chart-label" x={first.x} y={chart.height - 6} text-anchor="start">
            {first.label}
          </text>
        )}
        {last && last !== first && (
          <text class="chart-label" x={last.x} y={chart.height - 6} text-anchor="end">
            {last.label}
          </text>
        )}
      </svg>
      <details class="chart-table">
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={i}>
                <th scope="row">{d.label}</th>
                <td>{d.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
