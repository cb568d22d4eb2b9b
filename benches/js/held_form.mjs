// Held form against the JSON door in Node: form.validate and form.split on the largest default
// bundle's merged form, the same values. usage: node benches/js/held_form.mjs [iterations]
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const n = Number(process.argv[2] ?? 200);
const engine = createEngine();
const bundles = engine.call('bundle.list', { with_matters: true }).bundles;
let best = null;
for (const b of bundles) {
  const f = engine.form.merge({ bundle: b.id });
  if (!best || f.fields.length > best.form.fields.length) best = { id: b.id, form: f };
}
const form = best.form;
const held = engine.form.hold(form);
const values = Object.fromEntries(form.fields.slice(0, 10).map((f) => [f.element, 'x']));
const vtext = JSON.stringify(values);
const time = (f) => {
  let min = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / n);
  }
  return min / 1000;
};
console.log(`bundle ${best.id}: ${form.fields.length} fields, form JSON ${held.toJson().length} chars`);
for (const [op, f] of [['form.validate', () => held.validateJson(vtext)], ['form.split', () => held.splitJson(vtext)]]) {
  const door = time(() => engine.callJson(op, JSON.stringify({ form, values })));
  const h = time(f);
  console.log(`${op}: JSON door ${door.toFixed(1)} µs, held ${h.toFixed(1)} µs, ${(door / h).toFixed(1)}x`);
}
held.free();
