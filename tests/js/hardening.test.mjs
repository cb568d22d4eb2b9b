// Hardening through the WASM door: a forced panic throws and the engine still answers; limits
// are errors with codes; no error shows a full resident ID number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { Engine } = require(join(root, 'wasm', 'pkg-node', 'zhengwu.js'));
const { createEngine } = await import(join(root, 'wasm', 'pkg-node', 'index.mjs'));
const ID = '11010519491231002X';
const UNMASKED = /\d{15,}/;

test('a forced panic throws, and the same engine answers afterwards', () => {
  const e = new Engine({ fault_injection: true });
  assert.throws(() => e.callJson('fault.panic', '{}'), (err) => err instanceof Error);
  assert.equal(e.callJson('calendar.add_workdays', '{"date":"2024-09-30","days":1}'), '{"date":"2024-10-08"}');
  // Other engines are untouched too.
  assert.equal(new Engine(null).callJson('calendar.add_workdays', '{"date":"2024-09-30","days":1}'), '{"date":"2024-10-08"}');
  assert.throws(() => new Engine(null).callJson('fault.panic', '{}'), (err) => err.code === 'op.unknown');
});

test('limits are errors with codes', () => {
  const e = new Engine(null);
  assert.throws(() => e.callJson('calendar.day', '['.repeat(100000) + ']'.repeat(100000)), (err) => err.code === 'input.too_deep');
  const small = new Engine({ limits: { max_input_bytes: 32 } });
  assert.throws(() => small.callJson('calendar.day', JSON.stringify({ date: '2024-01-02', note: 'x'.repeat(64) })), (err) => err.code === 'input.too_large');
  assert.equal(JSON.parse(small.callJson('calendar.day', '{"date":"2024-01-02"}')).workday, true);
});

test('no error shows a full resident ID number', () => {
  const e = createEngine();
  const shown = [];
  for (const [op, input] of [
    ['id.resident', { id: ID, [ID]: 1 }],
    ['calendar.day', { date: ID }],
    [ID, {}],
    ['credit.status', { subject: { resident_id: ID }, records: [{ type: ID }], today: '2024-01-02' }],
  ]) {
    try {
      e.call(op, input);
      assert.fail(`${op} should fail`);
    } catch (err) {
      shown.push(String(err), err.message, String(err.path), JSON.stringify(err));
    }
  }
  shown.push(JSON.stringify(e.ids.resident(ID)));
  for (const s of shown) assert.doesNotMatch(s, UNMASKED);
});

test('a number as the op, and a lone surrogate in JSON text, are errors with codes in every door', () => {
  const e = createEngine();
  assert.throws(() => e.raw.call(42, {}), (x) => x.code === 'input.wrong_type');
  assert.throws(() => e.callJson('calendar.day', '{"date":"\ud800"}'), (x) => x.code === 'input.invalid_json');
  assert.throws(() => e.call('calendar.day', { date: '\ud800' }), (x) => x.code === 'input.invalid_json');
  // A real U+FFFD is text like any other; beside it a lone surrogate is still refused.
  assert.throws(() => e.callJson('calendar.day', '{"date":"\ufffd"}'), (x) => x.code !== 'input.invalid_json');
  assert.throws(() => e.callJson('calendar.day', '{"date":"\ufffd\udc00"}'), (x) => x.code === 'input.invalid_json');
  // The held form's texts are read the same way, never with a silent U+FFFD.
  const merged = e.call('form.merge', { bundle: e.bundles()[0].id });
  const held = e.form.hold(merged);
  assert.throws(() => held.validateJson('{"x":"\ud800"}'), (x) => x.code === 'input.invalid_json');
  assert.throws(() => held.splitJson('{"x":"\ud800"}'), (x) => x.code === 'input.invalid_json');
  held.free();
  // The engine answers afterwards.
  assert.equal(e.call('calendar.day', { date: '2024-02-10' }).kind, 'holiday');
});

test('inputs JSON cannot write (a function, a symbol, a BigInt, a cycle) are input.invalid_json', () => {
  const e = createEngine();
  const cyclic = { date: '2024-02-10' };
  cyclic.self = cyclic;
  for (const input of [() => 1, Symbol('x'), 10n, cyclic]) {
    assert.throws(() => e.raw.call('calendar.day', input), (x) => x.code === 'input.invalid_json', String(typeof input));
  }
  assert.equal(e.call('calendar.day', { date: '2024-02-10' }).kind, 'holiday');
});

test('JSON text with every kind of character crosses into the engine unchanged', () => {
  const e = createEngine();
  // ASCII, two-, three- and four-byte UTF-8 at the start, the middle and the end of the text,
  // and a real U+FFFD: an unknown key comes back as the error's path.
  for (const key of ['a', 'é', '中文', '𝄞', '\ufffd', `${'x'.repeat(100)}中${'y'.repeat(100)}𝄞`]) {
    const text = JSON.stringify({ date: '2024-02-10', [key]: 1 });
    for (const run of [() => e.callJson('calendar.day', text), () => e.raw.call('calendar.day', JSON.parse(text))]) {
      assert.throws(run, (x) => x.code === 'input.unknown_field' && x.path === key, key.slice(0, 8));
    }
  }
});
