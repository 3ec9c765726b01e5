/**
 * Node only: a story as HTML, with the same templates as in the browser (`@lit-labs/ssr`). Never
 * imported by the browser bundle.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { readEntry } from '../data/entry.js';
import { readComments, readNearby } from '../data/lists.js';
import { LoadError } from '../data/load-error.js';
import { loadJson, type Fetcher, type JsonDocument } from '../data/load-json.js';
import type { Entry, EntryJson } from '../data/model.js';
import type { Reading, Transform } from '../data/reading.js';
import { loginAddress } from '../data/login-address.js';
import { safeUrl } from '../data/safe-url.js';
import { canonical } from '../i18n/canonical.js';
import { loadStrings } from '../i18n/strings.js';
import type { Served } from '../elements/photo-story/photo-story.js';
import { escapeHtml, staticStory } from '../upgrade/static-form.js';
import { createHash } from 'node:crypto';

export interface RenderOptions {
  /** The entry's JSON URL (absolute), fetched here. */
  src?: string;
  /** Or the entry itself, in the archive's format (its relative URLs resolve against `base`). */
  entry?: EntryJson | unknown;
  /** What relative URLs of `entry` resolve against. */
  base?: string;
  /** The interface language. Default: the entry's `lang`, else English. */
  lang?: string;
  format?: string;
  /** A declarative map: an object or JSON. */
  map?: unknown;
  /** Your own reading of the archive's JSON. In the browser, set the same `transform` on the element. */
  transform?: Transform;
  nearbyMap?: unknown;
  commentsMap?: unknown;
  /** Built-in sections to leave out: `comments`, `nearby`. */
  hide?: string;
  headingLevel?: number;
  theme?: 'light' | 'dark' | 'auto';
  loading?: 'lazy' | 'eager';
  fetchpriority?: 'high' | 'low' | 'auto';
  sizes?: string;
  /** `lazy`: the story alone; its lists load in the browser when a reader nears them. */
  lists?: 'lazy';
  /** Replaces `fetch` for every document read here (headers, a proxy, a cache, a stub). */
  fetch?: Fetcher;
  /** Origins besides the entry's own whose lists may be fetched (the entry names its lists' URLs). */
  origins?: string[];
  /** The login page for the sign-in prompt. Default: the entry's `login`. As there, `{return}` is the entry's
   * document on the server, which has no page (see `loginAddress`). */
  loginUrl?: string;
  /** The words of that link. Default: "Log in", in the story's language. */
  loginLabel?: string;
  /** A page whose Content-Security-Policy allows inline styles by nonce: the nonce, written on every
   * `<style>` (see also `styleHashes`). */
  nonce?: string;
}

const NO_BASE = 'about:blank';

/** Hides what precedes it: the browser's own drawing of a served story, until it takes over. */
const SERVED_RULE = '<style data-served>:has(~style[data-served]){display:none!important}</style>';

/** The attribute names of the element, by option. */
const ATTRIBUTES: [keyof RenderOptions, string][] = [
  ['format', 'format'],
  ['map', 'map'],
  ['nearbyMap', 'nearby-map'],
  ['commentsMap', 'comments-map'],
  ['hide', 'hide'],
  ['headingLevel', 'heading-level'],
  ['theme', 'theme'],
  ['loading', 'loading'],
  ['fetchpriority', 'fetchpriority'],
  ['sizes', 'sizes'],
];

/** A map as the element's attribute takes it: JSON. */
const asAttribute = (value: unknown) => (value == null ? undefined : typeof value == 'string' ? value : JSON.stringify(value));

/** JSON inside `<script type="application/json">`: no `<` at all, so that nothing can close the script. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Renders a `<photo-story>` with its shadow root as declarative shadow DOM: the whole story and,
 * unless `lists: 'lazy'`, the first page of its nearby photos and comments and the sign-in prompt. Inside
 * the element go the story's plain-HTML form (for readers without declarative shadow DOM: feed readers,
 * old browsers) and the documents read, which `embed.js` (or `watch()`) hands to the story when it takes it
 * over: the browser asks for none of them again.
 *
 * Data is read as in the browser, and is as hostile: text stays text, only http(s) URLs reach `href` and
 * `src`, nothing executable is written. A failed entry rejects with the `LoadError` that the element's
 * `photo-story-error` would carry (`reason`, `status`); a list that fails is left out, for the browser
 * to load. Only `src`, and the lists the entry names on its own origin (or `origins`), are fetched:
 * never pass a URL from a request without checking it (server-side request forgery).
 */
export async function renderStory(options: RenderOptions): Promise<string> {
  return (await renderServed(options)).html;
}

/**
 * `renderStory`, with the entry it shows and its language, for the pages built around a story; `prompt`
 * gives the sign-in link and its words once the entry is read.
 */
export async function renderServed(
  options: RenderOptions,
  prompt?: (entry: Entry, lang: string) => { url?: string; label?: string },
): Promise<{ html: string; entry: Entry; lang: string }> {
  await import('../define.js');
  const docs: [string, unknown][] = [];
  const load = async (url: string) => {
    const doc = await fetchDoc(options)(url);
    docs.push([url, doc.json]);
    return doc;
  };
  const { entry, lang, src, doc: entryDoc } = await readStory(options, load);

  const hidden = options.hide?.split(/\s+/) ?? [];
  const origins = new Set([...(options.origins ?? []), entryDoc.url].flatMap((url) => safeUrl(url, entryDoc.url) ?? []).map((url) => new URL(url).origin));
  const allowed = (url: string) => origins.has(new URL(url).origin);
  /** A list's first page, or `undefined` when it may not be fetched here or fails. */
  const list = async <T>(source: Entry['nearby'], read: (doc: JsonDocument) => Promise<T>): Promise<T | undefined> => {
    try {
      if (typeof source == 'string') return allowed(source) ? await read(await load(source)) : undefined;
      return source && (await read(source));
    } catch {
      return undefined;
    }
  };
  const served: Served = { entry };
  if (options.lists != 'lazy') {
    if (!hidden.includes('nearby')) served.nearby = await list(entry.nearby, (doc) => readNearby(doc, reading(options, { map: options.nearbyMap })));
    if (!hidden.includes('comments') && entry.comments) {
      const view = await import('../elements/comment-thread/comment-view.js');
      served.comments = await list(entry.comments, (doc) => readComments(doc, reading(options, { map: options.commentsMap }), async () => view.threads));
      served.view = view;
      withStyles(view.styles);
      const { url = options.loginUrl, label = options.loginLabel } = prompt?.(entry, lang) ?? {};
      served.login = url ? loginAddress(url, entryDoc.url) : entry.login;
      served.loginLabel = label;
    }
  }

  const a = Object.fromEntries(ATTRIBUTES.map(([option, name]) => [name, asAttribute(options[option]) ?? nothing]));
  const data = { src, entry: src ? undefined : options.entry, docs, lazy: options.lists == 'lazy' || undefined };
  const light = `${staticStory(entry, { lang, sizes: options.sizes })}<script type="application/json" data-served>${scriptJson(data)}</script>`;
  const rendered = await collectResult(
    render(html`<photo-story
      lang=${lang}
      format=${a.format}
      map=${a.map}
      nearby-map=${a['nearby-map']}
      comments-map=${a['comments-map']}
      hide=${a.hide}
      heading-level=${a['heading-level']}
      theme=${a.theme}
      loading=${a.loading}
      fetchpriority=${a.fetchpriority}
      sizes=${a.sizes}
      .served=${served}
      >${unsafeHTML(light)}</photo-story
    >`),
  );
  // Lit's markers go: they serve its hydration, and the browser draws the story anew (data cannot
  // forge one: Lit escapes every `<` of text and attributes).
  // The elements inside are renamed (`served-comment-thread`, …): they are drawn, not defined, so the
  // browser leaves them be (no session, no loading) until the story, drawn anew, replaces them.
  const markup = rendered
    .replace(/<!--\/?lit-[^>]*-->|<\?>/g, '')
    .replace(/<photo-story\s+/, '<photo-story ')
    .replace(/<(\/?)(nearby-photos|comment-thread|login-gate)(?=[\s>])/g, '<$1served-$2')
    .replace(/(<served-[^>]*?)\s+defer-hydration(?=[\s>])/g, '$1');
  // First in the shadow root, the rule that hides what the browser draws there (Lit draws before the
  // first node) until it takes the story over.
  const start = markup.indexOf('>', markup.indexOf('<template')) + 1;
  const story = `${markup.slice(0, start)}${SERVED_RULE}${markup.slice(start)}`;
  return { html: options.nonce ? story.replace(/<style(?=[\s>])/g, `<style nonce="${escapeHtml(options.nonce)}"`) : story, entry, lang };
}

/**
 * The entry of a story, read as the element reads it, with its URL (when it came from `src`) and the
 * interface language: for `renderStory`, and for the plain-HTML form (`staticStory`) of the CLI.
 */
export async function readStory(
  options: RenderOptions,
  load = fetchDoc(options),
): Promise<{ entry: Entry; lang: string; src?: string; doc: JsonDocument }> {
  // Only absolute http(s) URLs: a server has no page for relative ones to resolve against (`about:blank`
  // resolves none, so an `entry` without `base` keeps only its absolute URLs).
  const src = options.src === undefined ? undefined : safeUrl(options.src, NO_BASE);
  if (options.src !== undefined && !src) throw new LoadError('http', 0);
  const doc: JsonDocument = src ? await load(src) : { json: options.entry, url: options.base ?? NO_BASE };
  const entry = await readEntry(doc, reading(options, options));
  const lang = canonical(options.lang || entry.lang || 'en') ?? 'en';
  await loadStrings(lang);
  return { entry, lang, src, doc };
}

/**
 * The `style-src` sources that a strict Content-Security-Policy needs for the `<style>` elements of
 * stories rendered here (`'sha256-…'`, one per distinct style): the declarative shadow roots are
 * styled by inline `<style>`, which `style-src 'self'` alone blocks. They depend only on the library's
 * version and the parts shown, never on data: compute them once from the HTML and add them to the header.
 */
export function styleHashes(html: string): string[] {
  const styles = new Set([...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, css]) => css));
  return [...styles].map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
}

/** Loads a document as the server does: through the caller's `fetch`, never from an earlier render. */
const fetchDoc = (options: RenderOptions) => (url: string) => loadJson(url, { fetcher: options.fetch, fresh: true });

/** What the element is to the readers: its settings, and its `lang` (a IIIF label picks its language). */
function reading(options: RenderOptions, { format, map, transform }: Pick<RenderOptions, 'format' | 'map' | 'transform'>): Reading {
  return { format, map, transform, getAttribute: (name: string) => (name == 'lang' && options.lang) || null } as unknown as Reading;
}

/** The comment chunk's styles, on the server's `<comment-thread>` (the browser adds them when it loads the chunk). */
function withStyles(styles: import('lit').CSSResult): void {
  const thread = customElements.get('comment-thread') as unknown as { finalize(): void; elementStyles: unknown[] };
  thread.finalize();
  if (!thread.elementStyles.includes(styles)) thread.elementStyles.push(styles);
}
