// One worst input through the WASM door in Node (run under `ulimit -v` by scripts/test-stress):
// the call answers or refuses with a ZhengwuError within the bound of CPU time (2 s unless
// given: the process's own time, so a busy machine does not fail a correct build), and
// afterwards the same engine, a second engine made before and an engine made after all answer —
// a trap never poisons the module. OP `@config` builds an engine from FILE as its configuration.
// usage: node worst.mjs OP FILE [SECONDS]
import { readFileSync } from 'node:fs';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const [op, file, limit = '2'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const engine = createEngine();
const other = createEngine();
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
// A configuration is parsed by the host before the engine sees it: not counted.
const config = op === '@config' ? JSON.parse(text) : null;
const t = cpu();
let outcome;
let structured = true;
try {
  if (op === '@config') {
    createEngine(config);
    outcome = 'built';
  } else {
    outcome = `answered (${engine.callJson(op, text).length} bytes)`;
  }
} catch (err) {
  structured = typeof err.code === 'string' && err.code.includes('.');
  outcome = structured ? `refused: ${err.code}${err.path ? ` at ${err.path.slice(0, 40)}` : ''}` : `${err}`;
}
const secs = cpu() - t;
const after = [engine, other, createEngine()].every((e) => e.call('calendar.day', { date: '2024-02-10' }).kind === 'holiday');
console.log(`${outcome} in ${secs.toFixed(3)} s${after ? '' : '; an engine did not answer afterwards'}`);
process.exit(structured && after && secs <= Number(limit) ? 0 : 1);
