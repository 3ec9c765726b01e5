import type { ReactiveElement } from 'lit';
import { canonical } from './canonical.js';

/**
 * Every interface string, English first. A locale is a table of the same keys (any may be missing:
 * English fills in); `{name}` placeholders are filled by `fill`.
 */
export const en = {
  untitled: 'Untitled',
  previousIn: 'Previously in {series}: {title}',
  previous: 'Previously: {title}',
  nextIn: 'Next in {series}: {title}',
  next: 'Next: {title}',
  contributedOn: 'Contributed by {name} on {date}',
  contributed: 'Contributed by {name}',
  photographer: 'Photo: {name}',
  loading: 'Loading the photo story',
  retry: 'Try again',
  network: 'Couldn’t reach the archive.',
  timeout: 'The archive took too long to answer.',
  notFound: 'This photo story could not be found.',
  http: 'The archive answered with an error ({status}).',
  parse: 'The archive sent something that is not a photo story.',
  nearby: 'Nearby photos',
  more: 'More',
  nearbyFailed: 'Nearby photos could not be loaded.',
  comments: 'Comments',
  noComments: 'No comments yet — be the first to comment',
  noCommentsClosed: 'No comments yet.',
  moreComments: 'Load more comments',
  commentsFailed: 'The comments could not be loaded.',
  mustLogIn: 'You must be logged in to comment on the photos.',
  logIn: 'Log in',
  /** Said of the Log in button, which opens the login page in a new window (empty: not said). */
  newWindow: 'Opens in a new window',
  enlarge: 'Enlarge the photo',
  close: 'Close',
};

/** Forms by `Intl.PluralRules` category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Strings = typeof en;

/** Strings of any element, by key, as a locale or a host gives them; English is complete. */
export type StringTable = Record<string, string | Plural>;

/** One table per language: English here; chunks, locales and hosts add theirs. */
const tables: Record<string, StringTable> = { en };

/**
 * Languages on their way, by tag (`0` once settled). The shipped ones are chunks, which the first element
 * that shows a language other than English loads through their index (`locales/index.ts`): English pages
 * carry no table of them.
 */
const loading: Record<string, Promise<unknown> | 0> = {};

/**
 * Adds or replaces strings of `lang` (a language tag such as `es` or `pt-BR`; keys of any element's
 * table): a host's own wording or a whole new language. `under` keeps what is there, as the library's
 * own tables do when they load after a host's.
 */
export function addStrings(lang: string, strings: StringTable, under = false): void {
  lang = canonical(lang) ?? lang; // as elements look it up: `pt-br` is `pt-BR`
  tables[lang] = under ? { ...strings, ...tables[lang] } : { ...tables[lang], ...strings };
}

/**
 * The strings for a language tag: its own table, then its base language's, then English. When that
 * language ships as a chunk not loaded yet, it starts loading, and `element` updates once it is here
 * (until then, or when it cannot load, English stands in).
 */
export function stringsFor<T = Strings>(lang: string, element?: ReactiveElement): T {
  const base = lang.split('-')[0];
  let locale = loading[lang];
  if (locale === undefined && base != 'en')
    locale = loading[lang] = import('./locales/index.js')
      .then(({ load }) => load(lang, addStrings))
      .then(
        () => (loading[lang] = 0),
        () => (loading[lang] = 0),
      );
  if (locale) locale.then(() => element?.requestUpdate());
  return { ...tables.en, ...tables[base], ...tables[lang] } as T;
}

/** Loads the strings of `lang` when they ship as a chunk: the server renders at once, so it waits first. */
export async function loadStrings(lang: string): Promise<void> {
  stringsFor(lang);
  await loading[lang];
}

/**
 * Fills `{name}` placeholders. Returns the pieces, so that a value can be markup (a link) rather than
 * text; join them for a plain string.
 */
export function fill<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? values[piece] : piece));
}
