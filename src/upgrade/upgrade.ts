import { PhotoStory } from '../elements/photo-story/photo-story.js';
import { safeUrl } from '../data/safe-url.js';

/** A site's rule for links to embed, from the `data-*` of a `<script data-match>` (see the README). */
interface LinkRule {
  /** Absolute URL prefixes of the entry pages to embed. */
  _prefixes: string[];
  /** The JSON URL of an entry page: `{path}` is the page URL after the prefix (no query, no final
   * slash), `{id}` its last segment without extension, `{url}` the whole page URL, encoded. */
  _json?: string;
  /** Every other `data-*` of the script: attributes of each story it makes. */
  _attributes: Attr[];
}

/** `data-*` names a story takes: its own attributes, its theme and language; never an `on…` handler. */
const accepted = new Set([...PhotoStory.observedAttributes, 'theme', 'lang', 'dir']);

/** Blocks that may hold the plain-HTML form or a link standing alone. */
const BLOCKS = 'blockquote.photo-story,p,div';

let scannedPage = false;

/**
 * Turns every plain-HTML form and every link to embed into a `<photo-story>` that keeps the author's
 * markup inside as its fallback: shown until the story loads and again if it fails. The first call
 * looks at the whole page, later ones at what `records` added. Markup that is already inside a story,
 * or in an editor (`contenteditable`), is left alone, so nothing is upgraded twice.
 */
export function upgrade(records: MutationRecord[] = []): void {
  const rules = [...document.querySelectorAll<HTMLElement>('script[data-match]')].map(readRule);
  const blocks = scannedPage ? records.flatMap(blocksChanged) : [...document.querySelectorAll(BLOCKS)];
  scannedPage = true;
  for (const block of blocks) {
    if (block.closest('photo-story') || block.parentElement?.isContentEditable) continue;
    const quote = block.matches('blockquote') ? (block as HTMLQuoteElement) : undefined;
    const [src, attributes = []] = embedding(rules, quote ? quote.cite || quote.querySelector('a')?.href : loneLink(block)) ?? [];
    const own = quote ? [...quote.attributes] : [];
    if (quote?.dataset.src || src) embed(block, quote?.dataset.src || src!, [...attributes, ...own]);
  }
}

/** The blocks a mutation may have made: those added, those inside them, and the one it changed. */
function blocksChanged({ target, addedNodes }: MutationRecord): Element[] {
  return [target, ...addedNodes]
    .flatMap((node) => (node instanceof Element ? [node, ...(node == target ? [] : node.querySelectorAll(BLOCKS))] : []))
    .filter((node) => node.matches(BLOCKS));
}

/** Puts a story where `fallback` is, with `fallback` inside it. Later attributes win. */
function embed(fallback: Element, src: string, attributes: Attr[]): void {
  const story = document.createElement('photo-story');
  for (const { name, value } of attributes) {
    const key = name.replace(/^data-/, '');
    if (accepted.has(key)) story.setAttribute(key, value);
  }
  story.setAttribute('src', src);
  fallback.replaceWith(story);
  story.append(fallback);
}

function readRule(script: HTMLElement): LinkRule {
  const { match = '', json } = script.dataset;
  return {
    _prefixes: match.split(/\s+/).flatMap((prefix) => safeUrl(prefix, document.baseURI) ?? []),
    _json: json,
    _attributes: [...script.attributes].filter(({ name }) => /^data-(?!match$|json$)/.test(name)),
  };
}

/** The JSON URL and attributes of the story that the first matching rule makes of `page`. */
function embedding(rules: LinkRule[], page: string | undefined): [string, Attr[]] | undefined {
  const url = safeUrl(page, document.baseURI);
  for (const rule of url ? rules : []) {
    const prefix = rule._prefixes.find((prefix) => url!.startsWith(prefix));
    const path = prefix && url!.slice(prefix.length).replace(/[?#].*/, '').replace(/\/$/, '');
    if (!path) continue;
    const parts: Record<string, string> = {
      path,
      id: path.replace(/.*\//, '').replace(/\.[^.]*$/, ''),
      url: encodeURIComponent(url!),
    };
    return [rule._json?.replace(/\{(path|id|url)\}/g, (_, name: string) => parts[name]) ?? url!, rule._attributes];
  }
  return undefined;
}

/**
 * The URL of a block that holds nothing but one link or one URL as text (as an editor leaves a pasted
 * link), else `undefined`: a link inside a sentence stays a link.
 */
function loneLink(block: Element): string | undefined {
  const [node, ...rest] = [...block.childNodes].filter((child) =>
    child.nodeType == 1 ? child.nodeName != 'BR' : child.nodeType == 3 && child.textContent!.trim(),
  );
  if (rest.length || !node) return undefined;
  if (node.nodeName == 'A') return (node as HTMLAnchorElement).href;
  const text = node.nodeType == 3 && node.textContent!.trim();
  return text && /^https?:\/\/\S+$/.test(text) ? text : undefined;
}
