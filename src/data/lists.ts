import type { threads } from './comments.js';
import { entryLink, image, labelled, positive, record, text, type Data } from './fields.js';
import { LoadError } from './load-error.js';
import type { JsonDocument } from './load-json.js';
import { nativeJson, type Reading } from './reading.js';
import { safeUrl } from './safe-url.js';
import { canonical } from '../i18n/canonical.js';
import { MAX_ITEMS, type CommentPage, type NearbyItem, type Page } from './model.js';

type Threads = typeof threads;

/** The members of a list: the document itself when it is an array, else its `key` array. */
export function page(json: unknown, key: string, base: string): { list: unknown[]; data?: Data; next?: string; total?: number } {
  const data = record(json);
  const list = Array.isArray(json) ? json : data?.[key];
  if (!Array.isArray(list)) throw new LoadError('shape');
  return {
    list: list.slice(0, MAX_ITEMS),
    data,
    next: safeUrl(data?.next, base),
    total: positive(data?.total),
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

/** Reads a nearby list document, as the element says (see `Reading`). */
export async function readNearby(doc: JsonDocument, element: Reading): Promise<Page<NearbyItem>> {
  return normalizeNearby(await nativeJson('nearby', doc, element), doc.url);
}

/**
 * Reads a comment list, as the element says (see `Reading`): `{comments: [...], total, next, post,
 * maxLength}` or a bare array in the native format. `threads` gets the reader of the comments
 * themselves (`data/comments.ts`), asked only for a list that has comments: it is a chunk, which the
 * one that shows them carries.
 */
export async function readComments(doc: JsonDocument, element: Reading, threads: () => Promise<Threads>): Promise<CommentPage> {
  const url = doc.url;
  const json = await nativeJson('comments', doc, element);
  const { list, data, next, total } = page(json, 'comments', url);
  return {
    items: list.length ? (await threads())(list, url) : [],
    next,
    total,
    post: data?.post !== false,
    maxLength: positive(data?.maxLength),
  };
}
