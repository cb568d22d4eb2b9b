// <zw-one-form> in a Vue 3 app: a prop for the shared data, @zw-split into the app's state.
import { createApp, ref } from 'vue';
import 'zhengwu/one-form';

const app = createApp({
  setup() {
    const packets = ref([]);
    const shared = { 法人库: { uscc: '91120116MA05JJK24M', entity_name: '天津某某科技有限公司', legal_rep_name: '李四', domicile: '天津市滨海新区某路1号' } };
    const onSplit = (e) => { packets.value = e.detail.packets; };
    const onReady = () => { document.body.dataset.ready = '1'; };
    return { packets, shared, onSplit, onReady };
  },
  template: `
    <h1>企业开办</h1>
    <zw-one-form bundle="enterprise-opening" :shared.prop="shared" @zw-split="onSplit" @zw-ready="onReady"></zw-one-form>
    <ul id="out"><li v-for="p in packets" :key="p.matter">{{ p.department.name }} · {{ p.name }}</li></ul>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('zw-');
app.mount('#app');
