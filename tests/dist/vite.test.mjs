// The npm package bundled by Vite (production build) and loaded in Chromium: the page computes a
// deadline with the WebAssembly engine. usage: node vite.test.mjs DIST_DIR (the built app)
import assert from 'node:assert/strict';
import { launch, serve } from '../browser/chromium.mjs';

const dist = process.argv[2];
const server = await serve(dist);
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  const text = await page.textContent('#out');
  assert.match(text, /^2024-10-23 期限为2024年9月20日后第20个工作日/);
  assert.deepEqual(errors, []);
  console.log(`Vite build in Chromium: ${text}`);
} finally {
  await browser.close();
  server.close();
}
