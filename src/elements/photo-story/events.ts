import type { Entry } from '../../data/model.js';
import type { LoadFailure } from '../../data/load-error.js';
import { NamedEvent } from '../../context/element-event.js';

/** `photo-story-load`: an entry is shown (loaded from `src` or set as `.entry`). `detail.entry` is what shows. */
export class PhotoStoryLoadEvent extends NamedEvent<{ entry: Entry }> {
  static override readonly type = 'photo-story-load';
}

/**
 * `photo-story-error`: the entry cannot be shown. `detail.reason` says why (`network`, `timeout`, `http`,
 * `parse`, `shape`), `detail.status` gives the HTTP status (0 when there is none), `detail.message` the
 * sentence the reader sees.
 */
export class PhotoStoryErrorEvent extends NamedEvent<{ status: number; reason: LoadFailure; message: string }> {
  static override readonly type = 'photo-story-error';
}

declare global {
  interface HTMLElementEventMap {
    'photo-story-load': PhotoStoryLoadEvent;
    'photo-story-error': PhotoStoryErrorEvent;
  }
}
