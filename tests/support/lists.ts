import { waitUntil } from '@open-wc/testing';
import '../../src/define.js';

type Shadowed = HTMLElement & { updateComplete: Promise<unknown> };

/** All matches in an element's shadow root. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** The text a reader sees in an element, spaces folded. */
export const visibleText = (el: Element | null | undefined) => el?.textContent!.replace(/\s+/g, ' ').trim();

/**
 * Waits until a list element shows its items, its empty state or its error. Lists load only near the
 * viewport: the list is brought into view on every look, as a reader scrolling to it would, so that
 * how tall the page above it is (fonts, viewport) decides nothing.
 */
export async function listSettled<T extends Shadowed>(el: T): Promise<T> {
  await waitUntil(
    () =>
      (el.scrollIntoView({ block: 'nearest' }), el.shadowRoot?.querySelector('[part~="list"], [part="empty"], [part="retry"]')) ||
      (el.shadowRoot && !el.shadowRoot.querySelector('.skeleton') && el.localName == 'nearby-photos'),
    `${el.localName} never settled`,
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

/** A nearby item in the native format. */
export const nearbyItem = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `n${n}`,
  title: `Nearby ${n}`,
  date: `c. 19${10 + n}`,
  url: `https://archive.example.org/photos/n${n}`,
  src: `https://archive.example.org/api/photos/n${n}.json`,
  thumbnail: { src: `https://archive.example.org/img/n${n}.jpg`, alt: '', width: 320, height: 240 },
  contributor: { name: 'OldPik' },
  ...extra,
});
