import { html } from 'lit';
import { safeUrl } from '../../data/safe-url.js';

const URLS = /\bhttps?:\/\/[^\s<>"]+/gi;

/**
 * Plain text with its `http(s)` URLs as links (`rel="nofollow ugc noopener"`: readers wrote them).
 * Punctuation that ends a sentence, and a closing parenthesis without its opening one, stay text.
 */
export function autolink(text: string): unknown[] {
  const pieces: unknown[] = [];
  let end = 0;
  for (const match of text.matchAll(URLS)) {
    let url = match[0];
    // Closing parentheses beyond the opening ones; counted once, so a hostile string stays linear.
    let unopened = url.split(')').length - url.split('(').length;
    for (let end; (end = url.at(-1)!), `.,;:!?'"]`.includes(end) || (end == ')' && unopened-- > 0); ) {
      url = url.slice(0, -1);
    }
    const href = safeUrl(url, 'about:blank'); // absolute already: no page needed (nor on the server)
    pieces.push(text.slice(end, match.index), href ? html`<a href=${href} rel="nofollow ugc noopener">${url}</a>` : url);
    end = match.index + url.length;
  }
  pieces.push(text.slice(end));
  return pieces;
}
