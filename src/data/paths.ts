import { record, type Data } from './fields.js';
import { LoadError } from './load-error.js';

/*
 * Paths into any JSON document, and the flattening of language maps and value wrappers: what maps and
 * presets are made of.
 */

/** Text found at a path, and its language when a language map gave it. */
export interface Found {
  texts: string[];
  lang?: string;
}

/** A step of a path: `[...]` (an index, `key=value` or a quoted key), or a key or `*` between dots. */
const STEP = /\[([^\]]*)\]|[^.[\]]+/g;

/** The keys of a language map: language tags, and `none`, `@none` or `def` for text in no language. */
const LANGUAGE_KEY = /^(@?none|def|[a-z]{2}(-[a-z\d]{1,8})*|[a-z]{3}-[a-z\d-]+)$/i;

/** Keys that wrap a value: JSON-LD's `@value`, and the `value` and `_content` of many APIs. */
const WRAPPERS = ['@value', 'value', '_content'];

/** How deep arrays and wrappers are looked into: hostile nesting cannot exhaust the stack. */
const MAX_DEPTH = 16;

/*
 * The work a map may make a page do is bounded: a path is parsed once, at most `MAX_ALTERNATIVES` of
 * its alternatives are tried, a `[key=value]` step looks at the first `MAX_SCANNED` members, and one
 * reading of a document (see `bounded`) looks at `MAX_WORK` values in all; past that, paths find nothing.
 */
const MAX_ALTERNATIVES = 8;
const MAX_SCANNED = 10_000;
const MAX_WORK = 1_000_000;
/** What the reading under way may still look at (no bound outside one). */
let left = Infinity;

/** A parsed step: its key (or index, or `key=value`), whether it was in brackets, whether quoted. */
type Step = [key: string, bracketed: boolean, quoted: boolean];
/** Paths as parsed, by their text: one list of steps per alternative. */
const parsed = new Map<string, Step[][]>();

/** Whether a value is an object or an array (not `null`). */
const isObject = (value: unknown): value is Data => !!value && typeof value == 'object';

/** An object's own field `key`, without copying the object (see `record`); arrays have none here. */
const own = (value: unknown, key: string): unknown => (isObject(value) && !Array.isArray(value) && Object.hasOwn(value, key) ? value[key] : undefined);

/** Whether a value counts as nothing found: `undefined`, `null`, `""` or `[]`. */
export const isEmpty = (value: unknown): boolean => value == null || value === '' || (Array.isArray(value) && !value.length);

/**
 * Runs one reading of a document (a map or a preset applied to it) within a bound on its work: a
 * hostile document and map together cannot keep the page busy for long. Says so when the bound cut it.
 */
export function bounded<T>(read: () => T): T {
  left = MAX_WORK;
  try {
    return read();
  } finally {
    if (left < 0) console.warn('photo-story-elements: the map did too much work on this document and was cut short');
    left = Infinity;
  }
}

/** Counts one value looked at; false once the reading under way has done its work. */
const spend = (): boolean => --left >= 0;

/** The alternatives of a path, parsed once; one that is not made of steps (a stray bracket) is left out. */
function parse(path: string): Step[][] {
  let alternatives = parsed.get(path);
  if (!alternatives) {
    alternatives = path
      .split('|')
      .slice(0, MAX_ALTERNATIVES)
      .filter((alternative) => !/[^.\s]/.test(alternative.replace(STEP, '')))
      .map((alternative) =>
        [...alternative.trim().matchAll(STEP)].map(([step, bracket]): Step => {
          const quoted = /^\s*(["'])(.*)\1\s*$/.exec(bracket ?? step);
          return [quoted ? quoted[2] : (bracket ?? step).trim(), bracket != null, !!quoted];
        }),
      );
    // Maps have a few paths; a page that makes endless ones does not keep them all.
    if (parsed.size > 500) parsed.clear();
    parsed.set(path, alternatives);
  }
  return alternatives;
}

/**
 * The value at `path` in `root`. Paths are dot keys, `[n]` (negative counts from the end), `*` (the
 * first value of an object keyed by ids, or of an array), `[key=value]` (the first member whose
 * flattened `key`, itself a path, equals `value`, ignoring case) and `a | b` (the first that is not
 * empty). A key applied to an array looks in its members and takes the first that has it. `""` is
 * the document itself. Only a document's own fields are found, never what an object inherits. Never
 * throws: a path that leads nowhere gives `undefined`.
 */
export function find(path: string, root: unknown, lang: string): unknown {
  for (const steps of parse(path)) {
    let value = root;
    for (const step of steps) value = isEmpty(value) ? undefined : next(value, step, lang);
    if (!isEmpty(value)) return value;
  }
  return undefined;
}

function next(value: unknown, step: Step, lang: string, depth = 0): unknown {
  const [key, bracketed, quoted] = step;
  const members = () => (Array.isArray(value) ? value : isObject(value) ? Object.values(value) : []);
  if (bracketed && !quoted) {
    const equals = key.indexOf('=');
    if (equals < 0) return Array.isArray(value) && /^-?\d+$/.test(key) ? value.at(+key) : undefined;
    const wanted = key.slice(equals + 1).trim().toLowerCase();
    const path = key.slice(0, equals);
    return members()
      .slice(0, MAX_SCANNED)
      .find((member) => spend() && textOf(find(path, member, lang), lang)?.toLowerCase() == wanted);
  }
  if (key == '*' && !quoted) return members()[0];
  if (!Array.isArray(value)) return own(value, key);
  for (const member of depth < MAX_DEPTH ? value : []) {
    if (!spend()) break;
    const found = next(member, step, lang, depth + 1);
    if (!isEmpty(found)) return found;
  }
  return undefined;
}

/**
 * The texts of a value: strings and numbers as they are; a language map (`{"en": [...], "none": [...]}`,
 * `[{"@language", "@value"}]`, Europeana's `def`) in the reader's language, else in no language, else
 * in any; value wrappers (`{"@value"}`, `{"value"}`, `{"_content"}`) unwrapped; arrays flattened.
 */
export function texts(value: unknown, lang: string, depth = 0): Found {
  if (typeof value == 'string' || typeof value == 'number') return { texts: [String(value)] };
  if (depth > MAX_DEPTH || !spend()) return { texts: [] };
  const languages = languageMap(value);
  if (languages) {
    const [tag, picked] = pick(languages, lang);
    return { texts: texts(picked, lang, depth + 1).texts, lang: LANGUAGE_KEY.test(tag) && !/none|def/i.test(tag) ? tag : undefined };
  }
  const data = record(value);
  const wrapper = data && WRAPPERS.find((key) => key in data);
  if (wrapper) return texts(data[wrapper], lang, depth + 1);
  if (!Array.isArray(value)) return { texts: [] };
  const found = value.map((item) => texts(item, lang, depth + 1));
  return { texts: found.flatMap((item) => item.texts), lang: found.find((item) => item.lang)?.lang };
}

/** The first text of a value (see `texts`), or `undefined`. */
export const textOf = (value: unknown, lang: string): string | undefined => texts(value, lang).texts[0];

/** The entries of a language map, or `undefined` when `value` is not one. */
function languageMap(value: unknown): [string, unknown][] | undefined {
  if (Array.isArray(value) && value.length && value.every((item) => isObject(item) && Object.hasOwn(item, '@language'))) {
    return value.map((item) => [String(own(item, '@language') || 'none'), own(item, '@value')]);
  }
  const data = record(value);
  const entries = data ? Object.entries(data) : [];
  const isText = (text: unknown) => typeof text == 'string' || (Array.isArray(text) && text.every((item) => typeof item == 'string'));
  // `{"id": "…"}` is an identifier, not Indonesian: language maps hold lists, or several languages.
  const identifier = entries.length == 1 && entries[0][0] == 'id' && !Array.isArray(entries[0][1]);
  return entries.length && !identifier && entries.every(([key, text]) => LANGUAGE_KEY.test(key) && isText(text)) ? entries : undefined;
}

/** The reader's language, else its base language, else no language, else English, else the first. */
function pick(entries: [string, unknown][], lang: string): [string, unknown] {
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  return (
    entries.find(([tag]) => tag.toLowerCase() == lang.toLowerCase()) ??
    entries.find(([tag]) => base(tag) == base(lang)) ??
    entries.find(([tag]) => /^(@?none|def)$/i.test(tag)) ??
    entries.find(([tag]) => base(tag) == 'en') ??
    entries[0]
  );
}

/** A `shape` error whose message tells the page's developer what went wrong (also in the console). */
export function failure(message: string): LoadError {
  console.warn(`photo-story-elements: ${message}`);
  return Object.assign(new LoadError('shape'), { message });
}
