import { NamedEvent } from '../context/element-event.js';
import type { User } from './user.js';

/** `session-change`: a reader signed in or out. `detail.user` is the reader, or `null`. */
export class SessionChangeEvent extends NamedEvent<{ user: User | null }> {
  static override readonly type = 'session-change';
}

declare global {
  interface HTMLElementEventMap {
    'session-change': SessionChangeEvent;
  }
}
