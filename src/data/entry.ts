import { entryLink, image, labelled, paragraphs, record, text } from './fields.js';
import type { JsonDocument } from './load-json.js';
import type { Entry } from './model.js';
import { LoadError } from './load-error.js';
import { nativeJson, type Reading } from './reading.js';
import { safeUrl } from './safe-url.js';
import { loginAddress } from './login-address.js';

/**
 * Reads an entry in the native JSON format. Every field is optional and a field of the wrong type is
 * ignored; URLs resolve against `base` (the document's final URL). A document that is not an object,
 * or holds neither a title, a photo, a headline nor a story, is a `shape` error. Its `session` and
 * `login` count only on the document's own origin: a record cannot send the reader to sign in, or the
 * reader's cookies, anywhere else (a page names a session or login page elsewhere itself).
 */
export function normalizeEntry(json: unknown, base: string): Entry {
  const data = record(json);
  if (!data) throw new LoadError('shape');
  const own = (url?: string) => (url && new URL(url).origin == new URL(base).origin ? url : undefined);
  const title = text(data.title);
  const place = record(data.location);
  const entry: Entry = {
    id: text(data.id),
    url: safeUrl(data.url, base),
    title,
    date: text(data.date),
    headline: text(data.headline),
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
    nearby: Array.isArray(data.nearby) || Array.isArray(record(data.nearby)?.items) ? { json: data.nearby, url: base } : safeUrl(data.nearby, base),
    comments: safeUrl(data.comments, base),
    session: own(safeUrl(data.session, base)),
    login: own(loginAddress(data.login, base)),
    location: place && { name: text(place.name) },
    lang: text(data.lang),
  };
  if (!title && !entry.image && !entry.headline && !entry.story.length) throw new LoadError('shape');
  return entry;
}

/** Reads an entry document, as the element says (see `Reading`). */
export async function readEntry(doc: JsonDocument, element: Reading): Promise<Entry> {
  return normalizeEntry(await nativeJson('entry', doc, element), doc.url);
}
