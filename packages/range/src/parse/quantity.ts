import type { Amount } from './amount';
import type { CurrencyRef } from './lexicon/currencies';
import type { RatioUnit } from './lexicon/ratio-units';

/** An amount with the unit written around it: `$12.5`, `19 billion dollars`, `60%`. */
export interface Quantity {
  readonly first: number;
  readonly next: number;
  readonly amount: Amount;
  readonly currency: CurrencyRef | undefined;
  readonly ratio: RatioUnit | undefined;
}
