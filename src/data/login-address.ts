import { isServer } from 'lit';
import { safeUrl } from './safe-url.js';

/**
 * The login page's address, `{return}` filled in with the page's own, when it is a safe URL. The
 * page's fragment stays here: it is the page's business, not the login page's. On the server, where
 * there is no page, `{return}` is the document's address (`renderStory` takes the page's as `url`).
 */
export function loginAddress(template: unknown, base: string): string | undefined {
  return typeof template == 'string'
    ? safeUrl(template.replace(/\{return\}|%7Breturn%7D/gi, encodeURIComponent((isServer ? base : location.href).split('#')[0])), base)
    : undefined;
}
