import { NamedEvent } from '../../context/element-event.js';

/**
 * `login-request` (cancelable): a reader asks to sign in. Cancel it (`preventDefault()`) to open your
 * own sign-in; otherwise the reader signs in at `detail.url`, the login page.
 */
export class LoginRequestEvent extends NamedEvent<{ url?: string }> {
  static override readonly type = 'login-request';
}

declare global {
  interface HTMLElementEventMap {
    'login-request': LoginRequestEvent;
  }
}
