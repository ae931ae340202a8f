export { certainlyGreater } from './certainly-greater';
export { contains } from './contains';
export { equals } from './equals';
export { overlaps } from './overlaps';
export { possiblyGreater } from './possibly-greater';
