/** The site: pages from src/, and the library's drop-in build copied beside them (embed.js with chunks/). */
export default function (config) {
  config.addPassthroughCopy({ 'node_modules/photo-story-elements/dist/embed.js': 'photo-story/embed.js' });
  config.addPassthroughCopy({ 'node_modules/photo-story-elements/dist/chunks': 'photo-story/chunks' });
  return { dir: { input: 'src', output: 'dist' } };
}
