// The 一表申报 page: every rule runs in the browser through the zhengwu WASM package; nothing the
// applicant types leaves the page.
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
let touched = new Set();

/** `2024-11-18` → `2024年11月18日`. */
const zhDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};
/** Today in China, as `YYYY-MM-DD`, whatever the computer's time zone. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const citeText = (c) => c.text ?? `${c.doc} ${c.article}`;

function inputFor(f) {
  if (f.type === 'enum') {
    const s = document.createElement('select');
    s.append(new Option('请选择', ''), ...(f.constraints.options ?? []).map((o) => new Option(o, o)));
    return s;
  }
  const i = document.createElement('input');
  i.type = f.type === 'date' ? 'date' : f.type === 'integer' || f.type === 'decimal' ? 'number' : 'text';
  if (f.type === 'boolean') i.type = 'checkbox';
  if (f.type === 'resident_id' || f.type === 'uscc') i.autocomplete = 'off';
  return i;
}

function coerce(f, el) {
  if (f.type === 'boolean') return el.checked;
  if (el.value === '') return null;
  if (f.type === 'integer') return Number.parseInt(el.value, 10);
  return el.value;
}

function departmentName(id) {
  return engine.bundle(form.bundle).matters.find((m) => m.department.id === id)?.department.name ?? id;
}

function renderForm() {
  const tbody = $('form').querySelector('tbody');
  tbody.replaceChildren();
  for (const f of form.fields) {
    const tr = document.createElement('tr');
    tr.dataset.element = f.element;
    if (f.common) tr.className = 'common';
    const head = document.createElement('th');
    head.scope = 'row';
    const label = document.createElement('label');
    label.htmlFor = `f-${f.element}`;
    label.textContent = f.label;
    if (f.required) label.classList.add('req');
    head.append(label);
    const cell = document.createElement('td');
    const el = inputFor(f);
    el.id = `f-${f.element}`;
    el.name = f.element;
    el.required = f.required;
    el.setAttribute('aria-describedby', `e-${f.element}`);
    if (values[f.element] != null) el.value = values[f.element];
    if (f.produced_by) {
      el.disabled = true;
      el.placeholder = `由“${engine.matter(f.produced_by).name}”办结后系统回填`;
    }
    el.addEventListener('input', () => {
      values[f.element] = coerce(f, el);
      touched.add(f.element);
      validate();
    });
    const err = document.createElement('div');
    err.className = 'error';
    err.id = `e-${f.element}`;
    cell.append(el, err);
    const depts = document.createElement('td');
    depts.className = 'muted';
    depts.textContent = f.departments.map(departmentName).join('、');
    tr.append(head, cell, depts);
    tbody.append(tr);
  }
  $('materials').replaceChildren(...form.materials.map((m) => {
    const li = document.createElement('li');
    const note = m.produced_by ? `（由“${engine.matter(m.produced_by).name}”办结后产生，无需提交）` : m.required ? '' : '（可选）';
    li.textContent = `${m.name}${m.common ? `（${m.needed_by.length}个事项共用，只交一次）` : ''}${note}`;
    return li;
  }));
  $('summary').textContent = `共${form.matters.length}个事项、${form.fields.length}个数据项（黄色底为多个事项共用）`;
  validate();
}

/** Validates; messages show beside their fields (required ones once a field was touched, or all after a submit). */
function validate(all = false) {
  const present = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));
  const result = engine.form.validate(form, present);
  for (const tr of $('form').querySelectorAll('tbody tr')) {
    const el = tr.dataset.element;
    const errs = result.errors.filter((e) => e.element === el && (e.code !== 'form.required' || all || touched.has(el)));
    tr.querySelector('.error').textContent = errs.map((e) => e.message).join('；');
    $(`f-${el}`).setAttribute('aria-invalid', errs.length ? 'true' : 'false');
  }
  const missing = result.errors.filter((e) => e.code === 'form.required').length;
  $('valid').textContent = result.valid ? '全部填写正确，可以提交。' : `还有${result.errors.length}处需要处理（其中必填未填${missing}项）。`;
  return result;
}

function merge() {
  const bundleId = $('bundle').value;
  const choose = [...$('matters').querySelectorAll('input:checked')].map((c) => c.value);
  form = engine.form.merge({ bundle: bundleId, choose });
  $('pulled').textContent = form.reasons.filter((r) => r.code === 'form.together').map((r) => `${r.message}（${citeText(r.citation)}）`).join('；');
  renderForm();
  renderLetterMatters();
}

function renderBundle() {
  const b = engine.bundle($('bundle').value);
  const legend = $('matters').querySelector('legend');
  $('matters').replaceChildren(legend, ...b.matters.map((m) => {
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
  touched = new Set();
  merge();
}

function submit(event) {
  event.preventDefault();
  const result = validate(true);
  const box = $('summaryBox');
  if (!result.valid) {
    const byField = new Map(form.fields.map((f) => [f.element, f.label]));
    box.replaceChildren(Object.assign(document.createElement('p'), { textContent: `提交前请修改以下${result.errors.length}处：` }));
    const ul = document.createElement('ul');
    for (const e of result.errors) {
      const a = document.createElement('a');
      a.href = `#f-${e.element}`;
      a.textContent = byField.has(e.element) ? e.message : `${e.element}：${e.message}`;
      a.addEventListener('click', (ev) => { ev.preventDefault(); $(`f-${e.element}`)?.focus(); });
      const li = document.createElement('li');
      li.append(a);
      ul.append(li);
    }
    box.append(ul);
    box.classList.add('show');
    box.focus();
  } else {
    box.replaceChildren();
    box.classList.remove('show');
  }
  const s = engine.form.split(form, values);
  $('packets').replaceChildren(...s.packets.map((p) => {
    const d = document.createElement('div');
    d.className = 'packet';
    const filled = p.fields.filter((f) => f.value != null && f.value !== '').length;
    d.textContent = `${p.department.name} · ${p.name}：已填${filled}/${p.fields.length}项（${p.fields.map((f) => f.label).join('、')}）`;
    return d;
  }));
}

/** The commitment deadline: the date, or the error in its place — never an old date. */
function deadline() {
  const box = $('dueBox');
  const reasons = $('dueReasons');
  const e = createEngine({ policy: $('profile').value, calendar_projection: 'statutory' });
  try {
    const period = e.call('policy.get').parameters.find((p) => p.name === 'materials_period');
    const d = e.calendar.deadline($('committed').value, period.value);
    box.classList.remove('error-state');
    box.replaceChildren('应于 ', Object.assign(document.createElement('strong'), { id: 'due', textContent: zhDate(d.due) }), d.provisional ? '（暂定：该年放假安排尚未公布）' : '', ' 前补齐材料。');
    reasons.textContent = d.reasons.map((r) => `${r.message}（${citeText(r.citation)}）`).join('；') + `；期限依据${citeText(period.citation)}。`;
  } catch (err) {
    box.classList.add('error-state');
    box.textContent = `无法计算期限：${err.message}`;
    reasons.textContent = '';
  } finally {
    e.free();
  }
}

function renderLetterMatters() {
  const s = $('letterMatter');
  s.replaceChildren(...form.matters
    .map((m) => engine.matter(m.code))
    .filter((m) => m.commitment?.allowed)
    .map((m) => new Option(m.name, m.code)));
}

function showDoc(html, status) {
  $('doc').srcdoc = html;
  $('docStatus').textContent = status;
  $('print').disabled = false;
}

function letter() {
  const code = $('letterMatter').value;
  if (!code) {
    $('docStatus').textContent = '所选事项均不适用告知承诺审批。';
    return;
  }
  const m = engine.matter(code);
  const missing = m.materials.filter((x) => x.deferrable).map((x) => x.material);
  const name = values.entity_name || values.applicant_name || '（申请人名称）';
  const e = createEngine({ calendar_projection: 'statutory' });
  try {
    const out = e.call('commitment.letter', { matter: code, applicant: { name }, committed_on: $('committed').value, missing });
    showDoc(out.html, `已生成“${m.name}”的告知承诺书，补交期限${zhDate(out.materials_due)}${out.provisional ? '（暂定）' : ''}。`);
  } catch (err) {
    $('docStatus').textContent = `无法生成告知承诺书：${err.message}`;
  } finally {
    e.free();
  }
}

function guide() {
  const id = $('bundle').value;
  const out = engine.bundleGuide(id);
  const missing = out.sections.flatMap((s) => s.elements).filter((e) => e.status === 'missing').length;
  showDoc(out.html, `已生成${out.name}${missing ? `（${missing}项要素未公布，已如实标明）` : ''}。`);
}

function notice() {
  const matters = form.matters.map((m) => m.code);
  const answer = engine.call('materials.resolve', { matters, dossier: { commitment: true } });
  const out = engine.call('explain.answer', { op: 'materials.resolve', answer });
  showDoc(out.html, '已生成申请材料明白纸。');
}

for (const b of engine.bundles()) $('bundle').append(new Option(`${b.audience === 'enterprise' ? '企业' : '个人'} · ${b.name}`, b.id));
$('bundle').addEventListener('change', renderBundle);
$('prefill').addEventListener('click', () => {
  const p = engine.form.prefill(form, SHARED, values);
  values = { ...p.values };
  renderForm();
});
$('applyForm').addEventListener('submit', submit);
$('committed').addEventListener('change', deadline);
$('profile').addEventListener('change', deadline);
$('makeGuide').addEventListener('click', guide);
$('makeLetter').addEventListener('click', letter);
$('makeNotice').addEventListener('click', notice);
$('print').addEventListener('click', () => $('doc').contentWindow.print());

$('committed').value = today();
$('bundle').value = 'enterprise-opening';
renderBundle();
deadline();
document.body.dataset.ready = '1';
