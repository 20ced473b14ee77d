import {afterNextRender, Component, CUSTOM_ELEMENTS_SCHEMA, signal} from '@angular/core';
import {RouterLink} from '@angular/router';
// The element modules import on the server too, and define the elements in the browser.
import 'newsroom-elements/news-article.js';
import 'newsroom-elements/podcast-player.js';
import type {BookmarkChangeEvent} from 'newsroom-elements/news-bookmark.js';

@Component({
  selector: 'app-story',
  imports: [RouterLink],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // Attributes, [attr.x] bindings: the server's HTML carries them (a property binding is set
  // on the server's DOM object and is not written into the HTML).
  template: `
    <news-article
      layout="full"
      [attr.article-id]="story.id"
      [attr.headline]="story.title"
      (bookmark-change)="onBookmark($event)"
    >
      <p>Twice a day the sea comes in over the flats, and the village moves its boats uphill.</p>
    </news-article>
    <p id="bookmark-log" aria-live="polite">{{ bookmarkLog() }}</p>

    <podcast-player
      src="/episode.wav"
      title="Episode 12"
      duration="27:33"
      (play)="onPlay($event)"
    ></podcast-player>
    <p id="play-log" aria-live="polite">{{ playLog() }}</p>
    <p><a routerLink="/ru">По-русски</a></p>
  `,
})
export class Story {
  readonly story = {id: 'tides-2026', title: 'Tides rise over the northern flats'};
  readonly bookmarkLog = signal('');
  readonly playLog = signal('');

  constructor() {
    afterNextRender(() => (document.body.dataset['hydrated'] = ''));
  }

  onBookmark(event: Event): void {
    const {bookmarked, articleId} = event as BookmarkChangeEvent;
    this.bookmarkLog.set(`${bookmarked ? 'Bookmarked' : 'Removed'}: ${articleId}`);
  }

  onPlay(event: Event): void {
    this.playLog.set(`Playing: ${(event.target as HTMLElement).title}`);
  }
}
