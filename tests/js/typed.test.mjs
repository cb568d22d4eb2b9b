// The typed JS API agrees with the JSON door; errors carry code and path; Date objects work.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine, version } from '../../wasm/pkg-node/index.mjs';

const engine = createEngine();

test('calendar', () => {
  assert.equal(engine.calendar.addWorkdays('2024-09-30', 1), '2024-10-08');
  assert.equal(engine.calendar.addWorkdays(new Date(2024, 8, 30), 1), '2024-10-08');
  assert.equal(engine.calendar.workdaysBetween('2024-10-08', '2024-09-30'), -1);
  assert.equal(engine.calendar.isWorkday('2024-02-04'), true);
  assert.deepEqual(engine.calendar.day('2024-02-10'), engine.call('calendar.day', { date: '2024-02-10' }));
  const d = engine.calendar.deadline('2024-08-20', { natural_days: 60 });
  assert.equal(d.due, '2024-10-21');
  assert.equal(d.reasons.at(-1).citation.article, '第二百零三条');
});

test("the calendar fast paths give the JSON door's answers and errors", () => {
  const outcome = (f) => {
    try {
      return { ok: f() };
    } catch (e) {
      return { code: e.code, path: e.path, message: e.message, name: e.name };
    }
  };
  const dates = ['2017-12-31', '2018-01-01', '2024-02-10', '2024-02-29', '2023-02-29', '2024-02-30', '2024-13-01',
    '2026-12-31', '2027-01-01', '0999-01-01', '0024-01-01', '9999-12-31', '2024-1-02', ' 2024-01-02', 'x',
    new Date(2024, 8, 29), new Date(2026, 11, 31), new Date(2017, 0, 1), new Date(NaN), new Date(99999, 0, 1)];
  let x = 12345;
  const rnd = (n) => { x = (x * 1103515245 + 12345) % 2147483648; return x % n; };
  for (let i = 0; i < 3000; i++) {
    const t = Date.UTC(2017, 6, 1) + rnd(3600) * 86400000;
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  const counts = [0, 1, -1, 60, -60, 2500, -2500, 1e12, 2 ** 53, 1.5, NaN];
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i], other = dates[(i * 7 + 3) % dates.length], n = i < 40 ? counts[i % counts.length] : rnd(401) - 200;
    const viaJson = (op, input) => engine.call(op, input);
    assert.deepEqual(outcome(() => engine.calendar.addWorkdays(d, n)),
      outcome(() => viaJson('calendar.add_workdays', { date: d instanceof Date ? isoLocal(d) : d, days: n }).date), `${d} + ${n}`);
    assert.deepEqual(outcome(() => engine.calendar.isWorkday(d)),
      outcome(() => viaJson('calendar.day', { date: d instanceof Date ? isoLocal(d) : d }).workday), `${d}`);
    assert.deepEqual(outcome(() => engine.calendar.workdaysBetween(d, other)),
      outcome(() => viaJson('calendar.workdays_between', { from: d instanceof Date ? isoLocal(d) : d, to: other instanceof Date ? isoLocal(other) : other }).days), `${d} → ${other}`);
  }
});

function isoLocal(d) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

test('errors are Errors with code and path', () => {
  assert.throws(() => engine.calendar.addWorkdays('2031-01-01', 1), (e) => e instanceof Error && e.name === 'ZhengwuError' && e.code === 'calendar.out_of_range' && e.path === 'date');
  assert.throws(() => engine.call('no.such.op', {}), (e) => e.code === 'op.unknown' && e.path === null);
  assert.throws(() => createEngine({ policy: 'nowhere' }), (e) => e.code === 'config.unknown_profile');
  assert.throws(() => engine.calendar.addWorkdays('2024-01-02', '11010519491231002X'), (e) => !e.message.includes('11010519491231002X'));
});

test('identifiers, bundles, forms', () => {
  assert.equal(engine.ids.resident('11010519491231002X').masked, '110105********002X');
  assert.equal(engine.ids.uscc('91350100M000100Y44').valid, false);
  assert.equal(engine.bundles().length, 23);
  assert.equal(engine.bundles('personal').length, 13);
  const form = engine.form.merge({ bundle: 'enterprise-opening' });
  assert.deepEqual(form, engine.call('form.merge', { bundle: 'enterprise-opening' }));
  const pre = engine.form.prefill(form, { 法人库: { entity_name: '天津某某科技有限公司' } });
  assert.equal(pre.filled_from.entity_name, '法人库');
  const bad = engine.form.validate(form, { legal_rep_id: '110105194912310021' });
  assert.ok(bad.errors.some((e) => e.element === 'legal_rep_id' && e.code === 'form.resident_id'));
  const split = engine.form.split(form, pre.values);
  assert.equal(split.packets.length, 5);
  assert.equal(split.packets[0].values.entity_name, '天津某某科技有限公司');
});

test('commitment and credit', () => {
  const matter = engine.bundle('enterprise-opening').matters[0].code;
  const firm = { uscc: '91350100M000100Y43' };
  const opened = engine.commitment.open({ matter, applicant: { subject: firm }, committed_on: new Date(2024, 0, 31), missing: ['domicile-proof'] });
  assert.equal(opened.deadlines.materials_due, '2024-04-29');
  const late = engine.commitment.tick(opened.state, '2024-04-30');
  assert.equal(late.state.status, 'revoked');
  const record = late.effects.find((e) => e.type === 'credit_judgement').record;
  const st = engine.credit.status(firm, [record], '2024-05-06');
  assert.equal(st.blacklisted, true);
  const el = engine.commitment.eligibility({ matter, applicant: { subject: firm, records: [record] }, missing: ['domicile-proof'], today: '2024-05-06' });
  assert.equal(el.eligible, false);
  assert.equal(el.reasons[0].code, 'commitment.blacklisted');
  assert.equal(engine.credit.judge({ supplied_on_time: false }).severity, 'severe');
});

test('the holiday notice', () => {
  const text = readFileSync(new URL('../fixtures/notices/2024.txt', import.meta.url), 'utf8');
  const n = engine.calendar.parseNotice(text);
  assert.equal(n.year, 2024);
  assert.equal(n.source.number, '国办发明电〔2023〕7号');
  assert.ok(n.complete);
  assert.equal(n.changes.length, 18);
  assert.throws(() => engine.calendar.parseNotice('二、春节：2月4日（星期六）上班。', 2024), (e) => e.code === 'calendar.invalid_notice');
});

test('typed answers past the official data are known as provisional', () => {
  assert.equal(engine.calendar.officialEnd(), '2026-12-31');
  const projecting = createEngine({ calendar_projection: 'statutory' });
  const due = projecting.calendar.addWorkdays('2026-12-30', 10);
  assert.ok(projecting.calendar.isProvisional(due));
  assert.ok(!projecting.calendar.isProvisional(projecting.calendar.addWorkdays('2026-12-01', 10)));
  projecting.free();
});

test('guides', () => {
  const g = engine.matterGuide('TJ-SCJGW-0001');
  assert.deepEqual(g.sections.slice(0, 2).map((s) => s.title), ['办理主体', '事项名称']);
  const missing = g.sections.flatMap((s) => s.elements).filter((e) => e.status === 'missing');
  assert.ok(missing.length > 0 && missing.every((e) => e.value === null && e.findings.length > 0));
  assert.ok(g.text.includes('办理地点：（未公布）'));
  const b = engine.bundleGuide('enterprise-opening');
  assert.equal(b.bundle, 'enterprise-opening');
  assert.ok(b.html.startsWith('<!DOCTYPE html>'));
  assert.throws(() => engine.matterGuide('NO-SUCH'), (e) => e.code === 'catalog.unknown_matter');
});

test('version', () => {
  assert.equal(version(), engine.version().version);
});

test('calendar_files are read in Node; projection is marked provisional', () => {
  const today = { start: '2026-11-30', period: { workdays: 60 } };
  const fixture = new URL('../fixtures/calendar-2027.holiday-cn.json', import.meta.url).pathname;
  const loaded = createEngine({ calendar_files: [fixture] });
  const out = loaded.call('calendar.deadline', today);
  assert.equal(out.due, '2027-03-01');
  assert.equal(out.provisional, undefined);
  const projected = createEngine({ calendar_projection: 'statutory' }).call('calendar.deadline', today);
  assert.equal(projected.due, '2027-02-25');
  assert.equal(projected.provisional, true);
  assert.throws(() => createEngine().call('calendar.deadline', today), (e) => e.code === 'calendar.out_of_range');
});

test('a Date is the day it is in China at that instant, on every host', async () => {
  const { execFileSync } = await import('node:child_process');
  const pkg = new URL('../../wasm/pkg-node/index.mjs', import.meta.url).href;
  const script = `import { createEngine } from ${JSON.stringify(pkg)};
    const e = createEngine();
    const d = new Date('2024-09-29T20:00:00Z');
    console.log(JSON.stringify([e.calendar.addWorkdays(d, 1), e.calendar.day(d).date, e.calendar.isWorkday(d)]));`;
  const run = (tz) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz } }).toString().trim();
  const want = JSON.stringify(['2024-10-08', '2024-09-30', true]);
  for (const tz of ['UTC', 'Asia/Shanghai', 'America/New_York', 'Asia/Tokyo']) assert.equal(run(tz), want, tz);
});

test('a held form answers as the JSON door does', () => {
  const merged = engine.form.merge({ bundle: 'enterprise-opening' });
  const held = engine.form.hold(merged);
  for (const values of [{}, { uscc: 'bad' }]) {
    assert.deepEqual(held.validate(values), engine.form.validate(merged, values));
    assert.equal(held.splitJson(JSON.stringify(values)), engine.callJson('form.split', JSON.stringify({ form: merged, values })));
  }
  assert.deepEqual(held.toJSON(), merged);
  assert.throws(() => held.validateJson('[1]'), (e) => e.code === 'input.wrong_type' && e.path === 'values');
  held.free();
});

test('cases: supervise, batch and stats answer as the JSON door does; Dates read as China days', () => {
  const c = {
    id: 'A-1',
    matter: 'TJ-GAJ-0007',
    events: [
      { type: 'received', on: new Date('2024-09-26T17:00:00Z'), channel: 'window' },
      { type: 'accepted', on: '2024-09-27' },
      { type: 'fee_charged', on: '2024-09-27', amount: '25.00' },
      { type: 'visit', on: '2024-10-08' },
    ],
  };
  const json = { ...c, events: c.events.map((e) => ({ ...e, on: e.on instanceof Date ? '2024-09-27' : e.on })) };
  const one = engine.cases.supervise(c, '2024-10-09');
  assert.deepEqual(one, engine.call('case.supervise', { case: json, today: '2024-10-09' }));
  assert.deepEqual(one.findings.map((f) => f.code), ['case.fee_not_published', 'case.too_many_visits']);
  const batch = engine.cases.superviseBatch([c, { matter: 'NOPE', events: [] }], '2024-10-09');
  assert.deepEqual(batch[0], one);
  assert.equal(batch[1].error.code, 'catalog.unknown_matter');
  const stats = engine.cases.stats([c], '2024-10-09');
  assert.equal(stats.cases, 1);
  assert.equal(stats.departments[0].findings.too_many_visits, 1);
  assert.throws(() => engine.cases.supervise({ matter: 'TJ-GAJ-0007', events: [{ type: 'accepted', on: '2024-09-27' }] }, '2024-10-09'),
    (e) => e.code === 'case.invalid_events' && e.path === 'case.events[0]');
});

test('letter, 明白纸 and sources through the typed API', () => {
  const out = engine.commitment.letter({ matter: 'TJ-SCJGW-0001', applicant: { name: '天津某某科技有限公司' }, committed_on: '2024-03-01', missing: ['domicile-proof'] });
  assert.equal(out.materials_due, '2024-05-28');
  assert.match(out.text, /（一）已认真学习了相关法律法规规章和规范性文件/);
  const sheet = engine.explain('calendar.deadline', engine.call('calendar.deadline', { start: '2024-09-20', period: { workdays: 20 } }));
  assert.equal(sheet.summary, '期限届满日为2024年10月23日。');
  assert.ok(engine.docs().some((d) => d.id === 'prc-licensing-law' && d.title === '中华人民共和国行政许可法'));
});
