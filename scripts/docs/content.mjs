// What the manifest cannot say about each element: a live example, keyboard use and theming
// recipes. scripts/docs/pages.mjs joins these with custom-elements.json into demo/docs/<tag>.html.

export const content = {
  'news-icon': {
    example: `<p>
  <news-icon name="play"></news-icon> decorative, beside its text ·
  <news-icon name="bookmark-filled" label="Saved"></news-icon> an image named “Saved” ·
  <news-icon name="chevron-right"></news-icon> mirrors in right-to-left
</p>
<p dir="rtl"><news-icon name="chevron-right"></news-icon> in a right-to-left paragraph</p>`,
    keyboard:
      'None: an icon is never focusable. Put it inside a <code>&lt;button&gt;</code> or a link, which carries the name.',
    recipes: [
      {
        title: 'Bigger, in a colour of its own',
        css: `.recipe-big news-icon {
  --news-icon-size: 2.5rem;
  color: #0a5cff;
}`,
        example: `<p class="recipe-big"><news-icon name="radio" label="Radio"></news-icon> <news-icon name="music"></news-icon></p>`,
      },
    ],
  },
  'news-article': {
    example: `<news-article
  headline="Tides, explained"
  href="https://news.example/science/tides"
  datetime="2010-05-21"
  section="Science"
  lede="Twice a day the sea comes in and goes out again."
  author="R. Carson"
  article-id="docs-tides"
></news-article>
<news-article
  layout="full"
  heading-level="3"
  headline="Tides, explained"
  href="https://news.example/science/tides"
  datetime="2010-05-21"
  tags="Science, Sea"
  article-id="docs-tides"
>
  <p>Twice a day the sea comes in and goes out again, pulled by the Moon and the Sun.</p>
  <p>Where a coast funnels the water, the difference can reach sixteen metres.</p>
</news-article>`,
    keyboard:
      'Tab reaches the headline link (card), then the bookmark and share buttons. See <a href="./news-bookmark.html">&lt;news-bookmark&gt;</a> and <a href="./news-share.html">&lt;news-share&gt;</a> for their keys.',
    recipes: [
      {
        title: 'A brand colour and square corners',
        css: `.recipe-brand {
  --news-color-accent: #0a5cff;
  --news-article-radius: 0;
}`,
        example: `<div class="recipe-brand"><news-article section="Brand" headline="Square and blue" href="https://news.example/b"></news-article></div>`,
      },
      {
        title: 'A quieter headline, restyled through its part',
        css: `.recipe-part news-article::part(headline) {
  font-family: system-ui, sans-serif;
  letter-spacing: -0.02em;
}
.recipe-part news-article {
  --news-article-headline-size: 1.1rem;
}`,
        example: `<div class="recipe-part"><news-article headline="Set in the page's own font" href="https://news.example/c"></news-article></div>`,
      },
    ],
  },
  'news-bookmark': {
    example: `<news-bookmark article-id="docs-bookmark" headline="Tides, explained"></news-bookmark>
<news-bookmark article-id="docs-bookmark" headline="Tides, explained"></news-bookmark>
<span>(both buttons follow each other)</span>`,
    keyboard:
      'Tab to the button; Enter or Space toggles it (a real <code>&lt;button aria-pressed&gt;</code>).',
    recipes: [
      {
        title: 'A larger button in green',
        css: `.recipe-green news-bookmark {
  --news-bookmark-size: 3em;
  --news-bookmark-color: #0a7d32;
}`,
        example: `<p class="recipe-green"><news-bookmark article-id="docs-green" bookmarked></news-bookmark></p>`,
      },
    ],
  },
  'news-share': {
    example: `<news-share url="https://news.example/science/tides" title="Tides, explained" targets="copy mail telegram x"></news-share>`,
    keyboard:
      'The WAI-ARIA menu button pattern: Enter, Space or ArrowDown opens the menu on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and returns focus; Tab or a click outside closes it.',
    recipes: [
      {
        title: 'A dark menu',
        css: `.recipe-menu news-share {
  --news-share-menu-surface: #15171c;
  --news-color-text: #eceef2;
  --news-share-color: #ff7088;
}`,
        example: `<p class="recipe-menu"><news-share url="https://news.example/d" title="Dark menu"></news-share></p>`,
      },
    ],
  },
  'podcast-player': {
    example: `<podcast-player
  src="../media/episode-1.ogg"
  duration="0:36"
  title="Moscow waiting for NATO’s moves on missile defense, part 1"
  show="The Daily Seed"
  chapters="../media/episode-1.chapters.json"
  transcript="../media/episode-1.vtt"
  share
  download
></podcast-player>`,
    keyboard:
      'With focus inside the player: Space or K plays and pauses; J or ← steps back, L or → steps forward; M mutes; Shift + &lt; / Shift + &gt; change the speed. On the slider: ← ↓ / → ↑ move 5 s, Page Down / Page Up 60 s, Home / End go to the start / end. In the transcript, the cue list is one Tab stop: ↑ ↓ Home End move between cues, Enter seeks there; in its search box, Enter and Shift + Enter go to the next and previous match. The Chapters, Transcript and Episodes buttons open and close their lists.',
    recipes: [
      {
        title: 'Round and purple, with larger controls',
        css: `.recipe-player podcast-player {
  --podcast-player-accent: #6b2fd6;
  --podcast-player-radius: 2rem;
  --podcast-player-control-size: 2.75rem;
}`,
        example: `<div class="recipe-player"><podcast-player src="../media/episode-2.ogg" duration="1:05" title="Moscow waiting for NATO’s moves on missile defense, part 2"></podcast-player></div>`,
      },
      {
        title: 'State for CSS: a playing player stands out',
        css: `.recipe-state podcast-player:state(playing) {
  outline: 3px solid #c8102e;
  outline-offset: 2px;
}`,
        example: `<div class="recipe-state"><podcast-player src="../media/episode-1.ogg" duration="0:36" title="Moscow waiting for NATO’s moves on missile defense, part 1"></podcast-player></div>`,
      },
    ],
  },
};
