import { renderStory } from 'photo-story-elements/server';

/**
 * The site: pages from src/, and the library's drop-in build copied beside them (embed.js with
 * chunks/). `{% photoStory url %}` renders a story at build time (declarative shadow DOM): it reads
 * without JavaScript, and embed.js takes it over without fetching it again.
 */
export default function (config) {
  config.addPassthroughCopy({ 'node_modules/photo-story-elements/dist/embed.js': 'photo-story/embed.js' });
  config.addPassthroughCopy({ 'node_modules/photo-story-elements/dist/chunks': 'photo-story/chunks' });
  // Only URLs written in the site's own templates: a build renders no address that a visitor chose.
  config.addShortcode('photoStory', (src, lang) => renderStory({ src, lang, fetchpriority: 'high' }));
  return { dir: { input: 'src', output: 'dist' } };
}
