import type { ReactiveElement } from 'lit';
import type { Fetcher } from '../data/load-json.js';
import { addStrings } from '../i18n/strings.js';

/** How long a served story waits for the browser's own drawing; past that, the served one stays. */
const PATIENCE = 10_000;

/** What a story is to this chunk (the story's class lives a layer above). */
interface Story extends ReactiveElement {
  entry?: unknown;
  fetch?: Fetcher;
  shown?: unknown;
}

/** What a list inside a story is to this chunk: its internals, shared with it by name. */
interface List extends ReactiveElement {
  fetch?: Fetcher;
  _near: boolean;
  _hasSource: boolean;
  _data: { value?: unknown; error?: unknown };
}

/**
 * Takes over a story that `renderStory` rendered on the server. The documents the server read came
 * with the page (`<script type="application/json" data-served>` inside the story): the story and its
 * lists get them through their `fetch`, so nothing is asked again. The story draws itself before the
 * served one, and the served rule keeps that hidden; once it and its lists are drawn, the served nodes go
 * within one frame, and the reader sees no change. Served data that a page mangled leaves the served
 * story as it is: static, but whole.
 */
export function takeOver(script: Element): void {
  const story = script.parentElement as Story | null;
  let data;
  try {
    data = JSON.parse(script.textContent!);
  } catch {
    // Said above.
  }
  script.remove();
  if (!story?.shadowRoot || typeof data?.src != 'string' && typeof data?.entry != 'object') return;
  const fetcher = served(Array.isArray(data.docs) ? data.docs : []);
  const lazy = data.lazy === true;
  const root = story.shadowRoot;
  const rule = root.querySelector('style[data-served]');
  // The browser's own lists: Lit draws before the served rule (the served lists come after it).
  const lists = () =>
    [...root.querySelectorAll('*')].filter(
      (node): node is List => (node as List)._hasSource !== undefined && !!(rule && node.compareDocumentPosition(rule) & Node.DOCUMENT_POSITION_FOLLOWING),
    );
  // Each list the story makes gets the served documents, and loads now, before its first update.
  const adopt = new MutationObserver(() => {
    for (const list of lazy ? [] : lists()) if (list.fetch != fetcher) Object.assign(list, { fetch: fetcher, _near: true });
  });
  adopt.observe(root, { childList: true, subtree: true });
  story.fetch = fetcher;
  if (typeof data.src == 'string') story.setAttribute('src', data.src);
  else story.entry = data.entry;
  // The served story speaks its language already: the browser's waits for that language's words (a chunk),
  // and draws again with them, before it replaces the served one.
  const lang = story.getAttribute('lang') ?? 'en';
  let spoken = lang.split('-')[0] == 'en';
  if (!spoken)
    import('../i18n/locales/index.js')
      .then(({ load }) => load(lang, addStrings))
      .catch(() => {})
      .then(() => {
        spoken = true;
        for (const element of [story, ...lists()]) element.requestUpdate();
      });
  const start = performance.now();
  const check = async () => {
    const drawn = spoken && story.shown && (lazy || lists().every((list) => !list._hasSource || list._data.value || list._data.error));
    if (!drawn) return performance.now() - start < PATIENCE ? requestAnimationFrame(check) : adopt.disconnect();
    adopt.disconnect();
    await Promise.all([story, ...lists()].map((element) => element.updateComplete));
    // Still in this frame: the rule and the served nodes after it go before it is painted.
    while (rule?.nextSibling) rule.nextSibling.remove();
    rule?.remove();
  };
  requestAnimationFrame(check);
}

/**
 * A `fetch` that answers each served document's first request from what the server read, and passes
 * every other request (later pages, posts, a retry) to `window.fetch`.
 */
function served(docs: unknown[]): Fetcher {
  const kept = new Map<string, unknown>();
  for (const doc of docs) if (Array.isArray(doc) && typeof doc[0] == 'string') kept.set(doc[0], doc[1]);
  return (url, init) => {
    if (init.method || !kept.has(url)) return fetch(url, init);
    const json = kept.get(url);
    kept.delete(url);
    return Promise.resolve(Response.json(json));
  };
}
