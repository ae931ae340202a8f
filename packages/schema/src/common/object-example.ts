import { messages } from '../messages';

/**
 * A zod `error` option for an object field that writers often give as a string (`"period":
 * "2016"`): the message shows a one-line example of the shape expected. Other issues keep
 * their usual wording.
 *
 * @param example - the expected shape, as one line of JSON
 * @returns the error option
 */
export function objectExample(example: string) {
  return (issue: { readonly code?: string; readonly input?: unknown }) =>
    issue.code === 'invalid_type' && typeof issue.input === 'string'
      ? messages.objectAsString(issue.input, example)
      : undefined;
}
