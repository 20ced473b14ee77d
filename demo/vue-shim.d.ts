// Vue's in-browser build (with the template compiler) has the types of 'vue'.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
