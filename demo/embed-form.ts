// The "make my embed code" form: fields → the embed URL → a preview frame and the code to copy,
// made by the same function as the share menu's "Embed" and oEmbed's `html`.
import {
  EMBED_SANDBOX,
  embedCode,
  embedHeight,
  embedUrl,
  type EmbedParams,
} from '../src/shared/embed-code.js';
import '../src/embed/resize.js';

const form = document.querySelector<HTMLFormElement>('.embed-form')!;
const preview = document.querySelector<HTMLElement>('.embed-preview')!;
const output = document.querySelector<HTMLTextAreaElement>('.embed-code')!;
const status = document.querySelector<HTMLElement>('.embed-copied')!;
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;

field('page').value = new URL('../dist/embed.html', location.href).href;
field('src').value = new URL('./media/episode-1.ogg', location.href).href;

function update(): void {
  const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const params: EmbedParams = {...values, theme: values.theme as EmbedParams['theme']};
  const src = embedUrl(values.page ?? '', params);
  status.textContent = '';
  if (!src) {
    output.value = '';
    return;
  }
  const title = values.title || 'Podcast player';
  output.value = embedCode({src, title, height: embedHeight(params)});
  // The preview is the same frame, built with the DOM (never from the code's text).
  const frame = document.createElement('iframe');
  Object.assign(frame, {src, title, height: String(embedHeight(params))});
  frame.setAttribute('loading', 'lazy');
  frame.setAttribute('sandbox', EMBED_SANDBOX);
  frame.setAttribute('allow', 'autoplay');
  frame.className = 'embed-frame';
  preview.replaceChildren(frame);
}

form.addEventListener('change', update);
update();
document.querySelector('.embed-copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(output.value);
    status.textContent = 'Copied.';
  } catch {
    output.select();
    status.textContent = 'Select the code and copy it.';
  }
});
