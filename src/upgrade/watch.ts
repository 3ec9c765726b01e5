/**
 * The plain-HTML form (`<blockquote class="photo-story" data-src>`) and links that a site asks to embed
 * (`<script data-match>`): the code that turns them into stories is a chunk, loaded only once a page has
 * either. Until then a mutation costs a look at what it added, never at the whole page; after, the
 * chunk looks at what each mutation added.
 */
const FORMS = 'blockquote.photo-story,script[data-match]';
let found = false;

const upgrade = (records?: MutationRecord[]) => {
  found = true;
  // Without the chunk (offline, say) the author's markup simply stays.
  import('./upgrade.js').then((chunk) => chunk.upgrade(records), () => {});
};

const adds = (records: MutationRecord[]) =>
  records.some(({ addedNodes }) =>
    [...addedNodes].some((node) => (node as Element).matches?.(FORMS) || (node as Element).querySelector?.(FORMS)),
  );

/**
 * Starts watching the page (`embed.js` calls it; call it once): the plain-HTML forms and link rules
 * already there, and those added later, become stories (a second call only does the same work twice:
 * nothing is upgraded twice). Importing the library starts nothing by itself.
 */
export function watch(): void {
  new MutationObserver((records) => (found || adds(records)) && upgrade(records)).observe(document, {
    childList: true,
    subtree: true,
  });
  if (document.querySelector(FORMS)) upgrade();
}
