// The WASM build in Node, to set beside the native figures of `cargo bench`: the JSON door
// (callJson) for a calendar op and for form.merge, and the typed calendar API.
// Run: node benches/js/bench.mjs [results.json]   (after scripts/build-wasm; scripts/bench runs it)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const require = createRequire(import.meta.url);
const raw = require('../../wasm/pkg-node/zhengwu.js');
const engine = new raw.Engine(null);
const typed = createEngine();
const results = [];

function measure(name, n, f) {
  for (let i = 0; i < Math.max(200, n / 5); i++) f(i); // warm up
  const runs = [];
  for (let r = 0; r < 9; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f(i);
    runs.push(Number(process.hrtime.bigint() - t) / n);
  }
  runs.sort((a, b) => a - b);
  results.push({ name, calls: n, median_ns: runs[4], min_ns: runs[0], max_ns: runs[8] });
  console.log(`${name.padEnd(52)} ${(runs[4] / 1000).toFixed(2).padStart(9)} µs/call (min ${(runs[0] / 1000).toFixed(2)}, max ${(runs[8] / 1000).toFixed(2)})`);
}

// Answers first: the same bytes as the native door gives (checked by the conformance vectors).
const addIn = '{"date":"2024-09-30","days":1}';
if (engine.callJson('calendar.add_workdays', addIn) !== '{"date":"2024-10-08"}') throw new Error('add_workdays answer');
if (typed.calendar.addWorkdays('2024-09-30', 1) !== '2024-10-08') throw new Error('typed answer');

measure('wasm callJson calendar.add_workdays', 100000, () => engine.callJson('calendar.add_workdays', addIn));
const days = Array.from({ length: 4096 }, (_, i) => new Date(Date.UTC(2019 + (i % 6), i % 12, 1 + (i % 28))));
measure('wasm calendar.addWorkdays (typed API, Date in)', 100000, (i) => typed.calendar.addWorkdays(days[i & 4095], (i % 201) - 100));
const decoder = new TextDecoder();
for (const id of ['enterprise-opening', 'after-death']) {
  const input = JSON.stringify({ bundle: id });
  if (decoder.decode(engine.callJsonBytes('form.merge', input)) !== engine.callJson('form.merge', input)) throw new Error('bytes answer');
  measure(`wasm callJson form.merge ${id}`, 5000, () => engine.callJson('form.merge', input));
  measure(`wasm callJsonBytes form.merge ${id}`, 5000, () => engine.callJsonBytes('form.merge', input));
  const bytes = engine.callJsonBytes('form.merge', input);
  measure(`V8 decoding the answer (${bytes.length} bytes) to a string`, 5000, () => decoder.decode(bytes));
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(results, null, 1));
