import type { ReactiveElement } from 'lit';

/** The elements in the page that draw again when a language changes. */
const following = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * Draws `element` again whenever a `lang` changes in the page (its own, an ancestor's, `<html>`'s),
 * while it is in the page: one observer of the page serves every element. (A `dir` needs no drawing:
 * the styles follow it by themselves.)
 */
export function followLanguage(element: ReactiveElement): void {
  element.addController({
    hostConnected() {
      following.add(element);
      (observer ??= new MutationObserver(() => following.forEach((each) => each.requestUpdate()))).observe(document, {
        subtree: true,
        attributeFilter: ['lang'],
      });
    },
    hostDisconnected: () => following.delete(element),
  });
}
