// form.merge through the WASM build in Node, the JSON door (callJson), to set beside the native
// `form/call_json form.merge …` figures of `cargo bench --bench form`.
// Run: node benches/js/merge.mjs   (after scripts/build-wasm)
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { Engine } = require('../../wasm/pkg-node/zhengwu.js');

const engine = new Engine(null);
for (const id of ['enterprise-opening', 'after-death']) {
  const input = JSON.stringify({ bundle: id });
  for (let i = 0; i < 2000; i++) engine.callJson('form.merge', input); // warm up
  const runs = [];
  for (let r = 0; r < 9; r++) {
    const n = 5000;
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) engine.callJson('form.merge', input);
    runs.push(Number(process.hrtime.bigint() - t) / n / 1000);
  }
  runs.sort((a, b) => a - b);
  console.log(`wasm callJson form.merge ${id}: median ${runs[4].toFixed(1)} µs (min ${runs[0].toFixed(1)}, max ${runs[8].toFixed(1)})`);
}
