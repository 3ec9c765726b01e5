/*
 * `photo-story-elements/server` as a Node app writes it: the options mirror the element's, and what
 * they do not take does not type-check.
 */
import {
  embedPage,
  LoadError,
  oembed,
  oembedDiscoveryLink,
  OEmbedError,
  renderStory,
  staticStory,
  styleHashes,
  type EmbedPageOptions,
  type OEmbed,
  type OEmbedOptions,
  type RenderOptions,
} from '../../src/server/index.js';
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

/** An archive's oEmbed routes, as the README writes them. */
export async function provider(page: string, query: Record<string, string | undefined>): Promise<[number, unknown]> {
  const id = /^https:\/\/archive\.example\.org\/photos\/([\w-]+)$/.exec(page)?.[1];
  const src = `https://archive.example.org/api/photos/${id}.json`;
  const options: OEmbedOptions = { src, embedUrl: `https://archive.example.org/embed/${id}`, maxwidth: query.maxwidth, maxheight: 600, responseFormat: query.format };
  try {
    const answer: OEmbed = await oembed({ ...options, provider: { name: 'Old Photos', url: 'https://archive.example.org' } });
    const card: [string | undefined, string | undefined, number | undefined] = [answer.title, answer.thumbnail_url, answer.thumbnail_width];
    const frame: string = await embedPage({ src, assets: 'https://archive.example.org/dist/', lang: 'de', hide: '' });
    return [200, [card, frame, oembedDiscoveryLink(page, 'https://archive.example.org/oembed')]];
  } catch (error) {
    return error instanceof OEmbedError ? [error.status, null] : [500, null];
  }
}

// @ts-expect-error: an embed page loads the library from somewhere
export const noAssets: EmbedPageOptions = { src: 'https://archive.example.org/a.json' };
// @ts-expect-error: an answer frames an embed page
export const noFrame: OEmbedOptions = { src: 'https://archive.example.org/a.json' };
