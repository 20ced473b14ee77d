export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  devtools: {enabled: false},
  telemetry: false,
  app: {
    head: {
      htmlAttrs: {lang: 'en'},
      title: 'newsroom-elements with Nuxt',
      link: [{rel: 'icon', href: 'data:,'}],
    },
  },
  vue: {
    compilerOptions: {
      // Vue leaves these tags to the browser: they are custom elements.
      isCustomElement: (tag) => tag.startsWith('news-') || tag === 'podcast-player',
    },
  },
});
