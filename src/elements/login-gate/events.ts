import type { ElementEvent } from '../../context/element-event.js';

/**
 * `login-request` (cancelable): a reader asks to sign in. Cancel it (`preventDefault()`) to open your
 * own sign-in; otherwise the reader signs in at `detail.url`, the login page.
 */
export type LoginRequestEvent = ElementEvent<{ url?: string }>;

declare global {
  interface HTMLElementEventMap {
    'login-request': LoginRequestEvent;
  }
}
