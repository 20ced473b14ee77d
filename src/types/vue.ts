// Vue 3 typings for the elements in templates (checked by vue-tsc / Volar):
// `import type {} from 'newsroom-elements/vue'` once in the app. Tell Vue the tags are custom
// elements (`compilerOptions.isCustomElement: (tag) => tag.startsWith('news-') || tag === 'podcast-player'`).
import type {DefineComponent} from 'vue';
import type {NewsroomElements, VueListeners} from './elements.js';

export type NewsroomVueComponents = {
  [T in keyof NewsroomElements]: DefineComponent<
    NewsroomElements[T]['props'] & VueListeners<NewsroomElements[T]['events']>
  >;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends NewsroomVueComponents {}
}
