import { entryLink, image, labelled, paragraphs, positive, prepare, record, text, type Data } from './fields.js';
import type { EntryImage, Labelled } from './entry.js';
import { LoadError } from './load-error.js';
import type { JsonDocument } from './load-json.js';
import { safeUrl } from './safe-url.js';
import { canonical } from '../i18n/language.js';

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
const MAX_ITEMS = 10_000;
/** Replies deeper than this are not shown. */
const MAX_DEPTH = 12;

/** The members of a list: the document itself when it is an array, else its `key` array. */
function page(json: unknown, key: string, base: string): { list: unknown[]; data?: Data; next?: string; total?: number } {
  const data = record(json);
  const list = Array.isArray(json) ? json : data?.[key];
  if (!Array.isArray(list)) throw new LoadError('shape');
  const total = data?.total;
  return {
    list: list.slice(0, MAX_ITEMS),
    data,
    next: safeUrl(data?.next, base),
    total: typeof total == 'number' && total >= 0 ? total : undefined,
  };
}

/** Reads a nearby list: `{items: [...], next}` or a bare array. Items without a title are dropped. */
export function normalizeNearby(json: unknown, base: string): Page<NearbyItem> {
  const { list, next, total } = page(json, 'items', base);
  const items = list.flatMap((value) => {
    const item = record(value);
    const link = item && entryLink(item, base);
    if (!link) return [];
    const lang = text(item.lang);
    return [
      {
        ...link,
        date: text(item.date),
        thumbnail: image(item.thumbnail ?? item.image, base),
        contributor: labelled(item.contributor, base),
        lang: lang && canonical(lang),
      },
    ];
  });
  return { items, next, total };
}

/** Reads a nearby list document (the readers it needs loaded first). */
export async function readNearby({ json, url }: JsonDocument): Promise<Page<NearbyItem>> {
  await prepare(json);
  return normalizeNearby(json, url);
}

/** Reads a comment list document (the readers it needs loaded first). */
export async function readComments({ json, url }: JsonDocument): Promise<CommentPage> {
  await prepare(json);
  return normalizeComments(json, url);
}

/**
 * Reads a comment list: `{comments: [...], total, next, post, maxLength}` or a bare array. Threads come
 * from nested `replies` or from a flat list whose items name their `parent` (a parent must come first:
 * that also rules out cycles). Comments without text are dropped.
 */
export function normalizeComments(json: unknown, base: string): CommentPage {
  const { list, data, next, total } = page(json, 'comments', base);
  const byId = new Map<string, [Comment, number]>();
  let count = 0;
  const read = (value: unknown, depth: number): Comment[] => {
    const item = record(value);
    const body = paragraphs(item?.text);
    if (!item || !body.length || depth > MAX_DEPTH || ++count > MAX_ITEMS) return [];
    const author = labelled(item.author, base);
    const key = text(item.id);
    const id = key?.replace(/\s+/g, '-');
    const comment: Comment = {
      id,
      author: author && { ...author, avatar: safeUrl(record(item.author)?.avatar, base) },
      created: text(item.created),
      text: body,
      pending: item.status == 'pending',
      replies: Array.isArray(item.replies) ? item.replies.flatMap((reply) => read(reply, depth + 1)) : [],
    };
    const [parent, parentDepth = MAX_DEPTH] = (depth == 0 && byId.get(text(item.parent) ?? '')) || [];
    const nests = parentDepth < MAX_DEPTH;
    if (key) byId.set(key, [comment, nests ? parentDepth + 1 : depth]);
    if (!nests) return [comment];
    parent!.replies.push(comment);
    return [];
  };
  return {
    items: list.flatMap((item) => read(item, 0)),
    next,
    total,
    post: data?.post !== false,
    maxLength: positive(data?.maxLength),
  };
}
