import { formatDate } from './format-date.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** A language's formatters: making one costs far more than using it, and a thread uses them for every comment. */
const formatters = new Map<string, [Intl.RelativeTimeFormat, Intl.DateTimeFormat]>();

/**
 * When a comment was written, in the reader's language: `when` as "3 days ago", "yesterday", "in 2
 * hours", and `full` as the date and time of day ("January 6, 2025 at 9:30 AM"; a date alone for a
 * date-only value); `undefined` for a bad time.
 */
export function commentTime(iso: string, lang: string, now = Date.now()): { when: string; full: string } | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  let formats = formatters.get(lang);
  if (!formats) {
    formats = [new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }), new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' })];
    formatters.set(lang, formats);
  }
  const seconds = (time - now) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return {
    when: formats[0].format(Math.round(seconds / size), unit),
    full: /^\d{4}-\d\d-\d\dT/.test(iso) ? formats[1].format(time) : formatDate(iso, lang),
  };
}
