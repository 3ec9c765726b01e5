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
};

/** Forms by `Intl.PluralRules` category; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Strings = typeof en;

/** Tables of one set of strings per language; English is complete. */
export type Tables<T> = Record<string, Partial<T>> & { en: T };

/** The strings for a language tag: its own table, then its base language's, then English. */
export function pick<T>(tables: Tables<T>, lang: string): T {
  return { ...tables.en, ...tables[lang.split('-')[0]], ...tables[lang] };
}

const tables: Tables<Strings> = { en };

export const stringsFor = (lang: string): Strings => pick(tables, lang);

/**
 * Fills `{name}` placeholders. Returns the pieces, so that a value can be markup (a link) rather than
 * text; join them for a plain string.
 */
export function fill<T>(template: string, values: Record<string, T>): (string | T)[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? values[piece] : piece));
}
