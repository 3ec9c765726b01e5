/**
 * `photo-story-elements/server`: Node only (never the browser's). A story as HTML on a server or at
 * build time: `renderStory` (declarative shadow DOM, taken over in the browser without a second fetch),
 * `staticStory` (the plain-HTML form, for editors that strip scripts), and an oEmbed provider: `oembed`,
 * `embedPage` (the page it frames) and `oembedDiscoveryLink`.
 */
export { renderStory, styleHashes, type RenderOptions } from './render-story.js';
export { oembed, oembedDiscoveryLink, OEmbedError, type OEmbed, type OEmbedOptions, type Provider } from './oembed.js';
export { embedPage, type EmbedPageOptions } from './embed-page.js';
export { staticStory, type StaticOptions } from '../upgrade/static-form.js';
export { LoadError, type LoadFailure } from '../data/load-error.js';
