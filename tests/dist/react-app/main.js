// <zw-one-form> in a React app (no JSX, no plugin): the shared data set as a property and the
// zw-split event listened for through a ref, which works alike in React 18 and 19.
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'zhengwu/one-form';

const shared = { 法人库: { uscc: '91120116MA05JJK24M', entity_name: '天津某某科技有限公司', legal_rep_name: '李四', domicile: '天津市滨海新区某路1号' } };

function App() {
  const form = useRef(null);
  const [packets, setPackets] = useState([]);
  useEffect(() => {
    const el = form.current;
    el.shared = shared;
    const onSplit = (e) => setPackets(e.detail.packets);
    const onReady = () => { document.body.dataset.ready = '1'; };
    el.addEventListener('zw-split', onSplit);
    el.addEventListener('zw-ready', onReady);
    if (el.form) onReady();
    return () => {
      el.removeEventListener('zw-split', onSplit);
      el.removeEventListener('zw-ready', onReady);
    };
  }, []);
  return h('div', null,
    h('h1', null, '企业开办'),
    h('zw-one-form', { ref: form, bundle: 'enterprise-opening' }),
    h('ul', { id: 'out' }, packets.map((p) => h('li', { key: p.matter }, `${p.department.name} · ${p.name}`))));
}

createRoot(document.getElementById('app')).render(h(App));
