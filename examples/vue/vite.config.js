import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // Vue leaves these tags to the browser: they are custom elements.
          isCustomElement: (tag) => tag.startsWith('news-') || tag === 'podcast-player',
        },
      },
    }),
  ],
});
