import { record, type Data } from './fields.js';
import { fromIiif, rightsLabel } from './iiif-manifest.js';
import { MAX_ITEMS } from './model.js';
import { bounded, failure, find, isEmpty, texts } from './paths.js';
import type { Kind, Reading } from './reading.js';
import { languageOf } from '../i18n/language.js';

/*
 * Declarative maps and the IIIF preset: an archive's own JSON read into the native format. A chunk of
 * its own, which only pages that set a `map` or read IIIF load.
 */

/** Native fields taken as found (an object, a list, a flag), not as text. */
const RAW = /(^|\.)(iiif|replies|post)$/;
/** Native fields of paragraphs: every text found is kept, one paragraph each. */
const PARAGRAPHS = /^(story|text)$/;
/** Native fields of numbers. */
const NUMBERS = /(^|\.)(width|height|total|maxLength)$/;
/** Native fields of one text (a URL, an id, a date): the first found. Other texts found are joined. */
const SINGLE = /(^|\.)(id|src|url|avatar|next|nearby|comments|session|login|parent|created|published|date)$/;

/** The document in the native format, by the element's `map` or else by the IIIF preset. */
export function convert(kind: Kind, json: unknown, element: Reading): unknown {
  const lang = languageOf(element);
  return bounded(() => (element.map ? applyMap(kind, readMap(element.map, element), json, lang) : fromIiif(kind, json, lang)));
}

/**
 * Applies a declarative map. An entry's map is flat: native field (`image.src`) → path. A list's map
 * has `items` (the path of the list; `""` when the document is the list; an object keyed by ids
 * counts as a list of its values), `next`, `total` (and `post`, `maxLength` for comments), and `item`:
 * the flat map of each item, with paths relative to the item (comment `replies` are mapped alike).
 * Throws a `shape` error that names the paths that found nothing when there is nothing to show.
 */
export function applyMap(kind: Kind, map: Data, json: unknown, lang: string): Data {
  const missed: string[] = [];
  if (kind == 'entry') {
    const entry = mapFields(map, json, lang, missed);
    if (!['title', 'image', 'headline', 'story'].some((field) => field in entry)) throw failure(`the map found nothing to show: ${missed.join(', ')}`);
    // Rights given by URL alone (a licence) get their name.
    const rights = record(entry.rights);
    if (typeof rights?.url == 'string') entry.rights = { ...rights, label: rights.label ?? rightsLabel(rights.url) };
    return entry;
  }
  const { items: path = '', item, ...fields } = map;
  const list = find(String(path), json, lang);
  if (!Array.isArray(list) && !record(list)) throw failure(`the map found no list at "${path}" (items)`);
  const itemMap = record(item);
  const readItem = (value: unknown): unknown => {
    if (!itemMap) return value;
    const mapped = mapFields(itemMap, value, lang, missed);
    if (Array.isArray(mapped.replies)) mapped.replies = mapped.replies.map(readItem);
    return mapped;
  };
  return { ...mapFields(fields, json, lang, missed), [kind == 'comments' ? 'comments' : 'items']: Object.values(list as object).slice(0, MAX_ITEMS).map(readItem) };
}

/**
 * Each native field of a flat map, read from `source`; paths that find nothing go to `missed`. A value
 * that is not a path (`false`, a number, an object) is the field's value as it is.
 */
function mapFields(map: Data, source: unknown, lang: string, missed: string[]): Data {
  const out: Data = Object.create(null);
  for (const [field, path] of Object.entries(map)) {
    if (typeof path != 'string') {
      if (path != null) set(out, field, path);
      continue;
    }
    const value = find(path, source, lang);
    const found = texts(value, lang);
    const [first] = found.texts;
    const result = RAW.test(field)
      ? value
      : PARAGRAPHS.test(field)
        ? found.texts
        : NUMBERS.test(field)
          ? Number(first)
          : SINGLE.test(field)
            ? first
            : found.texts.join('; ') || undefined;
    if (isEmpty(result) || Number.isNaN(result)) missed.push(`${JSON.stringify(path.slice(0, 60))} (${field})`);
    else set(out, field, result);
    if (field == 'title' && found.lang) out.lang = found.lang;
  }
  return out;
}

/**
 * Sets a dotted field (`image.src`) of `out`, in objects of its own that inherit nothing: a map's
 * field never reaches a prototype (`__proto__.login` is an own field named `__proto__`, ignored).
 */
function set(out: Data, field: string, value: unknown): void {
  const keys = field.split('.');
  const last = keys.pop()!;
  let target = out;
  for (const key of keys) target = target[key] = record(target[key]) ?? Object.create(null);
  target[last] = value;
}

/**
 * A map given as an object, as JSON, or as `#id` of a `<script type="application/json">` in the
 * element's tree (the page, or the shadow root it sits in), else in the page. Only such a script:
 * a post's `<p id="site-map">` earlier in the page does not replace the site's map.
 */
function readMap(source: unknown, element: Element): Data {
  const given = record(source);
  if (given) return given;
  const text = String(source).trim();
  const id = text.startsWith('#') ? text.slice(1) : undefined;
  try {
    const selector = `script[type="application/json"][id="${CSS.escape(id ?? '')}"]`;
    const script = id == null ? undefined : ((element.getRootNode() as Document | ShadowRoot).querySelector(selector) ?? document.querySelector(selector));
    const map = record(JSON.parse(id == null ? text : (script?.textContent ?? '')));
    if (map) return map;
  } catch {
    // Said below.
  }
  throw failure(`map ${JSON.stringify(text.slice(0, 60))} is not a JSON object${id ? ' (nor the id of a script holding one)' : ''}`);
}
