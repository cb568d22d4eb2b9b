// The WASM door speaks its engine's language: its own errors (an argument that is not a string,
// a year file it cannot read) and the core's errors reached through the typed fast paths are
// Chinese by default and English with {lang: 'en'}, with the same code and path either way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const HAN = /[\u4e00-\u9fff]/;

const caught = (f) => {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail('no error');
};

const cases = (e) => ({
  'an operation that is no string': () => e.callJson(42, '{}'),
  'a day outside the calendar, by the fast path': () => e.calendar.isWorkday('1999-01-01'),
  'a count past a whole number, by the fast path': () => e.calendar.addWorkdays('2024-01-02', 0.5),
  'an unknown operation': () => e.call('nope.op', {}),
});

test("the door's own errors and the core's follow the engine's language", () => {
  const zh = cases(createEngine());
  const en = cases(createEngine({ lang: 'en' }));
  for (const name of Object.keys(zh)) {
    const a = caught(zh[name]);
    const b = caught(en[name]);
    assert.equal(a.code, b.code, name);
    assert.equal(a.path, b.path, name);
    assert.match(a.message, HAN, `${name}: ${a.message}`);
    assert.doesNotMatch(b.message, HAN, `${name}: ${b.message}`);
  }
});

test("a year file that cannot be read is refused in the configuration's language", () => {
  const dir = mkdtempSync(join(tmpdir(), 'zw-lang-'));
  const zh = caught(() => createEngine({ calendar_files: [dir] }));
  const en = caught(() => createEngine({ calendar_files: [dir], lang: 'en' }));
  assert.equal(zh.code, en.code);
  assert.equal(zh.path, 'calendar_files[0]');
  assert.match(zh.message, HAN);
  assert.doesNotMatch(en.message, HAN);
});
