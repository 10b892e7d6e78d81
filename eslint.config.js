export { default } from './tools/lint/config.js';
