/** Dashes, which join the ends of a range or the parts of a compound. */

/** Hyphen, en dash, em dash, figure dash, minus sign: all join the ends of a range. */
export function isDash(text: string): boolean {
  return (
    text === '-' ||
    text === '\u2013' ||
    text === '\u2014' ||
    text === '\u2012' ||
    text === '\u2010' ||
    text === '\u2011' ||
    text === '\u2212'
  );
}

/** A hyphen proper (not an en or em dash, which also join ranges). */
export function isHyphen(text: string): boolean {
  return text === '-' || text === '\u2010' || text === '\u2011';
}
