import { record } from './fields.js';
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

/** Whether a value counts as nothing found: `undefined`, `null`, `""` or `[]`. */
export const isEmpty = (value: unknown): boolean => value == null || value === '' || (Array.isArray(value) && !value.length);

/**
 * The value at `path` in `root`. Paths are dot keys, `[n]` (negative counts from the end), `*` (the
 * first value of an object keyed by ids, or of an array), `[key=value]` (the first member whose
 * flattened `key`, itself a path, equals `value`, ignoring case) and `a | b` (the first that is not
 * empty). A key applied to an array looks in its members and takes the first that has it. `""` is
 * the document itself. Never throws: a path that leads nowhere gives `undefined`.
 */
export function find(path: string, root: unknown, lang: string): unknown {
  for (const alternative of path.split('|')) {
    // A path that is not made of steps (a stray bracket) leads nowhere.
    if (/[^.\s]/.test(alternative.replace(STEP, ''))) continue;
    let value = root;
    for (const [step, bracket] of alternative.trim().matchAll(STEP)) {
      value = isEmpty(value) ? undefined : next(value, bracket ?? step, bracket != null, lang);
    }
    if (!isEmpty(value)) return value;
  }
  return undefined;
}

function next(value: unknown, step: string, bracketed: boolean, lang: string, depth = 0): unknown {
  const members = Array.isArray(value) ? value : Object.values(record(value) ?? {});
  const quoted = /^\s*(["'])(.*)\1\s*$/.exec(step);
  const key = quoted ? quoted[2] : step.trim();
  if (bracketed && !quoted) {
    const equals = key.indexOf('=');
    if (equals < 0) return Array.isArray(value) && /^-?\d+$/.test(key) ? value.at(+key) : undefined;
    const wanted = key.slice(equals + 1).trim().toLowerCase();
    return members.find((member) => textOf(find(key.slice(0, equals), member, lang), lang)?.toLowerCase() == wanted);
  }
  if (key == '*' && !quoted) return members[0];
  if (!Array.isArray(value)) return record(value)?.[key];
  for (const member of depth < MAX_DEPTH ? value : []) {
    const found = next(member, step, bracketed, lang, depth + 1);
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
  if (depth > MAX_DEPTH) return { texts: [] };
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
  if (Array.isArray(value) && value.length && value.every((item) => record(item) && '@language' in item)) {
    return value.map((item) => [item['@language'] || 'none', item['@value']]);
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
