import type { NearbyItem } from '../../data/lists.js';
import type { ElementEvent } from '../element-event.js';

/**
 * `nearby-select` (cancelable): a reader activates a nearby photo. Cancel it (`preventDefault()`) to stay
 * on the page: inside a `<photo-story>`, the story then swaps to the item in place (when it has a `src`).
 */
export type NearbySelectEvent = ElementEvent<{ item: NearbyItem }>;

declare global {
  interface HTMLElementEventMap {
    'nearby-select': NearbySelectEvent;
  }
}
