/**
 * A date from data in the reader's language. Date-only values ("2025-01-06") are calendar
 * dates: formatted in UTC, so no time zone moves them to another day. Date-times are shown in the
 * reader's time zone. Anything else is shown as written.
 */
export function formatDate(value: string, lang: string): string {
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  try {
    if (day) {
      const date = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
      if (date.getUTCMonth() != +day[2] - 1) return value;
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    }
    if (/^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value))) {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(Date.parse(value));
    }
  } catch {
    // An unknown language tag: show the value as written.
  }
  return value;
}
