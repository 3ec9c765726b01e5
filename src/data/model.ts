import type { JsonDocument } from './load-json.js';

/*
 * What the elements show, as the readers of documents make it: the entry and the items of lists.
 * Types and the one constant they share, with no code, so that any module may import them.
 */

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
  /** Where the photo was taken. */
  location?: { name?: string };
  /** Where its nearby photos are: a URL to load, or the list itself with the URL it came from. */
  nearby?: string | JsonDocument;
  /** URL of its comment list. */
  comments?: string;
  /** Where the reader's session is asked (only on the document's own origin). */
  session?: string;
  /** Where a reader signs in, `{return}` filled in with the page's address (likewise). */
  login?: string;
  /** The language of its title, headline and story, when the record says (a language map does). */
  lang?: string;
}

/** One page of a list, and where the next page is. */
export interface Page<T> {
  items: T[];
  next?: string;
  total?: number;
}

export interface NearbyItem {
  title: string;
  date?: string;
  /** Its human page. */
  url?: string;
  /** Its JSON entry, to show it in place. */
  src?: string;
  thumbnail?: EntryImage;
  contributor?: Labelled;
  /** The language of its title, when the record says. */
  lang?: string;
}

export interface Comment {
  id?: string;
  author?: Labelled & { avatar?: string };
  /** ISO date-time. */
  created?: string;
  text: string[];
  pending: boolean;
  /** A reader's own comment on its way to the archive. */
  sending?: boolean;
  replies: Comment[];
}

export interface CommentPage extends Page<Comment> {
  /** Whether readers may post (`"post": false` makes the list read-only). */
  post: boolean;
  /** The longest comment the archive takes, in UTF-16 code units (as `<textarea maxlength>` counts). */
  maxLength?: number;
}

/** The most items (comments with their replies) read from one document: a hostile list cannot make the
 * page do unbounded work. */
export const MAX_ITEMS = 10_000;

/*
 * The native JSON format as an archive writes it (see the README's "The JSON format"): what `.entry`,
 * `.items` and `.comments` take. Every field is optional and read leniently; these types say what is
 * understood, so that an app's own records type-check.
 */

/** A person, series or rights statement: a name (or URL), or `{name | label | title, url}`. */
export type LabelledJson = string | { name?: string; label?: string; title?: string; url?: string };

/** A photo: its URL, or `{src, alt, width, height, caption, iiif}` (`iiif`: a IIIF Image API service). */
export type ImageJson = string | { src?: string; alt?: string; width?: number | string; height?: number | string; caption?: string; iiif?: string | object };

/** Another entry of a series, or a nearby one. */
export interface EntryLinkJson {
  title?: string;
  url?: string;
  src?: string;
}

/** A nearby photo. */
export interface NearbyItemJson extends EntryLinkJson {
  id?: string;
  date?: string;
  lang?: string;
  thumbnail?: ImageJson;
  image?: ImageJson;
  contributor?: LabelledJson;
}

/** A list of nearby photos: the items, or `{items, next, total}`. */
export type NearbyListJson = NearbyItemJson[] | { items: NearbyItemJson[]; next?: string; total?: number };

/** A comment; replies nest, or name their `parent`. */
export interface CommentJson {
  id?: string | number;
  author?: LabelledJson & { avatar?: string };
  created?: string;
  text?: string | string[];
  status?: 'pending' | string;
  parent?: string | number;
  replies?: CommentJson[];
}

/** A comment list: the comments, or `{comments, next, total, post, maxLength}`. */
export type CommentListJson = CommentJson[] | { comments: CommentJson[]; next?: string; total?: number; post?: boolean; maxLength?: number };

/** An entry in the native JSON format. */
export interface EntryJson {
  id?: string | number;
  url?: string;
  title?: string;
  date?: string;
  headline?: string;
  story?: string | string[];
  image?: ImageJson;
  creator?: LabelledJson;
  contributor?: LabelledJson;
  published?: string;
  credit?: string;
  rights?: LabelledJson;
  series?: LabelledJson;
  previous?: EntryLinkJson;
  next?: EntryLinkJson;
  location?: { name?: string; lat?: number; lon?: number };
  /** The nearby list's URL, or the list itself. */
  nearby?: string | NearbyListJson;
  comments?: string;
  session?: string;
  login?: string;
  lang?: string;
}
