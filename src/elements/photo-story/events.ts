import type { Entry } from '../../data/entry.js';
import type { LoadFailure } from '../../data/load-error.js';
import { ElementEvent } from '../element-event.js';

/** Fired when an entry is shown (loaded from `src` or set as `.entry`). `detail.entry` is what shows. */
export class PhotoStoryLoadEvent extends ElementEvent<{ entry: Entry }> {
  constructor(entry: Entry) {
    super('photo-story-load', { entry });
  }
}

/**
 * Fired when the entry cannot be shown. `detail.reason` says why (`network`, `timeout`, `http`, `parse`,
 * `shape`), `detail.status` gives the HTTP status (0 when there is none), `detail.message` the sentence
 * the reader sees.
 */
export class PhotoStoryErrorEvent extends ElementEvent<{ status: number; reason: LoadFailure; message: string }> {
  constructor(reason: LoadFailure, status: number, message: string) {
    super('photo-story-error', { reason, status, message });
  }
}

declare global {
  interface HTMLElementEventMap {
    'photo-story-load': PhotoStoryLoadEvent;
    'photo-story-error': PhotoStoryErrorEvent;
  }
}
