import {createApp} from 'vue';
// Each module defines its element; the locale module adds Russian to every element.
import 'newsroom-elements/news-article.js';
import 'newsroom-elements/podcast-player.js';
import 'newsroom-elements/locales/ru.js';
import App from './App.vue';

createApp(App).mount('#app');
