import type { NearbyItem } from '../../data/model.js';
import { NamedEvent } from '../../context/element-event.js';

/**
 * `nearby-select` (cancelable): a reader activates a nearby photo. Cancel it (`preventDefault()`) to stay
 * on the page: inside a `<photo-story>`, the story then swaps to the item in place (when it has a `src`).
 */
export class NearbySelectEvent extends NamedEvent<{ item: NearbyItem }> {
  static override readonly type = 'nearby-select';
}

declare global {
  interface HTMLElementEventMap {
    'nearby-select': NearbySelectEvent;
  }
}
