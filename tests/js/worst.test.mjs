// The worst inputs the default limits allow, through the WASM door: each is answered or refused
// with a code within 2 s of CPU time, as the native doors are held in scripts/test-stress (CPU
// time, so that a busy machine does not fail it), and every engine of the module answers
// afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const MIB = 1 << 20;
const subj = '{"subject":{"uscc":"91350100M000100Y43"}}';
const cases = [
  ['credit.status_batch: 16 MiB of [1,1,…] subjects', 'credit.status_batch', () => `{"today":"2024-06-03","subjects":[${Array(8 * MIB - 64).fill('1').join(',')}]}`],
  ['credit.status_batch: 100,000 subjects', 'credit.status_batch', () => `{"today":"2024-06-03","subjects":[${Array(100000).fill(subj).join(',')}]}`],
  ['commitment.tick_batch: 16 MiB of [1,1,…] states', 'commitment.tick_batch', () => `{"today":"2024-06-03","states":[${Array(8 * MIB - 64).fill('1').join(',')}]}`],
  ['catalog.lint: 200,000 minimal matters', 'catalog.lint', () => JSON.stringify({ catalog: { matters: Array.from({ length: 200000 }, (_, i) => ({ code: `M${i}`, name: 'x' })) } })],
  ['calendar.day: a 16 MiB unknown key', 'calendar.day', () => `{"date":"2024-01-02","${'k'.repeat(16 * MIB - 64)}":1}`],
];

for (const [name, op, build] of cases) {
  test(name, () => {
    const e = createEngine();
    const other = createEngine();
    const text = build();
    const t = process.cpuUsage();
    let outcome;
    try {
      outcome = `answered ${e.callJson(op, text).length} bytes`;
    } catch (err) {
      assert.ok(typeof err.code === 'string' && err.code.includes('.'), `a structured error, got ${err}`);
      outcome = err.code;
    }
    const used = process.cpuUsage(t);
    const secs = (used.user + used.system) / 1e6;
    assert.ok(secs <= 2, `${name}: ${secs.toFixed(2)} s of CPU (${outcome})`);
    assert.equal(e.call('calendar.day', { date: '2024-02-10' }).kind, 'holiday');
    assert.equal(other.call('calendar.day', { date: '2024-02-10' }).kind, 'holiday');
    e.free();
    other.free();
  });
}
