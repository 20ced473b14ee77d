// A publisher's page, on another origin than the embeds: it pastes the embed code for each
// `embed` URL in its query, and loads the optional resize script when `resize` is set.
import {embedCode} from '../../src/shared/embed-code.js';

const query = new URLSearchParams(location.search);
if (query.has('resize')) await import('../../src/embed/resize.js');
for (const src of query.getAll('embed')) {
  const code = embedCode({src, title: 'Embedded episode', height: 64});
  // The snippet as a publisher pastes it: parsed as markup by the browser, never by a script.
  const parsed = new DOMParser().parseFromString(code, 'text/html');
  document.body.append(document.importNode(parsed.body.firstElementChild!, true));
}
