import { type Actor, ActorSchema } from '../actor';
import type { ParseResult } from '../issues/types';
import { orThrow } from './or-throw';
import { safeParseWith } from './safe-parse-with';

/**
 * Validates an actor on its own (references to other entities are not resolved). Never throws.
 *
 * @param input - a parsed JSON value, or any other value
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @throws never
 * @example
 * ```ts
 * import { safeParseActor } from '@reckon/schema';
 * safeParseActor({ id: 'jacob-sims', kind: 'robot', name: 'Jacob Sims' }).success; // => false
 * ```
 */
export function safeParseActor(input: unknown): ParseResult<Actor> {
  return safeParseWith(ActorSchema, input);
}

/**
 * Validates an actor on its own (references to other entities are not resolved).
 *
 * @param input - a parsed JSON value, or any other value
 * @returns the actor, with defaults filled in
 * @throws {@link ValidationError} listing every issue, when it is invalid
 * @example
 * ```ts
 * import { parseActor } from '@reckon/schema';
 * parseActor({ id: 'jacob-sims', kind: 'person', name: 'Jacob Sims' }).name; // => 'Jacob Sims'
 * ```
 */
export function parseActor(input: unknown): Actor {
  return orThrow('actor', safeParseActor(input));
}
