// Runs an HTML block of README.md in headless Chromium: the block is the page's body, the package's
// specifiers map to the repository's web build (an import map, as a bundler would resolve them),
// and the page must show a <zw-one-form> with its form, without an error.
// usage: node tools/readme/html.mjs BLOCK.html
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const block = await readFile(process.argv[2], 'utf8');
const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>README block</title>
<script type="importmap">{ "imports": { "zhengwu": "/wasm/pkg/index.mjs", "zhengwu/one-form": "/wasm/pkg/one-form.mjs" } }</script>
</head><body>${block}</body></html>`;
const types = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  const path = normalize(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { chromium } = createRequire(join(root, 'tests', 'js', 'package.json'))('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let code = 0;
try {
  const p = await browser.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await p.goto(`http://127.0.0.1:${server.address().port}/`);
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
