import type { NearbyItem } from '../../data/lists.js';
import { ElementEvent } from '../element-event.js';

/**
 * Fired when a reader activates a nearby photo. Cancel it (`preventDefault()`) to stay on the page:
 * inside a `<photo-story>`, the story then swaps to the item in place (when the item has a `src`).
 */
export class NearbySelectEvent extends ElementEvent<{ item: NearbyItem }> {
  constructor(item: NearbyItem) {
    super('nearby-select', { item }, true);
  }
}

declare global {
  interface HTMLElementEventMap {
    'nearby-select': NearbySelectEvent;
  }
}
