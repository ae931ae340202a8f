export { add } from './add';
export { convert } from './convert';
export { div } from './div';
export { mul } from './mul';
export { negate } from './negate';
export { scale } from './scale';
export { sub } from './sub';
export { sum } from './sum';
