import { waitUntil } from '@open-wc/testing';
import type { PhotoStory } from '../../src/index.js';
import '../../src/define.js';

/** The element's rendered shadow content. */
export const part = (el: PhotoStory, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The text a reader sees in a part, spaces folded. */
export const textOf = (el: PhotoStory, name: string) => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();

/** Waits until the story shows its entry or its error. */
export async function settled(el: PhotoStory): Promise<PhotoStory> {
  await waitUntil(() => part(el, 'title') || part(el, 'retry'), 'the story never settled', { timeout: 8000 });
  await el.updateComplete;
  return el;
}
