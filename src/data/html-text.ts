/**
 * Turns text that may hold HTML (common in museum records) into plain text: tags dropped, entities
 * decoded, block ends kept as line breaks. The HTML is parsed in an inert document — no script runs,
 * nothing loads — and only text comes out, so nothing from data ever becomes markup.
 *
 * Under `require-trusted-types-for 'script'` the parser needs a Trusted Types policy: it is named
 * `photo-story` and serves this inert parse only. Where the page's CSP does not allow that name,
 * tags are stripped by pattern and the common entities decoded.
 */
type Policy = { createHTML(html: string): unknown } | null;
let policy: Policy | undefined;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return value;
  const marked = value.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|li|h\d|blockquote)\s*>/gi, '\n\n');
  try {
    if (policy === undefined) {
      policy = null;
      policy = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } })
        .trustedTypes?.createPolicy('photo-story', { createHTML: (html: string) => html }) ?? null;
    }
    const doc = new DOMParser().parseFromString((policy?.createHTML(marked) ?? marked) as string, 'text/html');
    doc.querySelectorAll('script,style,template,noscript').forEach((el) => el.remove());
    return doc.body.textContent!;
  } catch {
    return marked.replace(/<[^>]*>?/g, '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      const point = code[0] == '#' ? +('0' + code.slice(1)) : 0;
      return point ? (point < 0x110000 ? String.fromCodePoint(point) : '\ufffd') : ENTITIES[code.toLowerCase()] ?? entity;
    });
  }
}
