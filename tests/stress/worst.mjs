// One worst input through the WASM door in Node (run under `ulimit -v` by scripts/test-stress):
// the call answers or refuses with a ZhengwuError within the time bound (2 s unless given), and the same engine and a second
// engine of the module answer afterwards. usage: node worst.mjs OP FILE [SECONDS]
import { readFileSync } from 'node:fs';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const [op, file, limit = '2'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const engine = createEngine();
const other = createEngine();
const t = process.hrtime.bigint();
let outcome;
let structured = true;
try {
  outcome = `answered (${engine.callJson(op, text).length} bytes)`;
} catch (err) {
  structured = typeof err.code === 'string' && err.code.includes('.');
  outcome = structured ? `refused: ${err.code}${err.path ? ` at ${err.path.slice(0, 40)}` : ''}` : `${err}`;
}
const secs = Number(process.hrtime.bigint() - t) / 1e9;
const after = [engine, other].every((e) => e.call('calendar.day', { date: '2024-02-10' }).kind === 'holiday');
console.log(`${outcome} in ${secs.toFixed(3)} s${after ? '' : '; an engine did not answer afterwards'}`);
process.exit(structured && after && secs <= Number(limit) ? 0 : 1);
