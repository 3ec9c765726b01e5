/**
 * Registers every element under its default tag. This is the entry of `dist/embed.js`, which also
 * exports the classes, so a page can register a subclass under another name.
 */
import './elements/photo-story/define.js';

export * from './index.js';
