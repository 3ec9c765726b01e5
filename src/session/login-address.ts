import { safeUrl } from '../data/safe-url.js';

/** The login page's address, `{return}` filled in with the page's own, when it is a safe URL. */
export function loginAddress(template: unknown, base: string): string | undefined {
  return typeof template == 'string'
    ? safeUrl(template.replace(/\{return\}|%7Breturn%7D/gi, encodeURIComponent(location.href)), base)
    : undefined;
}
