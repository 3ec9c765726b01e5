import { ElementEvent } from '../element-event.js';

/**
 * Fired when a reader asks to sign in. Cancel it (`preventDefault()`) to open your own sign-in;
 * otherwise the reader goes to `detail.url`, the login page.
 */
export class LoginRequestEvent extends ElementEvent<{ url?: string }> {
  constructor(url?: string) {
    super('login-request', { url }, true);
  }
}

declare global {
  interface HTMLElementEventMap {
    'login-request': LoginRequestEvent;
  }
}
