// <zw-one-form> from the npm package inside a framework app built by Vite, in Chromium: the
// applicant prefills, types, submits, and the app lists the split packets from the element's
// zw-split event — the packets the installed package's Node build computes for the same answers;
// axe-core finds no serious violation with the element's default look.
// usage: node component.test.mjs APP_DIR LABEL (the app built into APP_DIR/dist)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { axePath, launch, serve } from '../browser/chromium.mjs';

const [appArg, label] = process.argv.slice(2);
const app = resolve(appArg);
const { createEngine } = createRequire(join(app, 'package.json'))('zhengwu');
const answers = JSON.parse(readFileSync(new URL('../fixtures/one-form-answers.json', import.meta.url), 'utf8'));
const server = await serve(join(app, 'dist'));
const browser = await launch();
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  await page.goto(`${server.url}/`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  await page.click('zw-one-form button[part="prefill"]');
  assert.equal(await page.inputValue('zw-one-form #f-entity_name'), answers.shared.法人库.entity_name, 'the shared data reached the element');
  for (const [k, v] of Object.entries(answers.typed)) await page.fill(`zw-one-form #f-${k}`, v);
  for (const [k, v] of Object.entries(answers.chosen)) await page.selectOption(`zw-one-form #f-${k}`, v);
  await page.click('zw-one-form button[type="submit"]');
  await page.waitForSelector('#out li', { timeout: 10000 });
  const listed = await page.$$eval('#out li', (lis) => lis.map((li) => li.textContent));
  const values = await page.evaluate(() => document.querySelector('zw-one-form').values);
  const engine = createEngine();
  const split = engine.form.split(engine.form.merge({ bundle: 'enterprise-opening' }), values);
  assert.deepEqual(listed, split.packets.map((p) => `${p.department.name} · ${p.name}`));
  // The element's default look (no CSS variables set by these apps) passes axe-core, contrast included.
  await page.addScriptTag({ path: axePath });
  const axe = await page.evaluate(async () => await globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  assert.deepEqual(errors, []);
  console.log(`${label}: <zw-one-form> split into ${listed.length} packets (${listed.join('；')})`);
} finally {
  await browser.close();
  server.close();
}
