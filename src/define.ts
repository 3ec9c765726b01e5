/**
 * Registers every element under its default tag. `dist/embed.js` (`embed.ts`) does this and also
 * watches the page for the plain-HTML form; with a bundler, call `watch()` for that.
 */
import './elements/photo-story/define.js';
import './elements/nearby-photos/define.js';
import './elements/comment-thread/define.js';
import './elements/login-gate/define.js';

export * from './index.js';
