// The 一表申报 page in a real browser: Debian's Chromium, headless, driven by playwright-core,
// against the page served on 127.0.0.1, with axe-core; prints the 告知承诺书 to PDF and reads it back
// with pdftotext. Screenshots and the PDF go to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axePath, launch } from './chromium.mjs';
import { createEngine } from '../../wasm/pkg-node/index.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const port = 8700 + Math.floor(Math.random() * 200);
let server, browser, page;

before(async () => {
  server = spawn(process.execPath, [join(root, 'scripts', 'serve-web.mjs'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`http://127.0.0.1:${port}/examples/web/index.html`);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

test('企业开办: merged form, validation beside fields, prefill, packets, deadline', async () => {
  await page.selectOption('#bundle', 'enterprise-opening');
  // The page's merged form equals the one the Node build computes.
  const expected = createEngine().form.merge({ bundle: 'enterprise-opening' });
  const rows = await page.$$eval('#form tbody tr', (trs) => trs.map((tr) => tr.dataset.element));
  assert.deepEqual(rows, expected.fields.map((f) => f.element));
  assert.equal(new Set(rows).size, rows.length, 'each data element appears once');
  const common = await page.$$eval('#form tbody tr.common', (trs) => trs.length);
  assert.equal(common, expected.fields.filter((f) => f.common).length);
  // Every input has its label and its message slot.
  const unlabelled = await page.$$eval('#form tbody tr', (trs) => trs.filter((tr) => {
    const input = tr.querySelector('input, select');
    return !tr.querySelector(`label[for="${input.id}"]`) || input.getAttribute('aria-describedby') !== `e-${tr.dataset.element}`;
  }).length);
  assert.equal(unlabelled, 0);

  // A wrong resident ID: a Chinese message beside the field, the field marked invalid; fixing it clears both.
  const row = '#form tbody tr[data-element="legal_rep_id"]';
  await page.fill('#f-legal_rep_id', '110105194912310021');
  const message = await page.textContent('#e-legal_rep_id');
  assert.match(message, /公民身份号码/);
  assert.match(message, /校验码/);
  assert.doesNotMatch(message, /[A-Za-z]{3,} [A-Za-z]{3,}/, 'no English sentence');
  assert.equal(await page.getAttribute('#f-legal_rep_id', 'aria-invalid'), 'true');
  await page.fill('#f-legal_rep_id', '11010519491231002X');
  assert.equal(await page.textContent(`${row} .error`), '');
  assert.equal(await page.getAttribute('#f-legal_rep_id', 'aria-invalid'), 'false');

  // Submitting with required fields empty: a summary at the top, each entry leading to its field.
  await page.click('#split');
  assert.ok(await page.isVisible('#summaryBox'));
  assert.match(await page.textContent('#summaryBox'), /提交前请修改以下\d+处/);
  const first = await page.$eval('#summaryBox a', (a) => a.getAttribute('href'));
  await page.click('#summaryBox a');
  assert.equal(await page.evaluate(() => `#${document.activeElement.id}`), first);

  // Prefill from the sample shared data, then the packets per department.
  await page.click('#prefill');
  assert.equal(await page.inputValue('#f-entity_name'), '天津某某科技有限公司');
  await page.click('#split');
  const packets = await page.$$eval('#packets .packet', (ds) => ds.map((d) => d.textContent));
  assert.equal(packets.length, 5);
  assert.ok(packets[1].startsWith('市公安局 · 公章刻制备案'));

  // Choosing one matter of a bundle with a together group pulls its companion in, with a reason.
  await page.selectOption('#bundle', 'staff-hiring');
  for (const box of await page.$$('#matters input')) await box.uncheck();
  await page.check('#matters label:nth-of-type(2) input');
  assert.match(await page.textContent('#pulled'), /三\(一\)2/);
  await page.selectOption('#bundle', 'enterprise-opening');
});

test('the commitment deadline: today by default, 年月日, and an error in place of a stale date', async () => {
  const todayInChina = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  assert.equal(await page.inputValue('#committed'), todayInChina);
  await page.fill('#committed', '2024-08-20');
  await page.dispatchEvent('#committed', 'change');
  assert.equal(await page.textContent('#due'), '2024年11月18日');
  await page.selectOption('#profile', 'tianjin-2018-notice');
  assert.equal(await page.textContent('#due'), '2024年10月21日');
  await page.selectOption('#profile', 'tianjin-2018');
  // A day whose deadline lies beyond every calendar: the error replaces the date.
  await page.fill('#committed', '2100-12-01');
  await page.dispatchEvent('#committed', 'change');
  assert.equal(await page.$('#due'), null, 'no stale date left on screen');
  assert.match(await page.textContent('#dueBox'), /无法计算期限：.*超出日历数据范围/);
  assert.equal(await page.textContent('#dueReasons'), '');
  await page.fill('#committed', '2024-08-20');
  await page.dispatchEvent('#committed', 'change');
  assert.equal(await page.textContent('#due'), '2024年11月18日');
});

test('no serious or critical accessibility violation (axe-core)', async () => {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => await globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), []);
});

test('the 告知承诺书 prints to PDF with its text; the 明白纸 renders', async () => {
  await page.click('#makeLetter');
  assert.match(await page.textContent('#docStatus'), /告知承诺书/);
  const html = await page.$eval('#doc', (f) => f.srcdoc);
  const printable = await browser.newPage();
  await printable.setContent(html);
  const pdf = join(root, 'target', 'screenshots', 'letter.pdf');
  mkdirSync(dirname(pdf), { recursive: true });
  await printable.pdf({ path: pdf, format: 'A4' });
  await printable.screenshot({ path: join(root, 'target', 'screenshots', 'letter.png'), fullPage: true });
  await printable.close();
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/\s+/g, '');
  for (const want of ['告知承诺书', '（一）已认真学习了相关法律法规规章和规范性文件', '（八）以上陈述真实、有效，是其真实意思的表示', '行政相对人（签章）', '审批机关（签章）']) {
    assert.ok(text.includes(want), `the printed letter says ${want}`);
  }
  await page.click('#makeGuide');
  assert.match(await page.textContent('#docStatus'), /“企业开办”一件事办事指南/);
  const guide = await page.$eval('#doc', (f) => f.srcdoc);
  for (const want of ['办理事项与顺序', '一套材料', '合计承诺时限', '未公布']) assert.ok(guide.includes(want), `the guide shows ${want}`);
  await page.click('#makeNotice');
  const notice = await page.$eval('#doc', (f) => f.srcdoc);
  assert.match(notice, /申请材料明白纸/);
  assert.match(notice, /12345/);
});

test("the README's page URL answers 200", async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const url = new URL(readme.match(/http:\/\/127\.0\.0\.1:\d+\/examples\/web\/\S*/)[0].replace(/[`)|]+$/, ''));
  const res = await fetch(`http://127.0.0.1:${port}${url.pathname}`);
  assert.equal(res.status, 200);
  assert.match(await res.text(), /一表申报/);
  mkdirSync(join(root, 'target', 'screenshots'), { recursive: true });
  await page.click('#prefill');
  await page.click('#split');
  await page.screenshot({ path: join(root, 'target', 'screenshots', 'web.png'), fullPage: true });
});
