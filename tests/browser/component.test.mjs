// <zw-one-form> in headless Chromium: the page examples/web/component.html, served on 127.0.0.1.
// The element's form, validation, prefill and split are the engine's (compared with the Node
// build), its look follows the host's CSS variables, and axe-core finds no serious violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axePath, launch, serve } from './chromium.mjs';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let server, browser, page;
const errors = [];

// What an applicant types, field by field (the element reads numbers from number inputs).
const { typed: TYPED, chosen: CHOSEN } = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'one-form-answers.json'), 'utf8'));

before(async () => {
  server = await serve(root);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/examples/web/component.html`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  await page.evaluate(() => {
    globalThis.seen = [];
    for (const t of ['zw-change', 'zw-invalid', 'zw-split', 'zw-error', 'zw-ready']) document.addEventListener(t, (e) => globalThis.seen.push({ type: t, detail: e.detail }));
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const events = (type) => page.evaluate((t) => globalThis.seen.filter((e) => e.type === t).map((e) => e.detail), type);

test('the merged form of the bundle, every field labelled, in a shadow root', async () => {
  const expected = createEngine().form.merge({ bundle: 'enterprise-opening' });
  const rows = await page.$$eval('zw-one-form tbody tr', (trs) => trs.map((tr) => tr.dataset.element));
  assert.deepEqual(rows, expected.fields.map((f) => f.element));
  assert.equal(await page.evaluate(() => document.querySelector('zw-one-form').shadowRoot.mode), 'open');
  const unlabelled = await page.evaluate(() => [...document.querySelector('zw-one-form').shadowRoot.querySelectorAll('tbody tr')].filter((tr) => {
    const c = tr.querySelector('input, select, textarea');
    return !c.labels?.length || c.getAttribute('aria-describedby') !== `e-${tr.dataset.element}`;
  }).length);
  assert.equal(unlabelled, 0);
  const materials = await page.$$eval('zw-one-form ul li', (lis) => lis.length);
  assert.equal(materials, expected.materials.length);
});

test('styled by the host through CSS variables', async () => {
  const style = await page.$eval('zw-one-form button[type="submit"]', (b) => getComputedStyle(b).backgroundColor);
  assert.equal(style, 'rgb(11, 110, 79)'); // --zw-accent: #0b6e4f on the page
  const common = await page.$eval('zw-one-form tr.common', (tr) => getComputedStyle(tr).backgroundColor);
  assert.equal(common, 'rgb(238, 247, 242)'); // --zw-common-bg
});

test('an empty submit lists every fault, focuses the list, and a link takes the applicant to the field', async () => {
  await page.click('zw-one-form button[type="submit"]');
  const [invalid] = await events('zw-invalid');
  const expected = createEngine().form.validate(createEngine().form.merge({ bundle: 'enterprise-opening' }), {});
  assert.equal(invalid.errors.length, expected.errors.length);
  const links = await page.$$eval('zw-one-form [role="alert"] a', (as) => as.map((a) => a.textContent));
  assert.equal(links.length, expected.errors.length);
  assert.deepEqual(links, expected.errors.map((e) => e.message)); // each message names its field
  const focused = await page.evaluate(() => document.querySelector('zw-one-form').shadowRoot.activeElement?.getAttribute('role'));
  assert.equal(focused, 'alert');
  await page.click('zw-one-form [role="alert"] a >> nth=1');
  const field = await page.evaluate(() => document.querySelector('zw-one-form').shadowRoot.activeElement?.id);
  assert.equal(field, `f-${expected.errors[1].element}`);
  const invalidMarked = await page.$$eval('zw-one-form [aria-invalid="true"]', (els) => els.length);
  assert.equal(invalidMarked, expected.errors.length);
});

test('a wrong resident ID is named beside its field as the user types; fixing it clears it', async () => {
  await page.fill('zw-one-form #f-legal_rep_id', '110105194912310021');
  assert.match(await page.textContent('zw-one-form #e-legal_rep_id'), /公民身份号码/);
  assert.equal(await page.getAttribute('zw-one-form #f-legal_rep_id', 'aria-invalid'), 'true');
  const changes = await events('zw-change');
  const last = changes.at(-1);
  assert.equal(last.values.legal_rep_id, '110105194912310021');
  assert.ok(last.errors.some((e) => e.element === 'legal_rep_id' && e.code !== 'form.required'));
  // The message names the field, never the whole number.
  assert.doesNotMatch(last.errors.find((e) => e.element === 'legal_rep_id').message, /110105194912310021/);
  await page.fill('zw-one-form #f-legal_rep_id', '11010519491231002X');
  assert.equal(await page.textContent('zw-one-form #e-legal_rep_id'), '');
});

test('prefill from the shared data the host gave, then a valid submit emits the split packets', async () => {
  await page.click('zw-one-form button[part="prefill"]');
  assert.equal(await page.inputValue('zw-one-form #f-entity_name'), '天津某某科技有限公司');
  for (const [k, v] of Object.entries(TYPED)) await page.fill(`zw-one-form #f-${k}`, v);
  for (const [k, v] of Object.entries(CHOSEN)) await page.selectOption(`zw-one-form #f-${k}`, v);
  await page.click('zw-one-form button[type="submit"]');
  const [split] = await events('zw-split');
  assert.ok(split, 'zw-split was dispatched');
  const values = await page.evaluate(() => document.querySelector('zw-one-form').values);
  const engine = createEngine();
  const form = engine.form.merge({ bundle: 'enterprise-opening' });
  assert.equal(engine.form.validate(form, values).valid, true);
  assert.deepEqual(split, engine.form.split(form, values));
  assert.ok(split.packets.length >= 4);
  const listed = await page.$$eval('#packets li', (lis) => lis.length);
  assert.equal(listed, split.packets.length);
  assert.match(await page.textContent('zw-one-form [role="status"]'), /已按部门分送/);
});

test('no serious or critical accessibility violation (axe-core, shadow root included)', async () => {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
});

test('an unknown bundle is said in the element and as zw-error, with the engine code', async () => {
  await page.evaluate(() => document.querySelector('zw-one-form').setAttribute('bundle', 'no-such-bundle'));
  await page.waitForSelector('zw-one-form p[role="alert"]');
  const [err] = await events('zw-error');
  assert.match(err.code, /^[a-z]+\.[a-z_]+$/);
  assert.match(await page.textContent('zw-one-form p[role="alert"]'), /无法生成申请表/);
  // Back to a real bundle with a chosen subset of its matters.
  const choose = createEngine().bundle('enterprise-opening').matters.slice(0, 2).map((m) => m.code);
  await page.evaluate((c) => {
    const el = document.querySelector('zw-one-form');
    el.setAttribute('choose', c.join(','));
    el.setAttribute('bundle', 'enterprise-opening');
  }, choose);
  await page.waitForFunction(() => document.querySelector('zw-one-form').shadowRoot.querySelector('tbody'));
  const expected = createEngine().form.merge({ bundle: 'enterprise-opening', choose });
  const rows = await page.$$eval('zw-one-form tbody tr', (trs) => trs.map((tr) => tr.dataset.element));
  assert.deepEqual(rows, expected.fields.map((f) => f.element));
  assert.deepEqual(errors, []);
});
