/**
 * Turns text that may hold HTML (common in museum records) into plain text: script and style blocks
 * and every tag dropped (a `<` starts a tag only before a letter, `/`, `!` or `?`, as in HTML, so
 * "I <3 this" stays), block ends kept as line breaks, entities decoded. Tags are removed before
 * anything is parsed, so no element from data is ever created — not even in an inert document, where
 * an `onerror` attribute would still make a strict CSP report a violation.
 *
 * Entities are decoded by the browser's parser, which under `require-trusted-types-for 'script'`
 * needs a Trusted Types policy: it is named `photo-story`, and what it lets through cannot hold a tag.
 * Where the page's CSP does not allow that name, entities are shown as written.
 */
type Policy = { createHTML(text: string): unknown } | null;
/** `false` once the page refused the policy: entities then stay as written, with no more attempts. */
let policy: Policy | false | undefined;

export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const text = value
    .replace(/<(script|style|template|noscript|title)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<br\b[^>]*>?/gi, '\n')
    .replace(/<\/(p|div|li|h\d|blockquote|tr)\s*>/gi, '\n\n')
    .replace(/<[a-z/!?][^>]*>?/gi, '');
  return text.includes('&') ? decodeEntities(text) : text;
}

function decodeEntities(text: string): string {
  try {
    if (policy === undefined) {
      policy = false;
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes
        ?.createPolicy('photo-story', { createHTML: (html: string) => html.replace(/</g, '&lt;') }) ?? null;
    }
    if (policy === false) return text;
    const html = (policy?.createHTML(text) ?? text.replace(/</g, '&lt;')) as string;
    return new DOMParser().parseFromString(html, 'text/html').body.textContent!;
  } catch {
    return text;
  }
}
