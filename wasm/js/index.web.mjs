// zhengwu for browsers: `await init()` once, then `createEngine()`.
import init, { Engine as RawEngine, Form as RawForm, version } from './zhengwu.js';
import { wrap } from './api.mjs';

export { init, version, wrap };
export default init;

/** A typed engine (embedded defaults, or a configuration). */
export function createEngine(config) {
  return wrap(new RawEngine(config ?? null), RawForm);
}
