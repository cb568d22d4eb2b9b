// <zw-one-form>: the 一表申报 form (一件事一次办: one form merged from several matters' forms,
// validated as it is filled, split back into one packet per department) as a custom element. It
// works in any page or framework (Vue, React, plain HTML): attributes in, DOM events out, styled by
// CSS variables, and nothing the applicant types leaves the page — every rule runs in WebAssembly.
import init, { createEngine } from './index.mjs';

const TAG = 'zw-one-form';

const STYLE = `
:host { display: block; font-family: var(--zw-font, inherit); color: var(--zw-text, #1f1f1f); }
:host([hidden]) { display: none; }
.summary { color: var(--zw-muted, #4d4d4d); font-size: .9em; margin: 0 0 8px; }
table { width: 100%; border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--zw-border, #d0d0d0); padding: 6px; text-align: left; vertical-align: top; }
th[scope="row"] { font-weight: normal; width: 30%; }
td input, td select, td textarea { width: 100%; box-sizing: border-box; padding: 4px; font: inherit; border: 1px solid var(--zw-border, #8a8a8a); border-radius: var(--zw-radius, 4px); }
td input[type="checkbox"] { width: auto; }
tr.common { background: var(--zw-common-bg, #fff8e1); }
.req::after { content: "（必填）"; color: var(--zw-error, #9e1f19); font-size: .85em; }
.error { color: var(--zw-error, #9e1f19); font-size: .9em; margin-top: 2px; }
[aria-invalid="true"] { border: 2px solid var(--zw-error, #9e1f19); }
.muted { color: var(--zw-muted, #4d4d4d); font-size: .9em; }
button { margin: 8px 8px 8px 0; padding: 6px 14px; font: inherit; background: var(--zw-accent, #1f4e8c); color: var(--zw-accent-text, #fff); border: 0; border-radius: var(--zw-radius, 4px); cursor: pointer; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid var(--zw-focus, #f2a900); outline-offset: 2px; }
.alert { border: 2px solid var(--zw-error, #9e1f19); padding: 8px 12px; margin: 8px 0; }
.alert:empty { display: none; }
a { color: var(--zw-accent, #1f4e8c); }
`;

let ready = null;
/** The WebAssembly module, fetched and compiled once for every element of the page. */
function loadModule() {
  ready ??= init();
  return ready;
}

/** The field's control: a select for an enumeration, a checkbox for a yes/no, otherwise an input. */
function control(f) {
  if (f.type === 'enum') {
    const s = document.createElement('select');
    s.append(new Option('请选择', ''), ...(f.constraints?.options ?? []).map((o) => new Option(o, o)));
    return s;
  }
  if (f.type === 'text') return Object.assign(document.createElement('textarea'), { rows: 3 });
  const i = document.createElement('input');
  i.type = f.type === 'date' ? 'date' : f.type === 'boolean' ? 'checkbox' : f.type === 'integer' || f.type === 'decimal' ? 'number' : 'text';
  if (f.type === 'resident_id' || f.type === 'uscc') i.autocomplete = 'off';
  return i;
}

function read(f, el) {
  if (f.type === 'boolean') return el.checked;
  if (el.value === '') return null;
  if (f.type === 'integer') return Number.parseInt(el.value, 10);
  if (f.type === 'decimal') return Number(el.value);
  return el.value;
}

function write(f, el, v) {
  if (f.type === 'boolean') el.checked = v === true;
  else el.value = v ?? '';
}

/** Only what the applicant filled: empty answers are absent, as the engine expects them. */
function present(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined && v !== ''));
}

export class ZwOneForm extends HTMLElement {
  static observedAttributes = ['bundle', 'choose', 'matters', 'submit-label'];

  #engine = null;
  #ownEngine = false;
  #held = null;
  #form = null;
  #values = {};
  #touched = new Set();
  #shared = null;
  #root;
  #pending = 0;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
  }

  /** An engine of the host's (`createEngine(config)` of this package); by default the element makes its own. */
  get engine() { return this.#engine; }
  set engine(e) {
    this.#release();
    this.#engine = e ?? null;
    this.#ownEngine = false;
    if (this.isConnected) this.#rebuild();
  }

  /** Shared data (法人库, 人口库 …) the 预填 button fills the form from; no button without it. */
  get shared() { return this.#shared; }
  set shared(s) {
    this.#shared = s ?? null;
    if (this.#form) this.#render();
  }

  /** The answers so far, by data element. */
  get values() { return { ...this.#values }; }
  set values(v) {
    this.#values = { ...(v ?? {}) };
    if (this.#form) this.#render();
  }

  /** The merged form (fields, materials, reasons), once built. */
  get form() { return this.#form; }

  connectedCallback() { this.#rebuild(); }
  disconnectedCallback() { this.#release(); }
  attributeChangedCallback(_name, old, now) {
    if (old !== now && this.isConnected) this.#rebuild();
  }

  /** Validates every field now, as a submit would, without splitting. */
  checkValidity() {
    return this.#validate(true).valid;
  }

  #release() {
    this.#held?.free();
    this.#held = null;
    if (this.#ownEngine) this.#engine?.free();
    if (this.#ownEngine) this.#engine = null;
    this.#ownEngine = false;
  }

  #request() {
    const list = (name) => (this.getAttribute(name) ?? '').split(/[\s,，、]+/).filter(Boolean);
    if (this.hasAttribute('matters')) return { matters: list('matters') };
    const req = { bundle: this.getAttribute('bundle') ?? '' };
    if (this.hasAttribute('choose')) req.choose = list('choose');
    return req;
  }

  async #rebuild() {
    const turn = ++this.#pending;
    this.#root.replaceChildren(this.#style(), Object.assign(document.createElement('p'), { role: 'status', className: 'muted', textContent: '正在加载申请表…' }));
    try {
      await loadModule();
      if (turn !== this.#pending || !this.isConnected) return;
      if (!this.#engine) {
        this.#engine = createEngine();
        this.#ownEngine = true;
      }
      this.#held?.free();
      this.#held = null;
      this.#form = this.#engine.form.merge(this.#request());
      this.#held = this.#engine.form.hold(this.#form);
      this.#touched = new Set();
      this.#render();
      this.#emit('zw-ready', { form: this.#form });
    } catch (err) {
      if (turn !== this.#pending) return;
      this.#form = null;
      const p = Object.assign(document.createElement('p'), { role: 'alert', className: 'alert', textContent: `无法生成申请表：${err.message}` });
      this.#root.replaceChildren(this.#style(), p);
      this.#emit('zw-error', { code: err.code ?? 'internal.error', message: err.message, path: err.path });
    }
  }

  #style() {
    return Object.assign(document.createElement('style'), { textContent: STYLE });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  #departments() {
    return new Map(this.#form.matters.map((m) => [m.department.id, m.department.name]));
  }

  #render() {
    const form = this.#form;
    const depts = this.#departments();
    const names = new Map(form.matters.map((m) => [m.code, m.name]));
    const summary = Object.assign(document.createElement('p'), {
      className: 'summary',
      textContent: `共${form.matters.length}个事项、${form.fields.length}个数据项，一张表填写，按部门分送（底色标出多个事项共用的数据项）。`,
    });
    const alert = Object.assign(document.createElement('div'), { className: 'alert', role: 'alert', tabIndex: -1 });
    alert.setAttribute('part', 'errors');
    const table = document.createElement('table');
    table.innerHTML = '<caption class="muted">申请表</caption><thead><tr><th scope="col">项目</th><th scope="col">填写</th><th scope="col">所需部门</th></tr></thead>';
    const body = document.createElement('tbody');
    for (const f of form.fields) {
      const tr = document.createElement('tr');
      tr.dataset.element = f.element;
      if (f.common) tr.className = 'common';
      const th = Object.assign(document.createElement('th'), { scope: 'row' });
      const label = Object.assign(document.createElement('label'), { htmlFor: `f-${f.element}`, textContent: f.label });
      if (f.required && !f.produced_by) label.className = 'req';
      th.append(label);
      const td = document.createElement('td');
      const el = control(f);
      el.id = `f-${f.element}`;
      el.name = f.element;
      el.required = f.required && !f.produced_by;
      el.setAttribute('aria-describedby', `e-${f.element}`);
      write(f, el, this.#values[f.element]);
      if (f.produced_by) {
        el.disabled = true;
        el.placeholder = `由“${names.get(f.produced_by) ?? f.produced_by}”办结后回填`;
      }
      el.addEventListener(f.type === 'boolean' || f.type === 'enum' ? 'change' : 'input', () => {
        this.#values[f.element] = read(f, el);
        this.#touched.add(f.element);
        const result = this.#validate(false);
        this.#emit('zw-change', { values: this.values, valid: result.valid, errors: result.errors });
      });
      const err = Object.assign(document.createElement('div'), { className: 'error', id: `e-${f.element}` });
      td.append(el, err);
      const dept = Object.assign(document.createElement('td'), { className: 'muted', textContent: f.departments.map((d) => depts.get(d) ?? d).join('、') });
      tr.append(th, td, dept);
      body.append(tr);
    }
    table.append(body);
    const materials = document.createElement('ul');
    materials.setAttribute('aria-label', '申请材料（一套）');
    materials.append(...form.materials.map((m) => {
      const note = m.produced_by ? `（由“${names.get(m.produced_by) ?? m.produced_by}”办结后产生，无需提交）` : m.required ? '' : '（可选）';
      return Object.assign(document.createElement('li'), { textContent: `${m.name}${m.common ? `（${m.needed_by.length}个事项共用，只交一次）` : ''}${note}` });
    }));
    const buttons = document.createElement('div');
    if (this.#shared) {
      const pre = Object.assign(document.createElement('button'), { type: 'button', textContent: '从共享数据预填' });
      pre.setAttribute('part', 'prefill');
      pre.addEventListener('click', () => this.#prefill());
      buttons.append(pre);
    }
    const submit = Object.assign(document.createElement('button'), { type: 'submit', textContent: this.getAttribute('submit-label') ?? '提交并分送各部门' });
    submit.setAttribute('part', 'submit');
    buttons.append(submit);
    const status = Object.assign(document.createElement('p'), { className: 'muted', role: 'status' });
    const el = document.createElement('form');
    el.noValidate = true;
    el.append(summary, alert, table, Object.assign(document.createElement('p'), { className: 'muted', textContent: '申请材料（一套）：' }), materials, buttons, status);
    el.addEventListener('submit', (e) => { e.preventDefault(); this.#submit(); });
    this.#root.replaceChildren(this.#style(), el);
    this.#validate(false);
  }

  #prefill() {
    const p = this.#held.prefill(this.#shared, present(this.#values));
    this.#values = { ...this.#values, ...p.values };
    for (const k of Object.keys(p.filled_from)) this.#touched.add(k);
    this.#render();
    this.#status(`已从共享数据预填${Object.keys(p.filled_from).length}项，还需填写${p.required_to_fill.length}项必填项。`);
    this.#emit('zw-change', { values: this.values, ...this.#held.validate(present(this.#values)) });
  }

  #status(text) {
    const s = this.#root.querySelector('[role="status"]');
    if (s) s.textContent = text;
  }

  /** Messages beside their fields: a missing required answer only once touched, or all on submit. */
  #validate(all) {
    const result = this.#held.validate(present(this.#values));
    for (const tr of this.#root.querySelectorAll('tbody tr')) {
      const el = tr.dataset.element;
      const errs = result.errors.filter((e) => e.element === el && (e.code !== 'form.required' || all || this.#touched.has(el)));
      tr.querySelector('.error').textContent = errs.map((e) => e.message).join('；');
      tr.querySelector(`#f-${CSS.escape(el)}`).setAttribute('aria-invalid', errs.length ? 'true' : 'false');
    }
    return result;
  }

  #submit() {
    const result = this.#validate(true);
    const alert = this.#root.querySelector('.alert');
    if (!result.valid) {
      const labels = new Map(this.#form.fields.map((f) => [f.element, f.label]));
      const ul = document.createElement('ul');
      for (const e of result.errors) {
        const a = Object.assign(document.createElement('a'), { href: `#f-${e.element}`, textContent: labels.has(e.element) ? e.message : `${e.element}：${e.message}` });
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          this.#root.getElementById(`f-${e.element}`)?.focus();
        });
        const li = document.createElement('li');
        li.append(a);
        ul.append(li);
      }
      alert.replaceChildren(Object.assign(document.createElement('p'), { textContent: `提交前请修改以下${result.errors.length}处：` }), ul);
      alert.focus();
      this.#status('');
      this.#emit('zw-invalid', { errors: result.errors });
      return;
    }
    alert.replaceChildren();
    const split = this.#held.split(present(this.#values));
    this.#status(`已按部门分送：${split.packets.map((p) => `${p.department.name}（${p.name}）`).join('、')}。`);
    this.#emit('zw-split', split);
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, ZwOneForm);
