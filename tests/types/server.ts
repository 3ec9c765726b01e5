/*
 * `photo-story-elements/server` as a Node app writes it: the options mirror the element's, and what
 * they do not take does not type-check.
 */
import { LoadError, renderStory, staticStory, styleHashes, type RenderOptions } from '../../src/server/index.js';
import { readStory } from '../../src/server/render-story.js';

export async function page(id: string): Promise<string> {
  const options: RenderOptions = { src: `https://archive.example.org/api/photos/${id}.json`, lang: 'de', hide: 'comments', lists: 'lazy', headingLevel: 3 };
  try {
    const story = await renderStory(options);
    const csp: string = `style-src 'self' ${styleHashes(story).join(' ')}`;
    const { entry } = await readStory(options);
    return csp + story + staticStory(entry, { src: options.src, attributes: [['hide', 'comments']] });
  } catch (error) {
    return error instanceof LoadError ? `${error.reason} ${error.status}` : 'unknown';
  }
}

// @ts-expect-error: lists are `lazy` or left out
export const wrong: RenderOptions = { src: 'https://archive.example.org/a.json', lists: 'eager' };
// @ts-expect-error: the heading level is a number
export const wrongLevel: RenderOptions = { headingLevel: '3' };
