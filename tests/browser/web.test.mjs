// The 一表申报 page in a real browser: Debian's Chromium, headless, driven by playwright-core,
// against the page served on 127.0.0.1. Saves a screenshot to target/screenshots/web.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), '..', 'js', 'package.json'));
const { chromium } = require('playwright-core');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = 8700 + Math.floor(Math.random() * 200);
let server, browser, page;

before(async () => {
  server = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`http://127.0.0.1:${port}/examples/web/index.html`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('企业开办: merged form, validation, prefill, packets, deadline', async () => {
  await page.selectOption('#bundle', 'enterprise-opening');
  // The page's merged form equals the one the Node build computes.
  const expected = createEngine().form.merge({ bundle: 'enterprise-opening' });
  const rows = await page.$$eval('#form tbody tr', (trs) => trs.map((tr) => tr.dataset.element));
  assert.deepEqual(rows, expected.fields.map((f) => f.element));
  assert.equal(new Set(rows).size, rows.length, 'each data element appears once');
  const common = await page.$$eval('#form tbody tr.common', (trs) => trs.length);
  assert.equal(common, expected.fields.filter((f) => f.common).length);

  // An invalid resident ID shows its error; fixing it clears it.
  const row = '#form tbody tr[data-element="legal_rep_id"]';
  await page.fill(`${row} input`, '110105194912310021');
  assert.match(await page.textContent(`${row} .error`), /公民身份号码/);
  await page.fill(`${row} input`, '11010519491231002X');
  assert.equal(await page.textContent(`${row} .error`), '');

  // Prefill from the sample shared data.
  await page.click('#prefill');
  assert.equal(await page.inputValue('#form tbody tr[data-element="entity_name"] input'), '天津某某科技有限公司');

  // Packets per department.
  await page.click('#split');
  const packets = await page.$$eval('#packets .packet', (ds) => ds.map((d) => d.textContent));
  assert.equal(packets.length, 5);
  assert.ok(packets[1].startsWith('市公安局 · 公章刻制备案'));

  // The commitment deadline panel, on two profiles.
  assert.equal(await page.textContent('#due'), '2024-11-18');
  await page.selectOption('#profile', 'tianjin-2018-notice');
  assert.equal(await page.textContent('#due'), '2024-10-21');

  // Choosing one matter of a bundle with a together group pulls its companion in, with a reason.
  await page.selectOption('#bundle', 'staff-hiring');
  for (const box of await page.$$('#matters input')) await box.uncheck();
  await page.check('#matters label:nth-child(2) input');
  assert.match(await page.textContent('#pulled'), /三\(一\)2/);

  mkdirSync(join(root, 'target', 'screenshots'), { recursive: true });
  await page.selectOption('#bundle', 'enterprise-opening');
  await page.click('#prefill');
  await page.click('#split');
  await page.screenshot({ path: join(root, 'target', 'screenshots', 'web.png'), fullPage: true });
});
