// Importing this module defines every element and registers the whole icon set.
export * from './elements.js';
// Every translation (per-element entries come in English: import 'newsroom-elements/locales/ru.js').
import './locales/all.js';
