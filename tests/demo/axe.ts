// axe-core audits of whole demo pages, each in an iframe of the test page.

/** axe-core's violations on the page in `frame` (axe is loaded into that page). */
export async function axeViolations(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as Window & {
    axe?: {run: (context: Document) => Promise<AxeResult>};
  };
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, {once: true}));
    doc.head.append(script);
    await loaded;
  }
  const result = await win.axe!.run(doc);
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
interface AxeResult {
  violations: {id: string; nodes: {target: string[]}[]}[];
}
