// The npm package bundled by Vite (production build) and loaded in Chromium: the page computes a
// deadline with the WebAssembly engine. usage: node vite.test.mjs DIST_DIR (the built app)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const dist = process.argv[2];
const require = createRequire(new URL('../js/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html');
  try {
    const body = await readFile(join(dist, path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  const text = await page.textContent('#out');
  assert.match(text, /^2024-10-23 期限为2024年9月20日后第20个工作日/);
  assert.deepEqual(errors, []);
  console.log(`Vite build in Chromium: ${text}`);
} finally {
  await browser.close();
  server.close();
}
