import type { ChartItem } from './types';

/** Maps values in a unit onto pixels, and says where its ticks go. */
export interface AxisScale {
  readonly kind: 'linear' | 'log';
  /** Pixel position of a finite value; values outside the domain are clamped to its edges. */
  position(value: number): number;
  readonly ticks: readonly number[];
}

/** The finite values an item puts on the axis: its finite bounds and its central value. */
export function finiteValues(items: readonly ChartItem[]): number[] {
  const values: number[] = [];
  for (const { range } of items) {
    for (const v of [range.low, range.high, range.central]) {
      if (v !== undefined && Number.isFinite(v)) values.push(v);
    }
  }
  return values;
}

/**
 * Picks linear or log: log when every finite value is positive and they span at least two
 * orders of magnitude, where a linear axis would squash the small ones into a dot.
 */
export function chooseScaleKind(
  values: readonly number[],
  requested: 'auto' | 'linear' | 'log',
): 'linear' | 'log' {
  const positive = values.length > 0 && values.every((v) => v > 0);
  if (requested === 'linear') return 'linear';
  if (requested === 'log') return positive ? 'log' : 'linear';
  if (!positive) return 'linear';
  return Math.max(...values) / Math.min(...values) >= 100 ? 'log' : 'linear';
}

function niceStep(span: number): number {
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  return nice * magnitude;
}

function linearScale(values: readonly number[], left: number, right: number): AxisScale {
  let min = values.length > 0 ? Math.min(...values) : 0;
  let max = values.length > 0 ? Math.max(...values) : 1;
  // Bars read best from zero when zero is near; a far-off zero would waste the axis.
  if (min > 0 && min <= max / 2) min = 0;
  if (max < 0 && max >= min / 2) max = 0;
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) / 2;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e9; i++) ticks.push(lo + i * step);
  const position = (v: number): number => {
    const t = (Math.min(Math.max(v, lo), hi) - lo) / (hi - lo);
    return left + t * (right - left);
  };
  return { kind: 'linear', position, ticks };
}

function logScale(values: readonly number[], left: number, right: number): AxisScale {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi === lo) hi = lo + 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) {
    ticks.push(10 ** e);
    // With few decades, 2 and 5 within each help the eye; with many they crowd the axis.
    if (hi - lo <= 2 && e < hi) ticks.push(2 * 10 ** e, 5 * 10 ** e);
  }
  ticks.sort((a, b) => a - b);
  const position = (v: number): number => {
    const exponent = v > 0 ? Math.log10(v) : lo;
    const t = (Math.min(Math.max(exponent, lo), hi) - lo) / (hi - lo);
    return left + t * (right - left);
  };
  return { kind: 'log', position, ticks };
}

/** The scale for one panel of items sharing a unit, drawn between pixels `left` and `right`. */
export function axisScale(
  items: readonly ChartItem[],
  requested: 'auto' | 'linear' | 'log',
  left: number,
  right: number,
): AxisScale {
  const values = finiteValues(items);
  return chooseScaleKind(values, requested) === 'log'
    ? logScale(values, left, right)
    : linearScale(values, left, right);
}
