/**
 * Resolves `value` against `base` and returns the absolute URL only when it is `http:` or `https:`.
 * Everything else — `javascript:`, `data:`, `vbscript:`, malformed strings, non-strings — gives
 * `undefined`, so nothing from data can become a live script link or an odd resource.
 */
export function safeUrl(value: unknown, base: string): string | undefined {
  if (typeof value != 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol == 'https:' || url.protocol == 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
