// zhengwu for Node: `createEngine()` is ready at once (the WASM loads synchronously).
import raw from './zhengwu.js';
import { wrap } from './api.mjs';

export { wrap };
export const version = raw.version;

/** A typed engine (embedded defaults, or a configuration). */
export function createEngine(config) {
  return wrap(new raw.Engine(config ?? null));
}
