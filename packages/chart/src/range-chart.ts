import { formatRange, type Unit } from '@reckon/range';
import { axisScale } from './axis-scale';
import { drawInterval, round } from './draw-interval';
import { escapeXml } from './escape-xml';
import { checkItems, resolveChartOptions } from './options';
import { chartStyle } from './style';
import { tickFormatter } from './tick-format';
import type { ChartItem, ChartOptions } from './types';
import { wrapText } from './wrap-text';

const PAD = 16;
const TITLE_HEIGHT = 32;
const CAPTION_HEIGHT = 24;
const ROW_HEIGHT = 44;
const LINE_HEIGHT = 15;
/** Average glyph widths at the label (13px) and detail (11px) sizes, for wrapping. */
const LABEL_CHAR_WIDTH = 7;
const DETAIL_CHAR_WIDTH = 6;
const AXIS_HEIGHT = 32;
const PANEL_GAP = 20;

/** Items grouped by unit, in the order their units first appear: one axis per unit. */
function panels(items: readonly ChartItem[]): ChartItem[][] {
  const byUnit = new Map<Unit, ChartItem[]>();
  for (const item of items) {
    const group = byUnit.get(item.range.unit);
    if (group === undefined) byUnit.set(item.range.unit, [item]);
    else group.push(item);
  }
  return [...byUnit.values()];
}

/** The sentence a screen reader hears for one item. */
function describe(item: ChartItem, locale: string): string {
  const scope = item.scope === undefined ? '' : ` (${item.scope})`;
  const derived = item.derived === true ? ', derived from other figures' : '';
  return `${item.label}${scope}: ${formatRange(item.range, { locale })}${derived}`;
}

/**
 * Draws estimates as intervals on an axis, as an accessible SVG string: one axis per unit
 * (a log axis where values span orders of magnitude), open bounds as arrows, inclusive and
 * exclusive bounds as filled and hollow dots, central values as diamonds, derived figures
 * dashed, and a `<title>` and `<desc>` that read the figures out in words. Colours follow
 * `currentColor` and the reader's light or dark preference. Pure: same input, same bytes.
 *
 * @param items - the figures to draw, each with a label and optionally a scope
 * @param options - title, description, width, scale, locale, id prefix
 * @returns the SVG document as a string, ready to write to a `.svg` file or inline in HTML
 * @throws {@link ChartOptionsError} for a bad option (a width that is not a whole number from
 *   240 to 10,000, an unknown scale, an id prefix that is not a plain XML id, an unknown key)
 * @throws {@link ChartDataError} when the items are not an array of `{ label, range }`
 * @example
 * ```ts
 * import { range } from '@reckon/range';
 * import { rangeChart } from '@reckon/chart';
 *
 * const svg = rangeChart([
 *   { label: 'Scam revenue', scope: 'Cambodia', range: range(12.5e9, 19e9, 'USD/year') },
 * ], { title: 'Scam revenue estimates' });
 * svg.startsWith('<svg'); // => true
 * ```
 */
export function rangeChart(items: readonly ChartItem[], options?: ChartOptions): string {
  const {
    width,
    locale,
    idPrefix: id,
    title,
    scale: requested,
    description,
  } = resolveChartOptions(options);
  checkItems(items);
  const labelRight = Math.round(width * 0.38);
  const plotLeft = labelRight + PAD * 2;
  const plotRight = width - PAD * 2;

  const body: string[] = [];
  let y = TITLE_HEIGHT;
  body.push(`<text class="title" x="${PAD}" y="${PAD + 6}">${escapeXml(title)}</text>`);
  for (const group of panels(items)) {
    const unit = group[0]!.range.unit;
    const scale = axisScale(group, requested, plotLeft, plotRight);
    const caption = `${unit.text}${scale.kind === 'log' ? ', log scale' : ''}`;
    body.push(`<g class="panel" data-unit="${escapeXml(unit.text)}">`);
    body.push(`<text class="caption" x="${PAD}" y="${y + 16}">${escapeXml(caption)}</text>`);
    y += CAPTION_HEIGHT;
    for (const item of group) {
      const detail = [
        item.scope,
        formatRange(item.range, { locale }),
        item.derived ? 'derived' : undefined,
      ]
        .filter((part) => part !== undefined)
        .join(' · ');
      const derivedClass = item.derived === true ? ' derived' : '';
      const description = describe(item, locale);
      const labelLines = wrapText(item.label, Math.floor((labelRight - PAD) / LABEL_CHAR_WIDTH), 2);
      const [detailLine = ''] = wrapText(
        detail,
        Math.floor((labelRight - PAD) / DETAIL_CHAR_WIDTH),
        1,
      );
      const extra = (labelLines.length - 1) * LINE_HEIGHT;
      body.push(
        `<g class="interval${derivedClass}" role="listitem" aria-label="${escapeXml(description)}">`,
      );
      // A tooltip with the whole text, since long labels are wrapped and cut.
      body.push(`<title>${escapeXml(description)}</title>`);
      labelLines.forEach((line, i) => {
        body.push(
          `<text class="label" x="${PAD}" y="${y + 18 + i * LINE_HEIGHT}">${escapeXml(line)}</text>`,
        );
      });
      body.push(
        `<text class="detail" x="${PAD}" y="${y + 34 + extra}">${escapeXml(detailLine)}</text>`,
      );
      body.push(drawInterval(item.range, y + 22 + extra / 2, scale, plotLeft, plotRight));
      body.push('</g>');
      y += ROW_HEIGHT + extra;
    }
    const formatTick = tickFormatter(unit, locale);
    const axisY = y + 4;
    body.push(
      `<g class="axis"><line x1="${plotLeft}" y1="${axisY}" x2="${plotRight}" y2="${axisY}"/>`,
    );
    for (const tick of scale.ticks) {
      const x = round(scale.position(tick));
      body.push(`<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + 5}"/>`);
      body.push(
        `<text class="tick" x="${x}" y="${axisY + 18}">${escapeXml(formatTick(tick))}</text>`,
      );
    }
    body.push('</g></g>');
    y += AXIS_HEIGHT + PANEL_GAP;
  }
  const height = y;
  const summary = [description, ...items.map((item) => `${describe(item, locale)}.`)]
    .filter((part) => part !== undefined)
    .join(' ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="reckon-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}</desc>`,
    `<style>${chartStyle}</style>`,
    `<g role="list">`,
    ...body,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
