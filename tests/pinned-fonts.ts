// Screenshot tests draw with fonts this repository pins (dev dependencies from the npm registry),
// never with the machine's: `sans-serif` is DejaVu on one machine and Noto on the next, enough to
// move a baseline by several percent.

const files = '/node_modules/@fontsource';
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const ARABIC = 'U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200E,U+FB50-FDFF,U+FE70-FEFC';

/** [family, file, weight, unicode-range] for each face the screenshots use. */
const FACES: [string, string, number, string][] = [
  ...[400, 600, 700].flatMap((weight): [string, string, number, string][] => [
    ['Pinned Sans', `noto-sans/files/noto-sans-latin-${weight}-normal.woff2`, weight, LATIN],
    [
      'Pinned Sans',
      `noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`,
      weight,
      ARABIC,
    ],
  ]),
  ...[400, 700].map((weight): [string, string, number, string] => [
    'Pinned Serif',
    `noto-serif/files/noto-serif-latin-${weight}-normal.woff2`,
    weight,
    LATIN,
  ]),
];

let loaded: Promise<void> | undefined;

/**
 * Gives `el` (and the elements inside it) the pinned fonts, as page text and as the elements'
 * `--news-font-family` tokens, once every face has loaded.
 */
export async function usePinnedFonts(el: HTMLElement): Promise<void> {
  loaded ??= Promise.all(
    FACES.map(async ([family, file, weight, range]) => {
      const face = new FontFace(family, `url(${files}/${file})`, {
        weight: String(weight),
        unicodeRange: range,
      });
      document.fonts.add(await face.load());
    }),
  ).then(() => undefined);
  el.style.fontFamily = `'Pinned Sans'`;
  el.style.setProperty('--news-font-family', `'Pinned Sans'`);
  el.style.setProperty('--news-font-family-heading', `'Pinned Serif', 'Pinned Sans'`);
  await loaded;
  await document.fonts.ready;
}
