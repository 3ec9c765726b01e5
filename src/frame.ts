/**
 * The entry of `dist/frame.js`, the script of a story's embed page (`embedPage`), which other sites
 * frame. It tells the host page the page's height, at load and at every change (lists, "more", a story
 * swapped in place), and opens links in the top page: in WordPress's protocol when the frame's address
 * carries `#?secret=…` (as `wp-embed.js` sets it), else with Iframely's `iframe.resize` message and a
 * new tab. A reader who would sign in goes to the entry's page instead, where comments are written: the
 * frame's sandbox has no cookies, storage or popups.
 */
import { addStrings } from './embed.js';

/** WordPress's secret for this frame, when a WordPress page framed it. */
const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
/** The entry's page, and the words that lead there instead of "Log in" (see `embedPage`). */
const { page, comment } = document.documentElement.dataset;

/** Tells the host page the frame's height, or a link to open in the top page (WordPress only). */
function tell(message: 'height' | 'link', value: number | string): void {
  if (parent == window) return;
  if (secret) parent.postMessage({ secret, message, value }, '*');
  else if (message == 'height') parent.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: value }), '*');
}

let told = 0;
/** The document's own height (not the frame's, which `scrollHeight` would never go under). */
function height(again = false): void {
  const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (now != told || again) tell('height', (told = now));
}

/** Opens `url` where the sandbox lets it: the top page through WordPress, else a new tab. */
function open(url: string): void {
  if (secret) tell('link', url);
  else window.open(url, '_blank');
}

new ResizeObserver(() => height()).observe(document.documentElement);
addEventListener('load', () => height(true));
// wp-embed.js says "ready" when its page has loaded: the height again, in case it came too early.
addEventListener('message', ({ source, data }) => source == parent && secret && data?.secret == secret && data.message == 'ready' && height(true));

addEventListener('click', (event) => {
  if (!secret || event.defaultPrevented || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  // Links within the page (a comment's anchor) stay in the frame.
  if (!link || !/^https?:$/.test(link.protocol) || link.href.split('#')[0] == location.href.split('#')[0]) return;
  event.preventDefault();
  open(link.href);
});

if (page) {
  if (comment) addStrings(document.documentElement.lang, { logIn: comment });
  addEventListener('login-request', (event) => (event.preventDefault(), open(page)));
}
