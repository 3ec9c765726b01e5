import { htmlToText } from './html-text.js';
import { iiifImage, positive } from './iiif-image.js';
import { LoadError } from './load-error.js';
import { safeUrl } from './safe-url.js';

/** A name or label with an optional safe link: a person, a series, a rights statement. */
export interface Labelled {
  label: string;
  url?: string;
}

/** Another entry: the previous or next one in a series. */
export interface EntryLink {
  title: string;
  /** Its human page. */
  url?: string;
  /** Its JSON document. */
  src?: string;
}

export interface EntryImage {
  src: string;
  srcset?: string;
  alt?: string;
  width?: number;
  height?: number;
  caption?: string;
}

/**
 * An archive entry as the elements show it: every text is plain text, every URL absolute and
 * `http(s)`, every missing or malformed field simply absent.
 */
export interface Entry {
  id?: string;
  url?: string;
  title?: string;
  /** Shown as written: "1939", "c. 1922", "1910s". */
  date?: string;
  headline?: string;
  story: string[];
  image?: EntryImage;
  creator?: Labelled;
  contributor?: Labelled;
  /** ISO date or date-time of publication, formatted in the reader's language. */
  published?: string;
  credit?: string;
  rights?: Labelled;
  series?: Labelled;
  previous?: EntryLink;
  next?: EntryLink;
  location?: { name?: string; lat?: number; lon?: number };
}

type Data = Record<string, unknown>;

const record = (value: unknown): Data | undefined =>
  value && typeof value == 'object' && !Array.isArray(value) ? (value as Data) : undefined;

/** Plain text from a string or number (HTML reduced to its text), trimmed; `undefined` when empty. */
export function text(value: unknown): string | undefined {
  const found = typeof value == 'number' ? String(value) : typeof value == 'string' ? htmlToText(value) : '';
  return found.replace(/[ \t\u00a0]+/g, ' ').trim() || undefined;
}

/** Paragraphs from one string (split on blank lines) or a list of them. */
function paragraphs(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value])
    .flatMap((item) => text(item)?.split(/\n\s*\n/) ?? [])
    .map((paragraph) => paragraph.replace(/ *\n */g, '\n').trim())
    .filter(Boolean);
}

/** A label with a link, from `"Name"` or `{name|label|title, url}`. */
function labelled(value: unknown, base: string): Labelled | undefined {
  const data = record(value);
  const label = text(data ? (data.name ?? data.label ?? data.title) : value);
  const url = data ? data.url : /^https?:\/\//i.test(label ?? '') && label;
  return label ? { label, url: safeUrl(url, base) } : undefined;
}

function entryLink(value: unknown, base: string): EntryLink | undefined {
  const data = record(value);
  const title = text(data?.title);
  return data && title ? { title, url: safeUrl(data.url, base), src: safeUrl(data.src, base) } : undefined;
}

function image(value: unknown, base: string, fallbackAlt?: string): EntryImage | undefined {
  const data = record(value) ?? { src: value };
  const width = positive(data.width);
  const height = positive(data.height);
  const responsive = iiifImage(data.iiif, base, width);
  const src = safeUrl(data.src, base) ?? responsive?.src;
  if (!src) return undefined;
  const caption = text(data.caption);
  return {
    src,
    srcset: responsive?.srcset,
    alt: text(data.alt) ?? (caption ? '' : fallbackAlt),
    width: width && height ? width : undefined,
    height: width && height ? height : undefined,
    caption,
  };
}

function coordinate(value: unknown, limit: number): number | undefined {
  const number = typeof value == 'string' && value.trim() ? +value : value;
  return typeof number == 'number' && Math.abs(number) <= limit ? number : undefined;
}

/** Strips the quotation marks around a whole headline (the style adds them), not those inside it. */
const unquote = (value?: string) => value?.replace(/^["“”„«»「『]([^"“”„«»「」『』]*)["“”«»」』]$/, '$1').trim() || value;

/**
 * Reads an entry in the native JSON format. Every field is optional and a field of the wrong type is
 * ignored; URLs resolve against `base` (the document's final URL). A document that is not an object,
 * or holds neither a title, a photo, a headline nor a story, is a `shape` error.
 */
export function normalizeEntry(json: unknown, base: string): Entry {
  const data = record(json);
  if (!data) throw new LoadError('shape');
  const title = text(data.title);
  const location = record(data.location);
  const entry: Entry = {
    id: text(data.id),
    url: safeUrl(data.url, base),
    title,
    date: text(data.date),
    headline: unquote(text(data.headline)),
    story: paragraphs(data.story),
    image: image(data.image, base, title),
    creator: labelled(data.creator, base),
    contributor: labelled(data.contributor, base),
    published: text(data.published),
    credit: text(data.credit),
    rights: labelled(data.rights, base),
    series: labelled(data.series, base),
    previous: entryLink(data.previous, base),
    next: entryLink(data.next, base),
    location: location && {
      name: text(location.name),
      lat: coordinate(location.lat, 90),
      lon: coordinate(location.lon ?? location.lng, 180),
    },
  };
  if (!title && !entry.image && !entry.headline && !entry.story.length) throw new LoadError('shape');
  return entry;
}
