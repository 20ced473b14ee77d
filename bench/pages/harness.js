// Runs in the page. bench/run.mjs drives it through `window.bench`. Markup is built with DOM
// calls, the same way for our elements, the baselines and the peers, so every variant pays the
// same cost to create its nodes.

/** The same play icon as our `play`, as an inline <svg> (the icon baseline). */
const PLAY_PATH = 'M6 4v16l14-8z';
const SVG_NS = 'http://www.w3.org/2000/svg';

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

function inlineSvg() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    width: '1em',
    height: '1em',
    'aria-hidden': 'true',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
  })) {
    svg.setAttribute(name, value);
  }
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('stroke', 'none');
  path.setAttribute('d', PLAY_PATH);
  svg.append(path);
  return svg;
}

/** One story, the same for the static card and <news-article>. */
const story = (i) => ({
  headline: `Story ${i}: the council approves the new riverside park after a long debate`,
  href: `https://example.com/news/${i}`,
  datetime: '2024-05-20T15:12:00Z',
  author: 'Anna Petrova',
  section: 'City',
  lede: 'Work starts in the spring; the first paths open to walkers before the summer holidays.',
});

/** Each variant: a function that builds element number `i`. */
const variants = {
  'static-card': (i) => {
    const s = story(i);
    return h(
      'article',
      {class: 'card'},
      h('p', {class: 'section'}, s.section),
      h('h2', {}, h('a', {href: s.href}, s.headline)),
      h(
        'p',
        {class: 'meta'},
        h('span', {}, `By ${s.author}`),
        h('time', {datetime: s.datetime}, '20 May 2024 at 15:12'),
      ),
      h('p', {class: 'lede'}, s.lede),
      h(
        'div',
        {class: 'actions'},
        h('button', {type: 'button', 'aria-pressed': 'false'}, 'Bookmark'),
        h('button', {type: 'button'}, 'Share'),
      ),
    );
  },
  'news-article': (i) => {
    const s = story(i);
    return h('news-article', {layout: 'card', 'time-zone': 'UTC', ...s});
  },
  // The same card with off-screen skipping turned off, as docs/elements/news-article.md says a page can: every card
  // is laid out and painted, like the static baseline.
  'news-article-drawn': (i) => {
    const card = variants['news-article'](i);
    card.style.contentVisibility = 'visible';
    return card;
  },
  'native-audio': (i) => h('audio', {controls: '', preload: 'none', src: `/audio.wav?${i}`}),
  'podcast-player': (i) =>
    h('podcast-player', {src: `/audio.wav?${i}`, title: `Episode ${i}`, duration: '27:33'}),
  'podcast-player-drawn': (i) => {
    const player = variants['podcast-player'](i);
    player.style.contentVisibility = 'visible';
    return player;
  },
  'media-chrome': (i) =>
    h(
      'media-controller',
      {audio: ''},
      h('audio', {slot: 'media', preload: 'none', src: `/audio.wav?${i}`}),
      h(
        'media-control-bar',
        {},
        h('media-play-button'),
        h('media-seek-backward-button'),
        h('media-seek-forward-button'),
        h('media-mute-button'),
        h('media-time-range'),
        h('media-time-display', {showduration: ''}),
      ),
    ),
  'inline-svg': () => inlineSvg(),
  'news-icon': () => h('news-icon', {name: 'play'}),
  'sl-icon': () => h('sl-icon', {name: 'play'}),
  'ion-icon': () => h('ion-icon', {name: 'play'}),
};

/**
 * Floors: what the browser alone spends on one of our elements as drawn. Each is a plain custom
 * element whose shadow root adopts the sheets of one real element, rendered first, and gets a
 * clone of its shadow DOM: the same host attributes, nodes and styles, none of the element's
 * script (no Lit, no attribute reactions, no formatting). A target under its floor cannot be met
 * by any change to the script, only by drawing less. Building one is not timed.
 */
const floors = {
  'news-article-floor': 'news-article-drawn',
  'podcast-player-floor': 'podcast-player-drawn',
  'news-icon-floor': 'news-icon',
};

async function floor(variant) {
  const of = variants[floors[variant]];
  const real = of(0);
  root().append(real);
  await settle(root());
  const shadow = real.shadowRoot;
  const sheets = [...shadow.adoptedStyleSheets];
  // Element 0's attributes on each (the text in its shadow DOM is element 0's too).
  const attributes = [...real.attributes].map(({name, value}) => [name, value]);
  const content = document.createDocumentFragment();
  for (const node of shadow.childNodes) content.append(node.cloneNode(true));
  real.remove();
  const tag = `bench-${variant}`;
  // The page rules the element added for its own tag (`<news-icon>`'s box), for this tag too.
  const own = real.localName;
  const named = new RegExp(`(?<![-\\w])${own}(?![-\\w])`, 'g');
  const retag = (rules) => {
    for (const rule of rules) {
      // Selectors only: a layer's name or a custom property may hold the tag's name too.
      if (rule.selectorText) rule.selectorText = rule.selectorText.replace(named, tag);
      if (rule.cssRules) retag(rule.cssRules);
    }
  };
  for (const sheet of [...document.adoptedStyleSheets]) {
    const text = [...sheet.cssRules].map((rule) => rule.cssText).join('');
    if (!text.includes(own)) continue;
    const copy = new CSSStyleSheet();
    copy.replaceSync(text);
    retag(copy.cssRules);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, copy];
  }
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback() {
        if (this.shadowRoot) return;
        const shadowRoot = this.attachShadow({mode: 'open'});
        shadowRoot.adoptedStyleSheets = sheets;
        shadowRoot.append(content.cloneNode(true));
      }
    },
  );
  return (variants[variant] = () => h(tag, Object.fromEntries(attributes)));
}

/** An element is drawn when its icon is in its shadow root (the peers' icons load it async). */
const drawn = {
  'sl-icon': (el) => !!el.shadowRoot?.querySelector('svg'),
  'ion-icon': (el) => !!el.shadowRoot?.querySelector('.icon-inner svg'),
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Resolves after the next frame has been produced (a double requestAnimationFrame). */
const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

const customIn = (root) =>
  [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));

/**
 * Waits until every custom element under `root`, and every one inside their shadow roots, is
 * upgraded, has resolved its `updateComplete` (Lit) and is drawn (icons), then for a frame.
 */
async function settle(root) {
  const seen = new Set();
  let pending = customIn(root);
  for (const el of pending) seen.add(el);
  while (pending.length) {
    await Promise.all(pending.map((el) => el.updateComplete));
    const next = [];
    for (const el of pending) {
      if (customElements.get(el.localName) === undefined || !(drawn[el.localName]?.(el) ?? true)) {
        next.push(el);
        continue;
      }
      if (el.shadowRoot) {
        for (const inner of customIn(el.shadowRoot)) {
          if (!seen.has(inner)) {
            seen.add(inner);
            next.push(inner);
          }
        }
      }
    }
    if (next.some((el) => !(drawn[el.localName]?.(el) ?? true))) await tick();
    pending = next;
  }
  await frame();
}

const root = () => document.getElementById('root');

window.bench = {
  /** Builds `n` of `variant`, inserts them, waits until all are drawn; returns milliseconds. */
  async render(variant, n) {
    const make = variants[variant] ?? (await floor(variant));
    const started = performance.now();
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) fragment.append(make(i));
    root().append(fragment);
    await settle(root());
    return performance.now() - started;
  },

  /** Removes everything rendered, and waits a frame. */
  async clear() {
    root().replaceChildren();
    await frame();
  },

  /** How many elements were drawn (a sanity check). */
  count(selector) {
    return document.querySelectorAll(selector).length;
  },

  /**
   * Arms one latency try: resolves with the milliseconds from the trusted input event (`type`,
   * its timeStamp) until a frame has been produced after `attribute` of the element found by
   * `find()` changed to a value that satisfies `done`.
   */
  arm(type, find, attribute, done, timeout = 3000) {
    const target = find();
    let start;
    const onInput = (event) => {
      if (event.isTrusted && start === undefined) start = event.timeStamp;
    };
    window.addEventListener(type, onInput, {capture: true});
    this.pending = new Promise((resolve) => {
      const finish = (value) => {
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener(type, onInput, {capture: true});
        resolve(value);
      };
      const observer = new MutationObserver(() => {
        if (!done(target.getAttribute(attribute))) return;
        observer.disconnect();
        // After the next frame is presented: requestAnimationFrame runs before the paint, a
        // message posted from it runs after.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            finish(start === undefined ? -1 : performance.now() - start);
          channel.port2.postMessage(0);
        });
      });
      observer.observe(target, {attributes: true, attributeFilter: [attribute]});
      const timer = setTimeout(() => finish(null), timeout);
    });
  },

  player: () => document.querySelector('podcast-player'),
  part: (name) =>
    document.querySelector('podcast-player').shadowRoot.querySelector(`[part="${name}"]`),

  /** Arms a try on the play button: until its label says `want` ("Pause" or "Play"). */
  armPlay(want) {
    this.arm(
      'click',
      () => this.part('play-button'),
      'aria-label',
      (v) => v === want,
    );
  },

  /** Arms a try on the seek slider: until aria-valuenow differs from now. */
  armSeek() {
    const before = this.part('scrubber').getAttribute('aria-valuenow');
    this.arm(
      'keydown',
      () => this.part('scrubber'),
      'aria-valuenow',
      (v) => v !== before,
    );
  },

  /** The centre of a part of the player, in viewport pixels. */
  centre(name) {
    return centreOf(this.part(name));
  },

  /**
   * The interaction page: `n` cards and `n` players, one after the other, as a long news page
   * would have them. The player in the middle (`#target`) has chapters and a transcript, and the
   * card before it (`#target-card`) is the one whose share menu opens. Scrolls them into view.
   */
  async busy(n) {
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < n; i++) {
      const card = variants['news-article'](i);
      const player = variants['podcast-player'](i);
      if (i === n >> 1) {
        card.id = 'target-card';
        player.id = 'target';
        player.setAttribute('duration', '10:00');
        player.setAttribute('chapters', '/chapters.json');
        player.setAttribute('transcript', '/transcript.vtt');
      }
      fragment.append(card, player);
    }
    root().append(fragment);
    await settle(root());
    document.getElementById('target-card').scrollIntoView({block: 'start'});
    await frame();
  },

  /** The centre of `part` of the target player (or of the target card, `card` true). */
  target(part, card = false) {
    const host = document.getElementById(card ? 'target-card' : 'target');
    return centreOf(host.shadowRoot.querySelector(`[part~="${part}"]`), part === 'scrubber');
  },

  /** The target player's state, for waits: [currentTime, paused, open panels, menus shown]. */
  state() {
    const player = document.getElementById('target');
    const card = document.getElementById('target-card');
    return {
      time: player.currentTime,
      paused: player.paused,
      panels: player.shadowRoot.querySelectorAll('.panel:not([hidden])').length,
      menu: !!card.shadowRoot.querySelector(':popover-open'),
    };
  },

  /**
   * Starts recording main-thread tasks over 50 ms (Long Tasks API), once it has seen a task of
   * 80 ms made on purpose (so a quiet result means quiet, not unobserved); resolves with it.
   */
  async watchLongTasks() {
    this.tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) this.tasks.push(entry.duration);
    }).observe({type: 'longtask'});
    setTimeout(() => {
      const end = performance.now() + 80;
      while (performance.now() < end);
    });
    await this.idle();
    return this.tasks.splice(0);
  },

  /** Resolves once the page has produced two frames and had an idle moment. */
  idle: () =>
    frame().then(() => new Promise((resolve) => requestIdleCallback(resolve, {timeout: 500}))),
};

/** The centre of `el` in viewport pixels (`threeQuarters`: at three quarters of its width). */
function centreOf(el, threeQuarters = false) {
  const box = el.getBoundingClientRect();
  return {
    x: box.left + box.width * (threeQuarters ? 0.75 : 0.5),
    y: box.top + box.height / 2,
  };
}
