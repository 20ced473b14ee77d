// The elements are defined in the browser (`.client`): the server renders their tags with
// their attributes and the body as light DOM, and the browser draws them when it hydrates.
import 'newsroom-elements/news-article.js';
import 'newsroom-elements/podcast-player.js';
import 'newsroom-elements/locales/ru.js';

export default defineNuxtPlugin(() => {});
