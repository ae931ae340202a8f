import * as z from 'zod';
import { limits } from '../common/limits';
import { objectExample } from '../common/object-example';
import { text } from '../common/text';
import { messages } from '../messages';
import { schemaRegistry } from '../registry';
import { comparePartialDates } from './compare';
import { readPartialDate } from './read';
import { PartialDateSchema } from './schema';

const PeriodSchemaImpl = z
  .strictObject(
    {
      start: PartialDateSchema.optional(),
      end: PartialDateSchema.optional(),
      /** The period as the source words it: "in recent years", "during the pandemic". */
      text: text(limits.phrase).optional(),
    },
    { error: objectExample('{ "start": "2016", "end": "2018" } or { "text": "in recent years" }') },
  )
  .superRefine((period, ctx) => {
    const { start, end } = period;
    if (start === undefined && end === undefined && period.text === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: messages.periodEmpty,
        params: { code: 'invalid_period' },
      });
      return;
    }
    if (start === undefined || end === undefined) return;
    // Each date was checked above; compare only dates that read, so a bad one is reported once.
    if (typeof readPartialDate(start) === 'string' || typeof readPartialDate(end) === 'string')
      return;
    if (comparePartialDates(start, end) === 'after') {
      ctx.addIssue({
        code: 'custom',
        message: messages.periodReversed(start, end),
        params: { code: 'invalid_period' },
      });
    }
  })
  .register(schemaRegistry, {
    id: 'Period',
    description:
      'A span of time: a start, an end, or both, as partial dates, and the period in words (at least one of the three).',
    // `properties` repeats the names so ajv's strict mode sees each required key defined.
    anyOf: [
      { required: ['start'], properties: { start: true } },
      { required: ['end'], properties: { end: true } },
      { required: ['text'], properties: { text: true } },
    ],
  });

type PeriodSchemaImplType = typeof PeriodSchemaImpl;

/** The type of {@link PeriodSchema}, named so that declaration files and editors refer to it by name. */
export interface PeriodSchemaType extends PeriodSchemaImplType {}

/**
 * The time a figure or a role covers: a start, an end, or both, each a partial date, and the
 * period in the source's words (`text`: "in recent years") beside or instead of the bounds.
 * The start must not come after the end (`2025` to `2025-06` is fine: the spans overlap).
 *
 * @example
 * ```ts
 * import { PeriodSchema } from '@reckon/schema';
 * PeriodSchema.safeParse({ start: '2024', end: '2025-06' }).success; // => true
 * PeriodSchema.safeParse({ start: '2025', end: '2024' }).success; // => false
 * PeriodSchema.safeParse({ text: 'in recent years' }).success; // => true
 * ```
 */
export const PeriodSchema: PeriodSchemaType = PeriodSchemaImpl;

/** A span of time: `{ start?, end?, text? }`, at least one of them. */
export interface Period extends z.output<PeriodSchemaType> {}
