import type { NearbyItem } from '../../data/model.js';
import type { ElementEvent } from '../../context/element-event.js';

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
