// Importing this module adds every translation: Russian, Spanish, French, German and Arabic.
import './ru.js';
import './es.js';
import './fr.js';
import './de.js';
import './ar.js';
