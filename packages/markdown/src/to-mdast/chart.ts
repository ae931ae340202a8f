import type { RootContent } from 'mdast';
import type { BriefContext } from '../context';
import { normaliseText } from '../safe-text';
import { paragraph } from './nodes';

/**
 * The chart section: the image the caller rendered (with @reckon/chart, or anything else),
 * embedded by path. Nothing when no chart was given. The path was checked when the options
 * were resolved (a relative path or an http(s) URL, never `javascript:` or `data:`).
 *
 * @param context - the build's context
 * @returns the image in a paragraph, or nothing
 * @throws never
 */
export function chartSection(context: BriefContext): RootContent[] {
  const chart = context.options.chart;
  if (chart === undefined) return [];
  return [
    paragraph([{ type: 'image', url: chart.path, title: null, alt: normaliseText(chart.alt) }]),
  ];
}
