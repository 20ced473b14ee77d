// The seed site, recreated: every element, themed by seed-theme.css alone.
import '../src/index.js';
