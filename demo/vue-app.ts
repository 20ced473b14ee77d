// A Vue 3 app using the elements: props bound with `:` in camelCase (Vue then sets them as
// properties; kebab-case binds attributes), events with `@`, the tags declared as custom
// elements. The in-browser build of Vue compiles the template, so this page needs no Vue tooling.
import {createApp, ref} from 'vue/dist/vue.esm-browser.prod.js';
import '../src/index.js';
import {episodes} from './episodes.js';
import type {BookmarkChangeEvent} from '../src/bookmark/news-bookmark.js';

const stories = [
  {
    id: 'vue-nato',
    title: 'Moscow waiting for NATO’s moves',
    section: 'World',
    href: 'https://news.example/nato',
  },
  {
    id: 'vue-tides',
    title: 'Tides, explained',
    section: 'Science',
    href: 'https://news.example/tides',
  },
  {
    id: 'vue-radio',
    title: 'The last radio station',
    section: 'Culture',
    href: 'https://news.example/radio',
  },
];

const app = createApp({
  setup() {
    const saved = ref<string[]>([]);
    const played = ref(0);
    const onBookmark = (event: BookmarkChangeEvent) => {
      saved.value = event.bookmarked
        ? [...saved.value, event.articleId]
        : saved.value.filter((id) => id !== event.articleId);
    };
    return {stories, episode: episodes[0], saved, played, onBookmark};
  },
  template: `
    <h1>Stories, rendered by Vue</h1>
    <p class="vue-saved" aria-live="polite">Saved: {{ saved.length }}</p>
    <news-article
      v-for="(story, i) in stories"
      :key="story.id"
      :articleId="story.id"
      :headline="story.title"
      :href="story.href"
      :section="story.section"
      :headingLevel="2"
      @bookmark-change="onBookmark"
    ></news-article>
    <podcast-player
      :src="episode.src"
      :duration="episode.duration"
      :title="episode.title"
      :stepBack="10"
      @play="played++"
    ></podcast-player>
    <p class="vue-played">Played: {{ played }}</p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag: string) =>
  tag.startsWith('news-') || tag === 'podcast-player';
app.mount('#app');
