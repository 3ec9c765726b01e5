import { safeUrl } from './safe-url.js';
import type { EntryImage, EntryLink, Labelled } from './model.js';

/**
 * Readers for the fields of every document: each takes any JSON value and returns a clean value or
 * `undefined`, never throwing: a field of the wrong type is simply absent.
 */
export type Data = Record<string, unknown>;

/**
 * A JSON object's own fields, copied into an object that inherits nothing, else `undefined`. Documents
 * are read through it: a field a document lacks stays missing even on a page whose `Object.prototype`
 * something polluted, and no key of the document (`__proto__`) reaches a prototype.
 */
export const record = (value: unknown): Data | undefined =>
  value && typeof value == 'object' && !Array.isArray(value) ? Object.assign(Object.create(null), value) : undefined;

/** The readers that only some documents need, once loaded: HTML to text, and IIIF Image services. */
let clean: ((value: string) => string) | undefined;
let iiif: typeof import('./iiif-image.js').iiifImage | undefined;

/**
 * Gets the readers ready for a document: loads the HTML-to-text chunk when it holds a tag or an entity
 * (`&` alone, as in URLs, does not count), and the IIIF chunk when it has an `iiif` field (most documents need neither, and never load them). Every
 * reader of documents (`readEntry`, …) calls it first. Read without it, HTML stays as written — shown
 * as text, never as markup — and a IIIF-only photo is missing. A chunk that cannot load (offline) fails
 * the read like the network would.
 */
export async function prepare(json: unknown): Promise<void> {
  let found = '<p> "iiif"';
  try {
    found = JSON.stringify(json) ?? '';
  } catch {
    // Not serializable (a cycle in an object set from script): load both to be safe.
  }
  if (!clean && /<[a-z/!?]|&#?\w+;/i.test(found)) clean = (await import('./html-text.js')).htmlToText;
  if (!iiif && found.includes('"iiif"')) iiif = (await import('./iiif-image.js')).iiifImage;
}

/** Plain text from a string or number (HTML reduced to its text), trimmed; `undefined` when empty. */
export function text(value: unknown): string | undefined {
  const found = typeof value == 'number' ? '' + value : typeof value == 'string' ? (clean?.(value) ?? value) : '';
  // Testing first: most strings have nothing to collapse, and a replace tries every space.
  return (/[\t\u00a0]|  /.test(found) ? found.replace(/[ \t\u00a0]+/g, ' ') : found).trim() || undefined;
}

/** The most paragraphs read from one field: a story of 50 MB cannot freeze the page drawing them. */
const MAX_PARAGRAPHS = 500;

/** Paragraphs from one string (split on blank lines) or a list of them. */
export function paragraphs(value: unknown): string[] {
  const found: string[] = [];
  for (const item of Array.isArray(value) ? value : [value])
    for (const paragraph of text(item)?.split(/\n\s*\n/) ?? []) {
      const clean = paragraph.trim();
      if (clean) found.push(clean.includes('\n') ? clean.replace(/ *\n */g, '\n') : clean);
    }
  return found.slice(0, MAX_PARAGRAPHS);
}

/** A label with a link, from `"Name"` or `{name|label|title, url}`. */
export function labelled(value: unknown, base: string): Labelled | undefined {
  const data = record(value);
  const label = text(data ? (data.name ?? data.label ?? data.title) : value);
  const url = data ? data.url : /^https?:\/\//i.test(label ?? '') && label;
  return label ? { label, url: safeUrl(url, base) } : undefined;
}

export function entryLink(value: unknown, base: string): EntryLink | undefined {
  const data = record(value);
  const title = text(data?.title);
  return data && title ? { title, url: safeUrl(data.url, base), src: safeUrl(data.src, base) } : undefined;
}

/**
 * A photo from `"url"` or `{src, alt, width, height, caption, iiif}`; a IIIF Image service gives the
 * `srcset` (and the `src` when there is none). Without either there is no photo.
 */
export function image(value: unknown, base: string, fallbackAlt?: string): EntryImage | undefined {
  const data = record(value) ?? { src: value };
  const width = positive(data.width);
  const height = positive(data.height);
  const size = width && height ? [width, height] : [];
  const service = data.iiif ? iiif?.(data.iiif, base, size[0]) : undefined;
  const src = safeUrl(data.src, base) ?? service?.src;
  if (!src) return undefined;
  const caption = text(data.caption);
  return {
    src,
    srcset: service?.srcset,
    alt: text(data.alt) ?? (caption ? '' : fallbackAlt),
    width: size[0],
    height: size[1],
    caption,
  };
}

/** A positive finite number from a number or a numeric string, else `undefined`. */
export function positive(value: unknown): number | undefined {
  const number = typeof value == 'string' && value.trim() ? +value : value;
  return typeof number == 'number' && number > 0 && number < Infinity ? number : undefined;
}

