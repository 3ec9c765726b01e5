import { isServer } from 'lit';
import { canonical } from './canonical.js';
/**
 * The reader's language for an element: its own `lang`, then the nearest ancestor's, crossing shadow
 * roots, then `<html lang>`, then the browser's. The nearest `lang` of a tree decides for that tree:
 * when it is empty (unknown) or not a valid tag, the search goes on outside the tree.
 */
export function languageOf(element: Element): string {
  // On the server, every element is given its language.
  if (isServer) return canonical(element.getAttribute('lang') ?? '') ?? 'en';
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang && canonical(lang)) return canonical(lang)!;
  }
  return canonical(navigator.language) ?? 'en';
}
