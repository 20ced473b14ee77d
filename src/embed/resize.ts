// The optional script for pages that embed the player in an iframe (dist/embed-resize.js): each
// embed frame follows its content's height. Load it once, as a classic or module script:
//   <script src="https://your.cdn/newsroom-elements/embed-resize.js" async></script>
// It only listens: a message changes the height of the iframe whose own window sent it, and
// nothing else. Built as a plain script (an IIFE), it imports nothing and exports nothing.

((scope?: Window & {newsroomEmbedResize?: true}) => {
  // Loaded twice (two embeds, each with its script tag): one listener is enough. Imported on a
  // server (no window): nothing to do.
  if (!scope || scope.newsroomEmbedResize) return;
  scope.newsroomEmbedResize = true;
  scope.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as {type?: unknown; height?: unknown} | null;
    const height = data?.height;
    if (
      data?.type !== 'newsroom-elements:resize' ||
      typeof height !== 'number' ||
      !(height >= 0 && height <= 10000) ||
      !event.source
    ) {
      return;
    }
    for (const frame of document.querySelectorAll('iframe')) {
      // Only the frame that sent it, showing a page of the origin it came from: a message from
      // anywhere else (an ad's frame, a page it navigated to) changes nothing.
      if (
        frame.contentWindow === event.source &&
        new URL(frame.src, location.href).origin === event.origin
      ) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
})(globalThis.window);

export {};
