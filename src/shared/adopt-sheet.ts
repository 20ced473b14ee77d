/** One constructed sheet per document and CSS text: a constructed sheet cannot be shared across documents. */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** The constructed sheet of `cssText` for `document`, made once. */
export function sheetFor(document: Document, cssText: string): CSSStyleSheet {
  let byText = sheets.get(document);
  if (!byText) sheets.set(document, (byText = new Map()));
  let sheet = byText.get(cssText);
  if (!sheet) {
    sheet = new (document.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(cssText);
    byText.set(cssText, sheet);
  }
  return sheet;
}

/**
 * Appends the sheet of `cssText` to a root's own (a document's or a shadow root's), unless it is
 * there already: for styles that come with code loaded later, or that a root needs from outside.
 */
export function adoptSheet(root: Document | ShadowRoot, cssText: string): void {
  const sheet = sheetFor(root.ownerDocument ?? (root as Document), cssText);
  const adopted = root.adoptedStyleSheets;
  if (adopted && !adopted.includes(sheet)) root.adoptedStyleSheets = [...adopted, sheet];
}
