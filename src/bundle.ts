// The one-file bundle (dist/newsroom-elements.bundle.js): every element and icon, and each
// translation loaded when its language is first spoken, from a file beside the bundle.
export * from './elements.js';
import './locales/on-demand.js';
