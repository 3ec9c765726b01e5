import { safeUrl } from '../data/safe-url.js';
import { takeOver } from './take-over.js';

/** Attributes for a story, by name, without `data-`. */
type Attributes = [name: string, value: string][];

/** A site's rule for links to embed, from the `data-*` of a `<script data-match>` (see the README). */
interface LinkRule {
  /** Absolute URL prefixes of the entry pages to embed. */
  _prefixes: string[];
  /** The JSON URL of an entry page: `{path}` is the page URL after the prefix (no query, no final
   * slash), `{id}` its last segment without extension, `{url}` the whole page URL, encoded. */
  _json?: string;
  /** Every other `data-*` of the script that a rule may give: attributes of each story it makes. */
  _attributes: Attributes;
}

/**
 * What a story takes from an author's markup (as `data-*` or as is): what it shows and how. Never a
 * handler or a style, which sanitizers let through as inert `data-*`, and never the session: a post's
 * author must not choose where readers' credentials go.
 */
const FROM_MARKUP = 'src format map hide heading-level loading fetchpriority sizes nearby-map comments-map theme lang dir'.split(' ');
/** A site's own rule, on its script tag, may also name the session of the stories it makes. */
const FROM_RULES = [...FROM_MARKUP, 'session-src', 'login-url', 'credentials-origins'];

const RULES = 'script[data-match]';
const SERVED = 'photo-story>script[data-served]';
/** Markup already upgraded, or inside an editor (an island of `contenteditable="false"` in one included). */
const SKIP = 'photo-story, [contenteditable]:not([contenteditable="false"])';
/** Blocks that may hold the plain-HTML form or a link standing alone. */
const BLOCKS = 'blockquote.photo-story,p,div';

/** The site's rules, read with the whole page: at first, and again when a rule is added. */
let rules: LinkRule[] | undefined;

/**
 * Turns every plain-HTML form and every link to embed into a `<photo-story>` that keeps the author's
 * markup inside as its fallback: shown until the story loads and again if it fails. The first call
 * looks at the whole page, later ones only at what `records` added (unless they add a rule). Markup
 * that is already inside a story, or in an editor (`contenteditable`), is left alone, so nothing is
 * upgraded twice and no editor loses what it holds.
 */
export function upgrade(records: MutationRecord[] = []): void {
  const added = (selector: string) => records.flatMap(({ addedNodes }) => [...addedNodes].flatMap((node) => within(node, selector)));
  const wholePage = !rules || added(RULES).length;
  // Stories rendered on the server are taken over.
  (rules ? added(SERVED) : document.querySelectorAll(SERVED)).forEach(takeOver);
  if (wholePage) rules = [...document.querySelectorAll<HTMLElement>(RULES)].map(readRule);
  const blocks = wholePage ? [...document.querySelectorAll(BLOCKS)] : records.flatMap(blocksChanged);
  for (const block of blocks) {
    if (!block.isConnected || block.closest(SKIP) || (block as HTMLElement).isContentEditable) continue;
    const quote = block.matches('blockquote') ? (block as HTMLQuoteElement) : undefined;
    const own = quote ? taken(quote.attributes, FROM_MARKUP) : [];
    const ownSrc = own.find(([name]) => name == 'src')?.[1];
    // A post's own `data-src` gets nothing of the site's rule: not the session the rule may name.
    if (ownSrc) embed(block, ownSrc, own);
    else {
      const [src, attributes = []] = embedding(rules!, quote ? quote.cite || quote.querySelector('a')?.href : loneLink(block)) ?? [];
      if (src) embed(block, src, [...attributes, ...own]);
    }
  }
}

/** An element and the elements inside it that match `selector` (none for other nodes). */
const within = (node: Node, selector: string): Element[] =>
  node instanceof Element ? [node, ...node.querySelectorAll(selector)].filter((el) => el.matches(selector)) : [];

/** The blocks a mutation may have made: those added, those inside them, and the one it changed. */
function blocksChanged({ target, addedNodes }: MutationRecord): Element[] {
  return [...(target instanceof Element && target.matches(BLOCKS) ? [target] : []), ...[...addedNodes].flatMap((node) => within(node, BLOCKS))];
}

/** The attributes of `attributes` (`data-*` or as is, unless `dataOnly`) named in `names`. */
function taken(attributes: NamedNodeMap, names: string[], dataOnly = false): Attributes {
  return [...attributes].flatMap(({ name, value }): Attributes => {
    const key = name.replace(/^data-/, '');
    return names.includes(key) && !(dataOnly && key == name) ? [[key, value]] : [];
  });
}

/** Puts a story where `fallback` is, with `fallback` inside it. Later attributes win. */
function embed(fallback: Element, src: string, attributes: Attributes): void {
  const story = document.createElement('photo-story');
  for (const [name, value] of attributes) story.setAttribute(name, value);
  story.setAttribute('src', src);
  fallback.replaceWith(story);
  story.append(fallback);
}

function readRule(script: HTMLElement): LinkRule {
  const { match = '', json } = script.dataset;
  return {
    _prefixes: match.split(/\s+/).flatMap((prefix) => safeUrl(prefix, document.baseURI) ?? []),
    _json: json,
    _attributes: taken(script.attributes, FROM_RULES, true),
  };
}

/** The JSON URL and attributes of the story that the first matching rule makes of `page`. */
function embedding(rules: LinkRule[], page: string | undefined): [string, Attributes] | undefined {
  const url = safeUrl(page, document.baseURI);
  for (const rule of url ? rules : []) {
    const prefix = rule._prefixes.find((prefix) => url!.startsWith(prefix));
    // Without its slashes at either end: a path filled in first cannot make a URL of another host (`//`).
    const path = prefix && url!.slice(prefix.length).replace(/[?#].*/, '').replace(/^\/+|\/$/g, '');
    if (!path) continue;
    // Each piece encoded: a link cannot add a query (`42&admin=1`) to the JSON URL (and `URL` already
    // resolved any `..`).
    const parts: Record<string, string> = {
      path: path.split('/').map(encodeSegment).join('/'),
      id: encodeSegment(path.replace(/.*\//, '').replace(/\.[^.]*$/, '')),
      url: encodeURIComponent(url!),
    };
    return [rule._json?.replace(/\{(path|id|url)\}/g, (_, name: string) => parts[name]) ?? url!, rule._attributes];
  }
  return undefined;
}

/** A path segment as the page URL has it (percent-encoded or not), encoded once. */
function encodeSegment(segment: string): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A stray `%`: encoded as it is.
  }
  return encodeURIComponent(text);
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
