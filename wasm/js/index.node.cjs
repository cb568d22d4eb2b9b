// zhengwu for Node (CommonJS; index.mjs re-exports it for `import`): `createEngine()` is ready at
// once (the WASM loads synchronously).
//
// A trap never poisons the module. A WebAssembly instance that traps (memory exhausted under a
// host's `--wasm-max-mem-pages`, an abort) may leave its allocator or a borrow half done, and
// every later call on that instance would trap too. So engines are held behind a facade: when a
// call traps, the module is instantiated afresh, every engine is rebuilt from its configuration
// on its next call, and the call that trapped throws a ZhengwuError `internal.panic`.
const { readFileSync, statSync } = require('node:fs');
const { wrap } = require('./api.cjs');

const load = () => {
  delete require.cache[require.resolve('./zhengwu.js')];
  return require('./zhengwu.js');
};
let raw = load();
let generation = 0;
// The engines of the current instance, to let go of when it is replaced (weakly held).
let live = new Set();

const isTrap = (e) => e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && !('code' in e));

function trapped(e) {
  generation += 1;
  for (const ref of live) {
    const state = ref.deref();
    if (state) state.engine = null;
  }
  live = new Set();
  raw = load();
  const err = new Error(`the WebAssembly instance trapped (${e.message}); the module was instantiated afresh and the engine is rebuilt on its next call`);
  err.name = 'ZhengwuError';
  err.code = 'internal.panic';
  err.path = null;
  return err;
}

/** Runs `f`; a trap replaces the instance and throws `internal.panic`. */
function guarded(f) {
  try {
    return f();
  } catch (e) {
    throw isTrap(e) ? trapped(e) : e;
  }
}

/** A raw engine that outlives the instance it was made on: rebuilt from `config` after a trap. */
function resilient(config) {
  const state = { engine: null, generation: -1 };
  const current = () => {
    if (state.engine === null || state.generation !== generation) {
      state.engine = guarded(() => new raw.Engine(config));
      state.generation = generation;
      live.add(new WeakRef(state));
    }
    return state.engine;
  };
  current();
  const method = (name) => (...args) => guarded(() => current()[name](...args));
  return {
    [RAW]: current,
    call: method('call'),
    callJson: method('callJson'),
    callJsonBytes: method('callJsonBytes'),
    isWorkdayEpoch: method('isWorkdayEpoch'),
    addWorkdaysEpoch: method('addWorkdaysEpoch'),
    workdaysBetweenEpoch: method('workdaysBetweenEpoch'),
    free: () => {
      if (state.engine !== null && state.generation === generation) state.engine.free();
      state.engine = null;
    },
  };
}

const RAW = Symbol('zhengwu.raw');

// Held forms live in one instance; after a trap they are gone and say so.
const Form = {
  fromJson(engine, text) {
    const gen = generation;
    const held = guarded(() => raw.Form.fromJson(engine[RAW](), text));
    const alive = () => {
      if (gen !== generation) {
        const err = new Error('this held form was lost when the WebAssembly instance trapped; hold the form again');
        err.name = 'ZhengwuError';
        err.code = 'internal.panic';
        err.path = null;
        throw err;
      }
      return held;
    };
    return {
      validateJson: (e, v) => guarded(() => alive().validateJson(e[RAW](), v)),
      splitJson: (e, v) => guarded(() => alive().splitJson(e[RAW](), v)),
      prefillJson: (e, s, v, o) => guarded(() => alive().prefillJson(e[RAW](), s, v, o)),
      toJson: () => guarded(() => alive().toJson()),
      free: () => {
        if (gen === generation) held.free();
      },
    };
  },
};

/** The largest year file read (the core's `limits.max_file_bytes` default). */
const MAX_FILE_BYTES = 64 << 20;

/** What reading a year file says, in the engine's language (as the native doors' ingress). */
const SAID = {
  unreadable: [(f, why) => `${f}：无法读取（${why}）`, (f, why) => `${f}: cannot be read (${why})`],
  irregular: [(f) => `${f}：不是普通文件，不予读取`, (f) => `${f}: not a regular file; not read`],
  tooLarge: [(f, n) => `${f}：超过${n}字节，不予读取`, (f, n) => `${f}: larger than ${n} bytes; not read`],
};

/** Reads a year file as the native doors do: a regular file of at most 64 MiB, else refused. */
function readYearFile(path, i, lang) {
  const say = (key, ...args) => SAID[key][lang === 'en' ? 1 : 0](JSON.stringify(String(path)), ...args);
  const refuse = (code, message) => {
    const err = new Error(message);
    err.name = 'ZhengwuError';
    err.code = code;
    err.path = `calendar_files[${i}]`;
    return err;
  };
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw refuse('config.invalid', say('unreadable', e.code ?? e.message));
  }
  if (!st.isFile()) throw refuse('config.invalid', say('irregular'));
  if (st.size > MAX_FILE_BYTES) throw refuse('input.too_large', say('tooLarge', MAX_FILE_BYTES));
  return JSON.parse(readFileSync(path, 'utf8'));
}

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
      return wrap(resilient({ ...rest, calendar_files: files }), Form);
    }
    const years = [...(rest.calendar_years ?? [])];
    files.forEach((path, i) => years.push(readYearFile(path, i, rest.lang)));
    config = { ...rest, calendar_years: years };
  }
  return wrap(resilient(config ?? null), Form);
}

module.exports = { createEngine, init, wrap, version: () => raw.version(), default: init };
