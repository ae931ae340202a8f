/**
 * Message texts of `reckon extract --jsonl`, in one place: each says what was wrong with a
 * record and what a right one looks like.
 */
export const jsonlMessages = {
  notJson: (reason: string) => `not valid JSON: ${reason}`,
  notObject: 'not a JSON object: each line must be one record like {"id": "a1", "text": "..."}',
  badId: (field: string) =>
    `the record has no "${field}" that is a string or a number: name another field with --id-field`,
  badText: (field: string) =>
    `the record has no "${field}" that is a string: name another field with --text-field`,
  notUtf8: 'the line is not valid UTF-8: save the input as UTF-8',
  tooLong: (limit: string) => `the line is longer than ${limit}, the most one record may hold`,
  refused: (reason: string) => `the text could not be read: ${reason}`,
  summary: (bad: number, records: string) =>
    `${bad} malformed ${bad === 1 ? 'record was' : 'records were'} skipped (of ${records}); each is on standard error above with its line number`,
  badJobs: (value: string) =>
    `--jobs "${value}" is not a whole number from 1 to 256: give the number of worker threads`,
  badField: (option: string) => `${option} needs a field name that is not empty`,
  needsJsonl: (option: string) => `${option} works only with --jsonl`,
  noInput: '"reckon extract --jsonl" needs a file: give paths, or - to read standard input',
} as const;
