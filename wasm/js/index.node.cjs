// zhengwu for Node (CommonJS; index.mjs re-exports it for `import`): `createEngine()` is ready at
// once (the WASM loads synchronously).
const { readFileSync } = require('node:fs');
const raw = require('./zhengwu.js');
const { wrap } = require('./api.cjs');

/** In Node the WASM module is ready when loaded; `await init()` is accepted (and does
 * nothing) so that code written for browsers runs unchanged. */
async function init() {}

/**
 * A typed engine (embedded defaults, or a configuration). `calendar_files` (paths to year files
 * in zhengwu's or holiday-cn's shape) are read here — WebAssembly has no file system — and
 * handed to the engine as `calendar_years`, exactly as the native doors read them.
 */
function createEngine(config) {
  if (config && config.calendar_files !== undefined) {
    const { calendar_files: files, ...rest } = config;
    if (!Array.isArray(files)) {
      return wrap(new raw.Engine({ ...rest, calendar_files: files }), raw.Form);
    }
    const years = [...(rest.calendar_years ?? [])];
    for (const path of files) years.push(JSON.parse(readFileSync(path, 'utf8')));
    config = { ...rest, calendar_years: years };
  }
  return wrap(new raw.Engine(config ?? null), raw.Form);
}

module.exports = { createEngine, init, wrap, version: raw.version, default: init };
