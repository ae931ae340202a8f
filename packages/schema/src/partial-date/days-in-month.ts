/**
 * The number of days in a month of the proleptic Gregorian calendar. With no year (`XXXX-02`),
 * February may have 29 days.
 *
 * @param month - 1 to 12
 * @param year - the year, or undefined when the source does not give it
 * @returns 28 to 31
 */
export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) {
    if (year === undefined) return 29;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
