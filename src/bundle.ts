// The one-file bundle (dist/newsroom-elements.bundle.js): every element and icon, and each
// translation loaded when its language is first spoken, from a file beside the bundle.
// First, so that the elements already on the page, upgraded as they are defined, ask at once.
import './locales/on-demand.js';
export * from './elements.js';
