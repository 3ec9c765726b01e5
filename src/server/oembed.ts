/**
 * Node only: an archive as an oEmbed provider (https://oembed.com): the `rich` answer for an entry,
 * framing its embed page (`embedPage`), and the discovery link for the entry's human page.
 */
import type { Entry } from '../data/model.js';
import { safeUrl } from '../data/safe-url.js';
import { attributesHtml, staticStory } from '../upgrade/static-form.js';
import { readStory, type RenderOptions } from './render-story.js';

/** The archive that answers: `provider_name` and `provider_url`, and the name in the frame's links. */
export interface Provider {
  name: string;
  url?: string;
}

export interface OEmbedOptions extends Pick<RenderOptions, 'src' | 'entry' | 'base' | 'lang' | 'format' | 'map' | 'transform' | 'fetch'> {
  /** The address of the entry's embed page (see `embedPage`), which the answer frames. */
  embedUrl: string;
  /** The consumer's `maxwidth` and `maxheight` (numbers, or the query's text). */
  maxwidth?: number | string;
  maxheight?: number | string;
  /** The archive. Default: named by the host of the entry's page. */
  provider?: Provider;
  /** Seconds a consumer may keep the answer. Default: a day. */
  cacheAge?: number;
  /** The `format` the consumer asked for: anything but `json` is refused with 501, as the spec says. */
  responseFormat?: string;
}

/** The oEmbed 1.0 answer of type `rich`, with the fields that the entry fills. */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title?: string;
  author_name?: string;
  author_url?: string;
  provider_name: string;
  provider_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  cache_age: number;
  /** The rights of the photo (not in the spec; Flickr and others give them so). */
  license?: string;
  license_url?: string;
}

/** Why there is no answer: 404, the entry is unknown or unreadable; 501, a format other than JSON. */
export class OEmbedError extends Error {
  constructor(readonly status: 404 | 501) {
    super(status == 501 ? 'Not implemented: only the json format is answered' : 'Not found');
    this.name = 'OEmbedError';
  }
}

/** The frame's width, unless the consumer allows less. */
const WIDTH = 600;
/** Room in the frame besides the photo (title, dates, the start of the story, the lists), as at 600 px. */
const TEXT_HEIGHT = 560;

/** The sandbox of the answer's frame: WordPress sets `allow-scripts` alone; elsewhere links may open tabs. */
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * The oEmbed answer for an entry: `html` holds its brief plain-HTML form (the title linked to the
 * entry's page, the date and the credits: what a consumer that keeps only text shows, and what
 * WordPress shows until the frame answers) and then the `<iframe>` of its embed page, sized to the
 * story within `maxwidth` and `maxheight`. The embed page then tells its host its height (WordPress's
 * messages, or Iframely's `iframe.resize`). Every text is text and every URL http(s): nothing from the
 * entry becomes markup. Rejects with an `OEmbedError` (`status` 404 or 501).
 *
 * Answer only for your archive's own pages, and never fetch a URL taken from the request: map the
 * consumer's `url` to your entry yourself (see the README).
 */
export async function oembed(options: OEmbedOptions): Promise<OEmbed> {
  if (options.responseFormat && options.responseFormat != 'json') throw new OEmbedError(501);
  const embedUrl = safeUrl(options.embedUrl, 'about:blank');
  if (!embedUrl) throw new TypeError('oembed: embedUrl must be an absolute http(s) URL');
  const { entry, lang } = await readStory(options).catch(() => {
    throw new OEmbedError(404);
  });
  const provider = options.provider ?? providerOf(entry, embedUrl);
  const providerUrl = safeUrl(provider.url, 'about:blank');
  const { width, height } = frameSize(entry, options);
  const title = entry.title ?? '';
  const frame = `<iframe${attributesHtml([
    ['src', embedUrl],
    ['width', width],
    ['height', height],
    ['title', [title, provider.name].filter(Boolean).join(' — ')],
    ['frameborder', 0],
    ['sandbox', SANDBOX],
    ['loading', 'lazy'],
  ])}></iframe>`;
  const { image, contributor, rights } = entry;
  const thumbnail = image?.width && image.height ? { thumbnail_url: image.src, thumbnail_width: Math.round(image.width), thumbnail_height: Math.round(image.height) } : {};
  return {
    version: '1.0',
    type: 'rich',
    html: `${staticStory(entry, { lang, brief: true })}\n${frame}`,
    width,
    height,
    ...(title && { title }),
    ...(contributor && { author_name: contributor.label, ...(contributor.url && { author_url: contributor.url }) }),
    provider_name: provider.name,
    ...(providerUrl && { provider_url: providerUrl }),
    ...thumbnail,
    cache_age: options.cacheAge ?? 86400,
    ...(rights && { license: rights.label, ...(rights.url && { license_url: rights.url }) }),
  };
}

/** The archive, when the caller names none: the host of the entry's page (else of the embed page). */
export function providerOf(entry: Entry, fallback: string): Provider {
  const page = new URL(entry.url ?? fallback);
  return { name: page.hostname, url: page.origin };
}

/** A number from the consumer's query, when it is a positive one. */
const positive = (value: unknown) => (Number(value) > 0 && Number(value) < Infinity ? Math.floor(Number(value)) : undefined);

/** The frame's first size: 600 px wide or as wide as allowed, as tall as the photo and the text. */
function frameSize(entry: Entry, { maxwidth, maxheight }: Pick<OEmbedOptions, 'maxwidth' | 'maxheight'>): { width: number; height: number } {
  const width = Math.min(positive(maxwidth) ?? WIDTH, WIDTH);
  const { width: w, height: h } = entry.image ?? {};
  const photo = w && h ? Math.round((width * h) / w) : Math.round((width * 2) / 3);
  return { width, height: Math.min(photo + TEXT_HEIGHT, positive(maxheight) ?? Infinity) };
}

/**
 * The `<link rel="alternate" type="application/json+oembed">` of an entry's human page (`pageUrl`),
 * for the `<head>`: consumers (WordPress, Discourse, Iframely) find the answer at `oembedUrl`, given
 * the page's address as `url` and `format=json`.
 */
export function oembedDiscoveryLink(pageUrl: string, oembedUrl: string, title?: string): string {
  const answer = new URL(oembedUrl);
  answer.searchParams.set('url', pageUrl);
  answer.searchParams.set('format', 'json');
  return `<link${attributesHtml([
    ['rel', 'alternate'],
    ['type', 'application/json+oembed'],
    ['href', answer.href],
    ['title', title],
  ])}>`;
}
