import type { ReactiveElement } from 'lit';

/** The elements in the page that draw again when a language changes. */
const following = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/**
 * Draws `element` again whenever a `lang` or a `dir` changes in the page (its own, an ancestor's,
 * `<html>`'s), while it is in the page: one observer of the page serves every element. (A story in a
 * right-to-left language sets its own direction unless the page set one.)
 */
export function followLanguage(element: ReactiveElement): void {
  element.addController({
    hostConnected() {
      following.add(element);
      (observer ??= new MutationObserver(() => following.forEach((each) => each.requestUpdate()))).observe(document, {
        subtree: true,
        attributeFilter: ['lang', 'dir'],
      });
    },
    hostDisconnected: () => following.delete(element),
  });
}
