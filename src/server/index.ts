/**
 * `photo-story-elements/server`: Node only (never the browser's). A story as HTML on a server or at
 * build time: `renderStory` (declarative shadow DOM, taken over in the browser without a second fetch)
 * and `staticStory` (the plain-HTML form, for editors that strip scripts).
 */
export { renderStory, styleHashes, type RenderOptions } from './render-story.js';
export { staticStory, type StaticOptions } from '../upgrade/static-form.js';
export { LoadError, type LoadFailure } from '../data/load-error.js';
