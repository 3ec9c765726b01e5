const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "3 days ago", "yesterday", "in 2 hours" in the reader's language; `undefined` for a bad time. */
export function relativeTime(iso: string, lang: string, now = Date.now()): string | undefined {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (Number.isNaN(seconds)) return undefined;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return format.format(Math.round(seconds / size), unit);
}
