// The WASM build in a browser (Debian's Chromium, headless, driven by playwright-core): the JSON
// door for form.merge with the answer as a JS string and as bytes, and the browser's own cost of
// decoding the answer — to set beside the Node figures of benches/js/bench.mjs.
// Run: node benches/js/browser.mjs [results.json]   (after scripts/build-wasm; scripts/bench runs it)
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'tests', 'js', 'package.json'));
const { chromium } = require('playwright-core');
const port = 8900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/examples/web/index.html`);
  const results = await page.evaluate(async () => {
    const mod = await import('/wasm/pkg/index.mjs');
    await mod.init();
    const e = mod.createEngine().raw;
    const out = [];
    const measure = (name, n, f) => {
      for (let i = 0; i < n / 5; i++) f();
      const runs = [];
      for (let r = 0; r < 9; r++) {
        const t = performance.now();
        for (let i = 0; i < n; i++) f();
        runs.push(((performance.now() - t) * 1e6) / n);
      }
      runs.sort((a, b) => a - b);
      out.push({ name, calls: n, median_ns: runs[4], min_ns: runs[0], max_ns: runs[8] });
    };
    const decoder = new TextDecoder();
    for (const id of ['enterprise-opening', 'after-death']) {
      const input = JSON.stringify({ bundle: id });
      if (decoder.decode(e.callJsonBytes('form.merge', input)) !== e.callJson('form.merge', input)) throw new Error('bytes answer');
      measure(`chromium callJson form.merge ${id}`, 2000, () => e.callJson('form.merge', input));
      measure(`chromium callJsonBytes form.merge ${id}`, 2000, () => e.callJsonBytes('form.merge', input));
      const bytes = e.callJsonBytes('form.merge', input);
      measure(`chromium decoding the answer (${bytes.length} bytes) to a string`, 2000, () => decoder.decode(bytes));
    }
    return out;
  });
  for (const r of results) {
    console.log(`${r.name.padEnd(58)} ${(r.median_ns / 1000).toFixed(2).padStart(9)} µs/call (min ${(r.min_ns / 1000).toFixed(2)}, max ${(r.max_ns / 1000).toFixed(2)})`);
  }
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(results, null, 1));
} finally {
  await browser.close();
  server.kill();
}
