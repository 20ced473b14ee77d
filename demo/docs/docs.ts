// The element documentation pages (written by scripts/docs/pages.mjs): every element, live.
import '../../src/index.js';
