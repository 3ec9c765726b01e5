/**
 * Registers every element under its default tag and upgrades the plain-HTML form. This is the entry of
 * `dist/embed.js`, which also exports the classes, so a page can register a subclass under another name.
 */
import './elements/photo-story/define.js';
import './elements/nearby-photos/define.js';
import './elements/comment-thread/define.js';
import './elements/login-gate/define.js';
import './upgrade/watch.js';

export * from './index.js';
