import { prepare, record } from './fields.js';
import type { JsonDocument } from './load-json.js';

/** Turns an archive's document into the native format (or a promise of it). */
export type Transform = (json: unknown, url: string) => unknown;

/** What a document holds: an entry, a nearby list or a comment list. */
export type Kind = 'entry' | 'nearby' | 'comments';

/** How an element reads its documents. The first given wins: `transform`, `map`, `format`. */
export interface Reading extends Element {
  /** `auto` (native, or IIIF recognised by its `@context`), `native` or `iiif`. */
  format?: string;
  /** A declarative map: an object, JSON, or `#id` of a `<script type="application/json">` holding it. */
  map?: unknown;
  transform?: Transform;
}

/**
 * A document in the native format, ready to read: converted by the element's `transform`, its `map`
 * or the IIIF preset (maps and presets are a chunk that only the pages using them load), then with
 * the readers it needs loaded (see `prepare`).
 */
export async function nativeJson(kind: Kind, { json, url }: JsonDocument, element: Reading): Promise<unknown> {
  const { transform, map, format } = element;
  if (transform) json = await transform(json, url);
  else if (map || format == 'iiif' || (format != 'native' && /iiif\.io\/api\/presentation/.test(record(json)?.['@context'] as string)))
    json = (await import('./maps.js')).convert(kind, json, element);
  await prepare(json);
  return json;
}
