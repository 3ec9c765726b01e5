import { LitElement, html, type TemplateResult } from 'lit';
import { safeUrl } from '../../data/safe-url.js';
import { languageOf } from '../../i18n/language.js';
import { stringsFor } from '../../i18n/strings.js';
import { sharedStyles } from '../shared.styles.js';
import { LoginRequestEvent } from './events.js';

/**
 * Shows its children to a signed-in reader and the sign-in prompt to everyone else: "You must be
 * logged in to comment on the photos. Log in". `<comment-thread>` puts its composer inside one; a
 * page can wrap anything else in its own.
 *
 * @tag login-gate
 * @summary Its children for signed-in readers, the sign-in prompt for others.
 *
 * @event login-request - A reader asked to sign in. Cancelable: cancel it to open your own sign-in.
 *   `detail.url` is the login page.
 *
 * @slot - What a signed-in reader sees.
 *
 * @csspart prompt - The sign-in prompt.
 * @csspart login - The "Log in" button.
 *
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 */
export class LoginGate extends LitElement {
  static override styles = sharedStyles;
  static override properties = { user: { attribute: false }, loginUrl: { attribute: 'login-url' } };

  /** The signed-in reader, or nothing. */
  declare user?: { id?: string; name?: string } | null;
  /** Where a reader signs in. */
  declare loginUrl?: string;

  protected override render(): TemplateResult {
    if (this.user) return html`<slot></slot>`;
    const t = stringsFor(languageOf(this));
    return html`<p part="prompt">${t.mustLogIn} <button part="login" @click=${this._logIn}>${t.logIn}</button></p>`;
  }

  /** Tells the page; unless it takes over, the reader goes to the login page. */
  private _logIn(): void {
    const url = safeUrl(this.loginUrl, document.baseURI);
    if (this.dispatchEvent(new LoginRequestEvent(url)) && url) location.assign(url);
  }
}
