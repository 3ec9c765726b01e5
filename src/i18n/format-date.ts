/**
 * A date from data in the reader's language. Date-only values ("2025-01-06") are calendar
 * dates: formatted in UTC, so no time zone moves them to another day. Date-times are shown in the
 * reader's time zone. Anything else is shown as written.
 */
export function formatDate(value: string, lang: string): string {
  // Year 0000 is 1 BC, which a calendar in the reader's language would not say: shown as written.
  const day = /^(?!0000)\d{4}-\d\d-\d\d$/.test(value);
  const time = day || /^(?!0000)\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
  try {
    // Dates alone are read in UTC; one past its month's end ("2025-02-30") would roll over: not a date.
    if (time == time && (!day || new Date(time).toISOString().startsWith(value)))
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: day ? 'UTC' : undefined }).format(time);
  } catch {
    // An unknown language tag: show the value as written.
  }
  return value;
}
