// Every conformance vector through the WASM door (Node build); the raw outputs go to a transcript
// that the test script compares byte for byte with the other doors'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { Engine } = require(join(root, 'wasm', 'pkg-node', 'zhengwu.js'));
const vectorsDir = join(root, 'tests', 'vectors');

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.json') ? [p] : [];
  });
}
const cases = files(vectorsDir)
  .map((p) => relative(vectorsDir, p).split('\\').join('/'))
  .sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : Buffer.from(a) > Buffer.from(b) ? 1 : 0))
  .flatMap((rel) => JSON.parse(readFileSync(join(vectorsDir, rel), 'utf8')).map((v, i) => ({ rel, i, v })));
const inputText = (v) => ('input_raw' in v ? v.input_raw : JSON.stringify(v.input));
const engine = new Engine();
const engineFor = (v) => ('config' in v ? new Engine(v.config) : engine);

for (const { rel, i, v } of cases) {
  test(`${rel}#${i} ${v.name}`, () => {
    if ('expect' in v) {
      const e = engineFor(v);
      const text = e.callJson(v.op, inputText(v));
      assert.deepStrictEqual(JSON.parse(text), v.expect);
      assert.equal(new TextDecoder().decode(e.callJsonBytes(v.op, inputText(v))), text);
      if (!('input_raw' in v)) assert.deepStrictEqual(e.call(v.op, v.input), v.expect);
    } else {
      assert.throws(() => engineFor(v).callJson(v.op, inputText(v)), (e) => {
        assert.ok(e instanceof Error);
        assert.equal(e.code, v.error);
        if ('path' in v) assert.equal(e.path, v.path);
        return true;
      });
    }
  });
}

test('transcript', () => {
  const lines = cases.map(({ rel, i, v }) => {
    try {
      return `${rel}#${i}\tok\t${engineFor(v).callJson(v.op, inputText(v))}\n`;
    } catch (e) {
      const err = { code: e.code, message: e.message };
      if (e.path !== null && e.path !== undefined) err.path = e.path;
      return `${rel}#${i}\terror\t${JSON.stringify(err)}\n`;
    }
  });
  mkdirSync(join(root, 'target', 'conformance'), { recursive: true });
  writeFileSync(join(root, 'target', 'conformance', 'js.txt'), lines.join(''));
  assert.ok(lines.length > 0);
});
