// Runs an HTML block of README.md in headless Chromium: the block is the page's body, the package's
// specifiers map to the repository's web build (an import map, as a bundler would resolve them),
// and the page must show a <zw-one-form> with its form, without an error.
// usage: node tools/readme/html.mjs BLOCK.html
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../../tests/browser/chromium.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const block = await readFile(process.argv[2], 'utf8');
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>README block</title>
<script type="importmap">{ "imports": { "zhengwu": "/wasm/pkg/index.mjs", "zhengwu/one-form": "/wasm/pkg/one-form.mjs" } }</script>
</head><body>${block}</body></html>`;
const server = await serve(root, { '/readme-block.html': page });
const browser = await launch();
let code = 0;
try {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await p.goto(`${server.url}/readme-block.html`);
  await p.waitForSelector('zw-one-form tbody tr', { timeout: 30000 });
  const rows = await p.$$eval('zw-one-form tbody tr', (trs) => trs.length);
  if (errors.length) throw new Error(errors.join('\n'));
  console.log(`<zw-one-form> shows ${rows} fields`);
} catch (e) {
  console.error(String(e));
  code = 1;
} finally {
  await browser.close();
  server.close();
}
process.exit(code);
