import { LoadError } from '../data/load-error.js';
import { loadJson } from '../data/load-json.js';
import type { ListElement } from './list-element.js';

/**
 * Shows more items of a list: those loaded but hidden first, then the next page (`next`). Focus moves
 * to the first new item. A chunk of its own: most lists fit in their first `limit`.
 */
export async function more<T>(list: ListElement<T>): Promise<void> {
  const page = list._data.value!;
  const first = Math.min(list._visible, list._count(page));
  if (list._moreError === null) return;
  if (!list._hidden(page) && page.next) {
    list._moreError = null;
    try {
      const next = await list._read(await loadJson(page.next, { fetcher: list.fetch, auth: list._auth(page.next) }));
      if (list._data.value != page) return void (list._moreError = undefined);
      list._data.value = { ...next, items: [...page.items, ...next.items] };
      list._moreError = undefined;
    } catch (error) {
      list._moreError = error instanceof LoadError ? error : new LoadError('shape');
      return;
    }
  }
  // Items already on screen (a comment that had to show past the limit) are not new.
  const shown = new Set(Array.from(list.renderRoot.querySelectorAll('[id]'), (item) => item.id));
  list._visible = first + list._step();
  await list.updateComplete;
  [...list.renderRoot.querySelectorAll<HTMLElement>('[data-item]')].slice(first).find((item) => !item.id || !shown.has(item.id))?.focus();
}
