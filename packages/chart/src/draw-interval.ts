import type { Range } from '@reckon/range';
import type { AxisScale } from './axis-scale';

const ARROW = 8;

/** Where an interval's ends fall, and what each end means. */
interface EndPoint {
  readonly x: number;
  readonly kind: 'open' | 'inclusive' | 'exclusive';
}

function end(value: number, inclusive: boolean, edge: number, scale: AxisScale): EndPoint {
  if (!Number.isFinite(value)) return { x: edge, kind: 'open' };
  // A bound a log axis cannot show (zero or below) runs off the left edge like an open one.
  if (scale.kind === 'log' && value <= 0) return { x: edge, kind: 'open' };
  return { x: scale.position(value), kind: inclusive ? 'inclusive' : 'exclusive' };
}

function marker(point: EndPoint, y: number, direction: -1 | 1): string {
  const { x } = point;
  switch (point.kind) {
    case 'open':
      // An arrowhead: the range goes on past the axis.
      return `<path class="bound open" d="M${x} ${y}l${-direction * ARROW} ${-ARROW / 2}v${ARROW}z"/>`;
    case 'inclusive':
      return `<circle class="bound inclusive" cx="${x}" cy="${y}" r="4"/>`;
    case 'exclusive':
      return `<circle class="bound exclusive" cx="${x}" cy="${y}" r="4"/>`;
  }
}

/**
 * The SVG of one range on its axis at height `y`: a bar between the ends, a filled dot for
 * an inclusive bound, a hollow one for an exclusive bound, an arrowhead at the plot's edge for
 * an open bound, and a diamond for the central value.
 */
export function drawInterval(
  range: Range,
  y: number,
  scale: AxisScale,
  left: number,
  right: number,
): string {
  const low = end(range.low, range.lowInclusive, left - ARROW, scale);
  const high = end(range.high, range.highInclusive, right + ARROW, scale);
  const lowX = low.kind === 'open' ? low.x + ARROW : low.x;
  const highX = high.kind === 'open' ? high.x - ARROW : high.x;
  const parts = [
    `<line class="bar" x1="${round(lowX)}" y1="${y}" x2="${round(highX)}" y2="${y}"/>`,
    marker({ ...low, x: round(low.x) }, y, -1),
    marker({ ...high, x: round(high.x) }, y, 1),
  ];
  // A central value off the axis (not finite) has no place to be drawn.
  if (range.central !== undefined && Number.isFinite(range.central)) {
    const cx = round(scale.position(range.central));
    parts.push(`<path class="central" d="M${cx} ${y - 6}l6 6l-6 6l-6 -6z"/>`);
  }
  return parts.join('');
}

/** Two decimals are finer than any screen, and keep the output short and stable. */
export const round = (value: number): number => Math.round(value * 100) / 100;
