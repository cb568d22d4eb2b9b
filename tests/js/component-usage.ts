// Type-checked usage of <zw-one-form> (tsc --noEmit with the DOM library): the element's
// properties, its typed events, and the tag name mapped to its class.
import '../../wasm/pkg/one-form.mjs';
import { createEngine } from '../../wasm/pkg/index.mjs';
import type { ZwOneForm } from '../../wasm/pkg/one-form.mjs';

const el: ZwOneForm = document.createElement('zw-one-form');
el.setAttribute('bundle', 'enterprise-opening');
el.engine = createEngine({ lang: 'zh' });
el.shared = { 法人库: { entity_name: '某公司' } };
el.addEventListener('zw-split', (e) => {
  const departments: string[] = e.detail.packets.map((p) => p.department.name);
  console.log(departments);
});
el.addEventListener('zw-invalid', (e) => console.log(e.detail.errors.map((x) => x.message)));
el.addEventListener('zw-error', (e) => console.log(e.detail.code));
const found: ZwOneForm | null = document.querySelector('zw-one-form');
const ok: boolean = el.checkValidity();
console.log(found?.form?.fields.length, ok, el.values);
