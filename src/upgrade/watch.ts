/**
 * The plain-HTML form (`<blockquote class="photo-story" data-src>`) and links that a site asks to embed
 * (`<script data-match>`): the code that turns them into stories is a chunk, loaded only on a page that
 * has either, now or later.
 */
const scan = (records?: MutationRecord[]) =>
  document.querySelector('blockquote.photo-story,script[data-match]') &&
  // Without the chunk (offline, say) the author's markup simply stays.
  import('./upgrade.js').then(({ upgrade }) => upgrade(records), () => {});

new MutationObserver(scan).observe(document, { childList: true, subtree: true });
scan();
