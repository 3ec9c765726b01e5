import type { Entry } from '../../data/model.js';
import type { LoadFailure } from '../../data/load-error.js';
import type { ElementEvent } from '../../context/element-event.js';

/** `photo-story-load`: an entry is shown (loaded from `src` or set as `.entry`). `detail.entry` is what shows. */
export type PhotoStoryLoadEvent = ElementEvent<{ entry: Entry }>;

/**
 * `photo-story-error`: the entry cannot be shown. `detail.reason` says why (`network`, `timeout`, `http`,
 * `parse`, `shape`), `detail.status` gives the HTTP status (0 when there is none), `detail.message` the
 * sentence the reader sees.
 */
export type PhotoStoryErrorEvent = ElementEvent<{ status: number; reason: LoadFailure; message: string }>;

declare global {
  interface HTMLElementEventMap {
    'photo-story-load': PhotoStoryLoadEvent;
    'photo-story-error': PhotoStoryErrorEvent;
  }
}
