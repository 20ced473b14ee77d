import {Component, CUSTOM_ELEMENTS_SCHEMA} from '@angular/core';
import 'newsroom-elements/podcast-player.js';
// Per-element entries come in English: the locale module adds Russian.
import 'newsroom-elements/locales/ru.js';

@Component({
  selector: 'app-russian',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main lang="ru">
      <podcast-player
        src="/episode.wav"
        title="Выпуск 12"
        duration="27:33"
        chapters="/episode.chapters.json"
      ></podcast-player>
    </main>
  `,
})
export class Russian {}
