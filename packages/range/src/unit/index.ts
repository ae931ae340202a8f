export type { AtomKind, Unit, UnitAtom } from './types';
export { unit } from './unit';
