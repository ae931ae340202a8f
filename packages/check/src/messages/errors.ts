/** The texts of the errors @reckon/check throws, in one place so they stay consistent. */
export const errorMessages = {
  optionsNotObject: (value: unknown) =>
    `options is ${value === null ? 'null' : typeof value}: pass an object such as { rates: [range(4000, 4100, 'KHR/USD')] }, or nothing`,
  ratesNotArray: (value: unknown) =>
    `options.rates is ${value === null ? 'null' : typeof value}: pass an array of ranges, e.g. [range(4000, 4100, 'KHR/USD')]`,
  rateNotRange: (where: string) =>
    `${where} is not a Range: make rates with range() or rangeFromJSON(), e.g. range(4000, 4100, 'KHR/USD')`,
  rateNotCurrencyRatio: (where: string, unit: string) =>
    `${where} is in ${unit}: a rate must be one currency per another, e.g. KHR/USD or USD@2023/USD@2015`,
  rateNotPositive: (where: string, low: number, unit: string) =>
    `${where} reaches ${low} ${unit}: a rate must be positive throughout, e.g. range(4000, 4100, 'KHR/USD')`,
};
