// `<news-icon>`'s CSS, as text: its shadow root holds no stylesheet (see icon-box.ts for where
// each piece goes, and why). The icon's knob, --news-icon-size, is read here directly: with no
// sheet of its own, an icon has no :host to resolve a private alias on.

/** The host's box: 1em square (or `--news-icon-size`), sitting on the text's baseline like a glyph; `hidden` still hides it. */
export const BOX = `@layer news-icon{:where(news-icon:not([hidden])){display:inline-block;inline-size:var(--news-icon-size,1em);block-size:var(--news-icon-size,1em);vertical-align:-.125em}}`;
/** What the `<svg>` itself carries: its size, whether or not the host's box rule is there. */
export const SVG_STYLE =
  'display:block;inline-size:var(--news-icon-size,1em);block-size:var(--news-icon-size,1em)';
/** Mirrors an icon that points along the reading direction, in right-to-left contexts. */
export const MIRROR = ':host(:dir(rtl)) svg{transform:scaleX(-1)}';
