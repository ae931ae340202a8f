import {
  type DerivedFigure,
  EXACT_FIGURE_SIG_FIGS,
  type Finding,
  formatFigure,
  type Severity,
} from '@reckon/check';
import type { BlockContent, RootContent } from 'mdast';
import { type BriefContext, pathOf } from '../context';
import { rangeText } from '../format/range';
import { data, type Piece, phrase } from '../phrase';
import { joinNames } from './citations';
import { emphasis, heading, list, paragraph, strong } from './nodes';

/** What @reckon/check says about a dossier: the figures its numbers imply, and its findings. */
export interface Implications {
  readonly figures: readonly DerivedFigure[];
  readonly findings: readonly Finding[];
}

const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const SEVERITY_GROUPS: Readonly<Record<Severity, string>> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

/** An input by name and value: `Revenue from scam operations in Cambodia ($12.5–19 billion a year)`. */
function input(context: BriefContext, id: string): Piece {
  const entry = context.byId.get(id);
  if (entry?.kind !== 'estimate') return data(id);
  return [
    data(entry.entity.metric),
    ` (${rangeText(entry.entity.range, context.options, `${pathOf(context, id)}.range`)})`,
  ];
}

/** A derived figure: what it is and its value, marked derived; its inputs and operation; notes. */
function figure(context: BriefContext, f: DerivedFigure): BlockContent[] {
  const inputs = joinNames(f.inputs.map((id) => input(context, id)));
  const blocks: BlockContent[] = [
    paragraph(
      phrase(
        data(f.label),
        ': ',
        strong(
          phrase(
            formatFigure(f.range, {
              locale: context.options.locale,
              style: context.options.rangeStyle,
            }),
          ),
        ),
        ' ',
        emphasis(phrase('(derived)')),
      ),
    ),
    paragraph(phrase('Computed as ', data(f.operation.words), ', from ', inputs, '.')),
  ];
  if (f.notes.length > 0) {
    blocks.push(
      paragraph(
        phrase(
          'Notes: ',
          f.notes.map((note, i): Piece => [i > 0 && ' ', data(note)]),
        ),
      ),
    );
  }
  return blocks;
}

function finding(f: Finding): BlockContent[] {
  return [
    paragraph(
      phrase(
        strong(phrase(`${SEVERITY_WORDS[f.severity] ?? f.severity}.`)),
        ' ',
        data(f.message),
        ' (',
        { type: 'inlineCode', value: f.code },
        ')',
      ),
    ),
  ];
}

/**
 * The "What the numbers imply" section: the figures @reckon/check derives from the estimates,
 * each marked as derived with its inputs by name and value, the operation and its notes; then
 * the consistency findings with their severity and code, grouped by severity.
 *
 * @param context - the build's context
 * @param implications - the derived figures and findings
 * @returns the section's blocks
 * @throws {@link BriefDataError} for an input range the data gets wrong
 */
export function implicationsSection(
  context: BriefContext,
  implications: Implications,
): RootContent[] {
  const blocks: RootContent[] = [heading(context, 1, phrase('What the numbers imply'))];
  if (implications.figures.length > 0) {
    // Figures from exact estimates have no precision of their own: say what they are shown to.
    const exact = implications.figures.some((f) => f.range.sigFigs === undefined)
      ? ` (${EXACT_FIGURE_SIG_FIGS} where they state none)`
      : '';
    blocks.push(
      paragraph(
        phrase(
          emphasis(
            phrase(
              `No source states these figures: they are computed from the estimates above and hold every value those estimates allow. They are shown to the significant figures of those estimates${exact} and one guard digit: a lower bound rounded down, an upper bound up, a single value to the nearest.`,
            ),
          ),
        ),
      ),
      list(implications.figures.map((f) => figure(context, f))),
    );
  } else {
    blocks.push(paragraph(phrase('No further figure follows from these estimates.')));
  }
  blocks.push(heading(context, 2, phrase('Checks')));
  if (implications.findings.length > 0) {
    // Grouped by severity, errors first, so a reader sees what is wrong before what is noted.
    for (const severity of SEVERITY_ORDER) {
      const group = implications.findings.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      // A label, not a heading: headings already take all six levels at `headingDepth: 4`.
      blocks.push(
        paragraph(phrase(strong(phrase(`${SEVERITY_GROUPS[severity]} (${group.length})`)))),
        list(group.map(finding)),
      );
    }
  } else {
    blocks.push(paragraph(phrase('Nothing in these estimates fails to add up.')));
  }
  return blocks;
}
