import { showSelected } from './site.js';

showSelected('actor');
document.adoptedStyleSheets = [];
