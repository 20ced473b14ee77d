// Opens demo pages in iframes of the test page, as a reader's browser would load them.

/** The demo's pages (demo/*.html), each as the test server serves it. */
export const DEMO_PAGES = ['index', 'podcast', 'theming', 'seed', 'icons', 'vue', 'plain'].map(
  (name) => `/demo/${name}.html`,
);

interface Declaration {
  tagName?: string;
  customElement?: boolean;
}

/** Every element's docs page (demo/docs/<tag>.html), one per element in the manifest. */
export async function docsPages(): Promise<string[]> {
  const manifest: {modules: {declarations?: Declaration[]}[]} = await (
    await fetch('/custom-elements.json')
  ).json();
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => `/demo/docs/${d.tagName}.html`);
}

/** Opens `path` in an iframe `width` pixels wide (no border) and resolves once it has loaded. */
export async function open(
  path: string,
  width = 900,
): Promise<{frame: HTMLIFrameElement; win: Window; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 700px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow!, doc: frame.contentDocument!};
}
