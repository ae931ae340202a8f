export * from './compare';
export * from './errors';
export * from './format';
export * from './json';
export * from './ops';
export * from './parse';
export * from './range';
export * from './unit';
