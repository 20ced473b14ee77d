import {parseMarkup} from '../../shared/parse-markup.js';

/**
 * A cue's payload as plain text, and who speaks (a `<v Name>` voice). WebVTT (`strict`) by its
 * cue text tokenizer: every `<` opens a tag that runs to the next `>` (or the end), and tags are
 * dropped. SRT as files come: only what looks like a tag (`<i>`, `</font>`, `<00:01.000>`) is
 * dropped, and a lone `<` stays text. One pass, so no input costs more than its length.
 * Character references are left for `decodeReferences`.
 */
export function cueText(payload: string, strict: boolean): {text: string; speaker?: string} {
  let text = '';
  let speaker: string | undefined;
  let from = 0;
  let close = -1;
  for (let open = payload.indexOf('<'); open >= 0; open = payload.indexOf('<', open + 1)) {
    // Each `>` is looked for once, however many `<` come before it.
    if (close < open) close = payload.indexOf('>', open);
    // No `>` to come: SRT has no more tags; in WebVTT the rest is one.
    if (close < 0 && !strict) break;
    if (!strict) {
      const next = payload.indexOf('<', open + 1);
      if ((next >= 0 && next < close) || !/^\/?[a-z\d]/i.test(payload.slice(open + 1, open + 3)))
        continue;
    }
    const tag = payload.slice(open + 1, close < 0 ? undefined : close);
    text += payload.slice(from, open);
    const voice = /^v[.\s]/.test(tag) && tag.search(/\s/);
    if (voice && voice > 0) speaker ??= tag.slice(voice).trim();
    if (close < 0) return tidy(text, speaker);
    from = open = close;
    from++;
  }
  return tidy(text + payload.slice(from), speaker);
}

/** The most of a cue's text that is shown (characters): a cue is a line or two of speech. */
export const MAX_CUE_TEXT = 1000;

const tidy = (text: string, speaker?: string) => {
  const tidied = text.replace(/\s+/g, ' ').trim().slice(0, MAX_CUE_TEXT);
  return speaker ? {text: tidied, speaker} : {text: tidied};
};

const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
const xml = (whole: string, name?: string, decimal?: string, hex?: string) => {
  const code = decimal ? +decimal : hex ? parseInt(hex, 16) : 0;
  return name
    ? named[name.toLowerCase()]!
    : code > 0 && code < 0x110000
      ? String.fromCodePoint(code)
      : whole;
};

/**
 * Decodes the character references in each text (`&amp;`, `&copy;`, `&amp` without a semicolon,
 * `&#x2014;`: the full HTML list) as the browser's HTML parser does, in one parse for them all.
 * The texts hold no `<` (tags were dropped), so they can only ever become text.
 */
export function decodeReferences(texts: string[]): string[] {
  const coded = texts.flatMap((text, i) => (text.includes('&') ? [i] : []));
  if (!coded.length) return texts;
  const markup = coded.map((i) => `<p>${texts[i]!.replaceAll('<', '&lt;')}`).join('');
  let decoded: HTMLCollection | undefined;
  try {
    decoded = parseMarkup(markup, 'text/html').body.children;
  } catch {
    // The page's Trusted Types forbid our parsing policy (the console says which): XML's own
    // references, and numeric ones, are still decoded.
    return texts.map((text) =>
      text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-f]+));/gi, xml),
    );
  }
  const out = [...texts];
  coded.forEach((i, k) => (out[i] = decoded[k]?.textContent ?? texts[i]!));
  return out;
}
