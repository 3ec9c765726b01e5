import type { Entry } from '../data/model.js';
import { safeUrl } from '../data/safe-url.js';
import { fill, stringsFor } from '../i18n/strings.js';

/** Text for HTML, in an element or a double-quoted attribute. */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** ` name="value"` for each pair with a value. */
export const attributesHtml = (pairs: [string, unknown][]): string =>
  pairs.map(([name, value]) => (value == null || value === '' ? '' : ` ${name}="${escapeHtml(value)}"`)).join('');

/** An absolute http(s) URL, or nothing: an entry's are already, but a caller may pass anything. */
const safe = (url: unknown) => safeUrl(url, 'about:blank');

/** A link when there is a safe URL, else the text alone. */
const linked = (text: string, url?: string) => (safe(url) ? `<a href="${escapeHtml(safe(url))}">${escapeHtml(text)}</a>` : escapeHtml(text));

export interface StaticOptions {
  /** The JSON URL the story is read from: `data-src`, so that `embed.js` upgrades the blockquote. */
  src?: string;
  /** The language of the interface words ("Photo: …"), and the blockquote's `lang`. */
  lang?: string;
  /** More attributes of the story (`format`, `map`, `hide`, …), written as `data-*`. */
  attributes?: [string, string | undefined][];
  /** The photo's `sizes`. Default: as wide as the viewport, up to the photo's width. */
  sizes?: string;
  /** The title line (title linked, date) and the credits alone: a citation, as beside an embed's frame. */
  brief?: boolean;
}

/**
 * The plain-HTML form of a story, filled from an entry as it is shown (`Entry`: every URL already a
 * safe http(s) one, every field text): a `<blockquote class="photo-story">` with the title linked to the
 * entry's page, the date, the photo with its caption, credit and rights, the headline and the story's
 * first paragraph. Only elements and attributes that WordPress's kses and DOMPurify keep by default; no
 * script, no handler, no style. It reads well without JavaScript, and `embed.js` upgrades it (its `data-src`)
 * into the story, which it holds as its fallback.
 */
export function staticStory(entry: Entry, options: StaticOptions = {}): string {
  const { src, lang = 'en', attributes = [], sizes, brief } = options;
  const t = stringsFor(lang);
  const { image, creator, rights } = entry;
  const credits = [creator && fill(t.photographer, { name: linked(creator.label, creator.url) }).join(''), entry.credit && escapeHtml(entry.credit), rights && linked(rights.label, rights.url)]
    .filter(Boolean)
    .join(' · ');
  const title = `<p><strong>${linked(entry.title ?? t.untitled, entry.url)}</strong>${entry.date ? `, ${escapeHtml(entry.date)}` : ''}</p>`;
  const lines = brief
    ? [title, credits && `<p><small>${credits}</small></p>`]
    : [
        title,
        image && photo(image, sizes),
        (image?.caption || credits) && `<p>${[image?.caption && escapeHtml(image.caption), credits && `<small>${credits}</small>`].filter(Boolean).join(' ')}</p>`,
        entry.headline && `<p><em>${escapeHtml(entry.headline)}</em></p>`,
        entry.story?.[0] && `<p>${escapeHtml(entry.story[0])}</p>`,
      ];
  const own: [string, unknown][] = [['data-src', src], ...attributes.map(([name, value]): [string, unknown] => [`data-${name}`, value]), ['cite', safe(entry.url)], ['lang', options.lang]];
  return `<blockquote class="photo-story"${attributesHtml(own)}>\n${lines.flatMap((line) => (line ? `  ${line}\n` : [])).join('')}</blockquote>`;
}

/** The photo, sized so that the page keeps its place before it arrives; nothing for an unsafe URL. */
function photo(image: NonNullable<Entry['image']>, sizes?: string): string | undefined {
  if (!safe(image.src)) return undefined;
  const [width, height] = [image.width, image.height].map((n) => (typeof n == 'number' && n > 0 && n < Infinity ? Math.round(n) : undefined));
  const size = width && height ? ` width="${width}" height="${height}"` : '';
  const srcset = image.srcset ? attributesHtml([['srcset', image.srcset], ['sizes', sizes ?? `(max-width: ${width ?? 2400}px) 100vw, ${width ?? 2400}px`]]) : '';
  return `<img src="${escapeHtml(safe(image.src))}"${srcset} alt="${escapeHtml(image.alt ?? '')}"${size} loading="lazy">`;
}
