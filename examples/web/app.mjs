// The 一表申报 page: all rules run in the browser through the zhengwu WASM package.
import init, { createEngine } from '../../wasm/pkg/index.mjs';

await init();
const engine = createEngine();
const $ = (id) => document.getElementById(id);
const SHARED = {
  法人库: { uscc: '91120116MA05JJK24M', entity_name: '天津某某科技有限公司', legal_rep_name: '李四', domicile: '天津市滨海新区某路1号' },
  人口库: { applicant_name: '王五', applicant_id: '11010519491231002X', mother_name: '赵丽', mother_id: '11010519491231002X' },
};
let form = null;
let values = {};

function inputFor(f) {
  if (f.type === 'enum') {
    const s = document.createElement('select');
    s.append(new Option('', ''), ...(f.constraints.options ?? []).map((o) => new Option(o, o)));
    return s;
  }
  const i = document.createElement('input');
  i.type = f.type === 'date' ? 'date' : f.type === 'integer' || f.type === 'decimal' ? 'number' : 'text';
  if (f.type === 'boolean') i.type = 'checkbox';
  return i;
}

function coerce(f, el) {
  if (f.type === 'boolean') return el.checked;
  if (el.value === '') return null;
  if (f.type === 'integer') return Number.parseInt(el.value, 10);
  return el.value;
}

function renderForm() {
  const tbody = $('form').querySelector('tbody');
  tbody.replaceChildren();
  for (const f of form.fields) {
    const tr = document.createElement('tr');
    tr.dataset.element = f.element;
    if (f.common) tr.className = 'common';
    const label = document.createElement('td');
    label.textContent = f.label;
    if (f.required) label.classList.add('req');
    const cell = document.createElement('td');
    const el = inputFor(f);
    el.name = f.element;
    if (values[f.element] != null) el.value = values[f.element];
    el.addEventListener('input', () => {
      values[f.element] = coerce(f, el);
      validate();
    });
    const err = document.createElement('div');
    err.className = 'error';
    cell.append(el, err);
    const depts = document.createElement('td');
    depts.className = 'muted';
    depts.textContent = f.departments.map((d) => engine.bundle(form.bundle).matters.find((m) => m.department.id === d)?.department.name ?? d).join('、');
    tr.append(label, cell, depts);
    tbody.append(tr);
  }
  $('materials').replaceChildren(...form.materials.map((m) => {
    const li = document.createElement('li');
    li.textContent = `${m.name}${m.common ? `（${m.needed_by.length}项共用，只交一次）` : ''}${m.required ? '' : '（可选）'}`;
    return li;
  }));
  $('summary').textContent = `${form.matters.length} 个事项，${form.fields.length} 个数据项（黄色为共用）`;
  validate();
}

function validate() {
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));
  const result = engine.form.validate(form, present);
  for (const tr of $('form').querySelectorAll('tbody tr')) {
    const errs = result.errors.filter((e) => e.element === tr.dataset.element && (e.code !== 'form.required' || tr.dataset.touched));
    tr.querySelector('.error').textContent = errs.map((e) => e.message).join('；');
  }
  const missing = result.errors.filter((e) => e.code === 'form.required').length;
  $('valid').textContent = result.valid ? '全部填写正确' : `还有 ${result.errors.length} 处需处理（其中必填未填 ${missing} 项）`;
  return result;
}

function merge() {
  const bundleId = $('bundle').value;
  const choose = [...$('matters').querySelectorAll('input:checked')].map((c) => c.value);
  form = engine.form.merge({ bundle: bundleId, choose });
  $('pulled').textContent = form.reasons.filter((r) => r.code === 'form.together').map((r) => `${r.message}（${r.citation.doc} ${r.citation.article}）`).join('；');
  renderForm();
}

function renderBundle() {
  const b = engine.bundle($('bundle').value);
  $('matters').replaceChildren(...b.matters.map((m) => {
    const l = document.createElement('label');
    l.style.display = 'block';
    const c = document.createElement('input');
    c.type = 'checkbox';
    c.value = m.code;
    c.checked = true;
    c.addEventListener('change', merge);
    l.append(c, ` ${m.name}（${m.department.name}）`);
    return l;
  }));
  values = {};
  merge();
}

for (const b of engine.bundles()) $('bundle').append(new Option(`${b.audience === 'enterprise' ? '企业' : '个人'} · ${b.name}`, b.id));
$('bundle').addEventListener('change', renderBundle);
$('prefill').addEventListener('click', () => {
  const p = engine.form.prefill(form, SHARED, values);
  values = { ...p.values };
  renderForm();
});
$('split').addEventListener('click', () => {
  for (const tr of $('form').querySelectorAll('tbody tr')) tr.dataset.touched = '1';
  validate();
  const s = engine.form.split(form, values);
  $('packets').replaceChildren(...s.packets.map((p) => {
    const d = document.createElement('div');
    d.className = 'packet';
    const filled = p.fields.filter((f) => f.value != null && f.value !== '').length;
    d.textContent = `${p.department.name} · ${p.name}：${filled}/${p.fields.length} 项 — ${p.fields.map((f) => f.label).join('、')}`;
    return d;
  }));
});

function deadline() {
  const e = createEngine({ policy: $('profile').value });
  const period = e.call('policy.get').parameters.find((p) => p.name === 'materials_period');
  const d = e.calendar.deadline($('committed').value, period.value);
  $('due').textContent = d.due;
  $('dueReasons').textContent = d.reasons.map((r) => `${r.message}（${r.citation.doc} ${r.citation.article}）`).join('；') + `；期限依据 ${period.citation.doc} ${period.citation.article}`;
  e.free();
}
$('committed').addEventListener('change', deadline);
$('profile').addEventListener('change', deadline);

$('bundle').value = 'enterprise-opening';
renderBundle();
deadline();
document.body.dataset.ready = '1';
