// The template is compiled in the browser: Vue's full build, as the Vue guide gives it for
// in-DOM templates; the element is left to the browser (compilerOptions.isCustomElement).
export default { resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } } };
