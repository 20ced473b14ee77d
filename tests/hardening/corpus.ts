// Hostile values for every attribute and property: markup and script, unsafe URLs in many casings
// and encodings, huge and control-character strings, bidi overrides, lone surrogates, odd numbers.

/** Set by any payload that manages to run. */
export const CANARY = '__newsroomPwned';
const run = `window.${CANARY}=1`;

export const strings: readonly string[] = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `"><svg onload=${run}>`,
  `'><iframe srcdoc="<script>parent.${run}</script>">`,
  `</script><script>${run}</script><!--`,
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  ` \tjavascript:${run}`,
  `java\nscript:${run}`,
  `java\u0000script:${run}`,
  `&#106;avascript:${run}`,
  `javascript&colon;${run}`,
  `%6A%61%76%61script:${run}`,
  `data:text/html,<script>${run}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19uZXdzcm9vbVB3bmVkPTE8L3NjcmlwdD4=`,
  `data:image/svg+xml,<svg onload="${run}"/>`,
  `vbscript:msgbox(1)`,
  `VBScript:msgbox(1)`,
  `//evil.example/%2e%2e`,
  `{{constructor.constructor('${run}')()}}`,
  `\${${run}}`,
  'x'.repeat(1_000_000),
  '\u0000\u0001\u0008\u001b\u007f\u0085',
  '\u202e\u2066evil\u2069\u202d',
  '\ud800 lone \udfff surrogates \udbff',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '-99999999999',
  '1e308',
  '9'.repeat(400),
  '0',
  '',
  '   ',
];

/** Non-string values a script might set on a property. */
export const values: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -1,
  Number.MAX_VALUE,
  0,
  null,
  undefined,
  true,
  {},
  [],
  {toString: () => `<img src=x onerror="${run}">`},
  // Values that cannot become text, or only by throwing.
  Symbol('hostile'),
  10n,
  {
    toString() {
      throw new Error('no text');
    },
  },
  Object.create(null),
  new Proxy(
    {},
    {
      get() {
        throw new Error('trap');
      },
    },
  ),
  () => 'a function',
];

/** URL schemes an element may ever put into href, src or a share target. */
const SAFE = /^(https?:|mailto:|blob:)/i;

/** Every href/src/srcset value in `root` and the shadow roots under it that is not safe. */
export function unsafeUrls(root: Element | ShadowRoot): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      for (const name of [
        'href',
        'src',
        'srcset',
        'action',
        'formaction',
        'xlink:href',
        'poster',
      ]) {
        const value = el.getAttribute(name);
        if (value !== null && value !== '' && !SAFE.test(new URL(value, location.href).href))
          found.push(value);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/** Collects uncaught errors and unhandled rejections while `run` executes. */
export async function escaped(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}
