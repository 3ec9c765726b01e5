import { htmlToText } from './html-text.js';
import { safeUrl } from './safe-url.js';
import type { EntryImage, EntryLink, Labelled } from './entry.js';

/**
 * Readers for the fields of every document: each takes any JSON value and returns a clean value or
 * `undefined`, never throwing: a field of the wrong type is simply absent.
 */
export type Data = Record<string, unknown>;

export const record = (value: unknown): Data | undefined =>
  value && typeof value == 'object' && !Array.isArray(value) ? (value as Data) : undefined;

/** Plain text from a string or number (HTML reduced to its text), trimmed; `undefined` when empty. */
export function text(value: unknown): string | undefined {
  const found = typeof value == 'number' ? String(value) : typeof value == 'string' ? htmlToText(value) : '';
  return found.replace(/[ \t\u00a0]+/g, ' ').trim() || undefined;
}

/** Paragraphs from one string (split on blank lines) or a list of them. */
export function paragraphs(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((item) => text(item)?.split(/\n\s*\n/) ?? [])
    .map((paragraph) => paragraph.replace(/ *\n */g, '\n').trim())
    .filter(Boolean);
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
 * A photo from `"url"` or `{src, alt, width, height, caption, iiif}`. A IIIF service is kept as it came
 * (`service`) until `resolveServices` turns it into `src` and `srcset`; without `src` or a service
 * there is no photo.
 */
export function image(value: unknown, base: string, fallbackAlt?: string): EntryImage | undefined {
  const data = record(value) ?? { src: value };
  const width = positive(data.width);
  const height = positive(data.height);
  const src = safeUrl(data.src, base);
  if (!src && !data.iiif) return undefined;
  const caption = text(data.caption);
  return {
    src,
    service: data.iiif,
    alt: text(data.alt) ?? (caption ? '' : fallbackAlt),
    width: width && height ? width : undefined,
    height: width && height ? height : undefined,
    caption,
  };
}

/** A positive finite number from a number or a numeric string, else `undefined`. */
export function positive(value: unknown): number | undefined {
  const number = typeof value == 'string' && value.trim() ? +value : value;
  return typeof number == 'number' && number > 0 && number < Infinity ? number : undefined;
}

