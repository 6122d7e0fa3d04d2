/**
 * Geometry for the small inline SVG charts (no DOM): islands draw the shapes these return and
 * always show the same numbers as text beside them.
 */

export interface Datum {
  label: string;
  value: number;
}

export interface Bar extends Datum {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Gridline {
  y: number;
  value: number;
}

export interface BarChart {
  width: number;
  height: number;
  /** Top of the plot area and the baseline (y of value 0). */
  top: number;
  baseline: number;
  bars: Bar[];
  gridlines: Gridline[];
}

export interface ChartSize {
  width?: number;
  height?: number;
  /** Space under the baseline for labels. */
  bottom?: number;
  /** Space left of the plot for the scale. */
  left?: number;
}

/** Vertical bars from 0 to `max` (values are clamped), with gridlines at `ticks`. */
export function barChart(
  data: readonly Datum[],
  max: number,
  ticks: readonly number[],
  size: ChartSize = {},
): BarChart {
  const width = size.width ?? 320;
  const height = size.height ?? 140;
  const bottom = size.bottom ?? 24;
  const left = size.left ?? 20;
  const top = 8;
  const baseline = height - bottom;
  const plot = baseline - top;
  const slot = (width - left) / Math.max(1, data.length);
  const barWidth = Math.max(2, slot * 0.64);
  const scale = (v: number) => (Math.min(Math.max(v, 0), max) / (max || 1)) * plot;
  const bars = data.map((d, i) => {
    const h = scale(d.value);
    return {
      ...d,
      x: round(left + i * slot + (slot - barWidth) / 2),
      y: round(baseline - h),
      width: round(barWidth),
      height: round(h),
    };
  });
  const gridlines = ticks.map((value) => ({ value, y: round(baseline - scale(value)) }));
  return { width, height, top, baseline, bars, gridlines };
}

export interface Point extends Datum {
  x: number;
  y: number;
}

export interface LineChart {
  width: number;
  height: number;
  top: number;
  baseline: number;
  points: Point[];
  /** SVG path data joining the points in order ("M x y L x y ..."). */
  path: string;
  gridlines: Gridline[];
}

/** Points spaced evenly left to right, values from `min` to `max`, joined by a line. */
export function lineChart(
  data: readonly Datum[],
  min: number,
  max: number,
  ticks: readonly number[],
  size: ChartSize = {},
): LineChart {
  const width = size.width ?? 320;
  const height = size.height ?? 140;
  const bottom = size.bottom ?? 24;
  const left = size.left ?? 24;
  const right = 8;
  const top = 8;
  const baseline = height - bottom;
  const plot = baseline - top;
  const span = max - min || 1;
  const yOf = (v: number) => round(baseline - ((Math.min(Math.max(v, min), max) - min) / span) * plot);
  const step = data.length > 1 ? (width - left - right) / (data.length - 1) : 0;
  const points = data.map((d, i) => ({
    ...d,
    x: round(data.length > 1 ? left + i * step : (left + width - right) / 2),
    y: yOf(d.value),
  }));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
  const gridlines = ticks.map((value) => ({ value, y: yOf(value) }));
  return { width, height, top, baseline, points, path, gridlines };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
