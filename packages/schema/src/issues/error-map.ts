import type * as z from 'zod';
import { messages } from '../messages';
import { suggestKey } from './suggest-key';

type RawIssue = z.core.$ZodRawIssue;

/** The keys an object schema accepts, read from the schema that raised the issue. */
function shapeKeys(issue: RawIssue): readonly string[] {
  const schema = (issue.inst ?? issue.schema) as
    | { _zod?: { def?: { shape?: object } } }
    | undefined;
  const shape = schema?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Reckon's wording for zod's own issues, passed to every parse as zod's per-parse `error`
 * option so it never changes the messages of a consumer's own schemas. Schema-level messages
 * (ids, dates, units) take precedence over it; what it does not word, zod words.
 *
 * @param issue - the issue zod is about to report
 * @returns the message, or undefined to keep zod's
 */
export function errorMap(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return messages.missing(issue.expected);
      if (issue.expected === 'number' && typeof issue.input === 'number') {
        return messages.notFinite(issue.input);
      }
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return messages.notInteger(issue.input);
      }
      return messages.wrongType(issue.expected, issue.input);
    case 'invalid_value': {
      const strings = issue.values.filter((v): v is string => typeof v === 'string');
      const suggestion =
        typeof issue.input === 'string' && strings.length > 1
          ? suggestKey(issue.input, strings)
          : undefined;
      return messages.notOneOf(issue.values, issue.input, suggestion);
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined && Array.isArray(issue.options)) {
        const input = issue.input as Record<string, unknown> | undefined;
        return messages.badDiscriminator(
          issue.discriminator,
          issue.options,
          input?.[issue.discriminator],
        );
      }
      return undefined;
    case 'unrecognized_keys': {
      const allowed = shapeKeys(issue);
      return messages.unknownKeys(
        issue.keys,
        issue.keys.map((key) => suggestKey(key, allowed)),
      );
    }
    case 'too_small':
      if (issue.origin === 'array') return messages.tooFewItems(Number(issue.minimum));
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return messages.tooFewItems(1);
      if (issue.origin === 'number' || issue.origin === 'int') {
        return messages.tooSmallNumber(issue.minimum, issue.inclusive ?? true);
      }
      return undefined;
    case 'too_big':
      if (issue.origin === 'array') return messages.tooManyItems(Number(issue.maximum));
      if (issue.origin === 'string') return messages.tooLong(issue.input, Number(issue.maximum));
      if (issue.origin === 'number' || issue.origin === 'int') {
        return messages.tooBigNumber(issue.maximum, issue.inclusive ?? true);
      }
      return undefined;
    default:
      return undefined;
  }
}
