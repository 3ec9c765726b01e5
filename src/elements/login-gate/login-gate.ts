import { LitElement, html, isServer, type TemplateResult } from 'lit';
import { languageOf } from '../../i18n/language.js';
import { stringsFor } from '../../i18n/strings.js';
import { ContextConsumer } from '../../context/controllers.js';
import { entryContext } from '../../context/entry-context.js';
import { loginAddress } from '../../data/login-address.js';
import { signIn, WithSession } from '../../session/session-element.js';
import { sharedStyles } from '../shared.styles.js';
import { ElementEvent } from '../../context/element-event.js';
import type {} from './events.js';

/**
 * Shows its children to a signed-in reader and the sign-in prompt to everyone else: "You must be
 * logged in to comment on the photos. Log in". `<comment-thread>` puts its composer inside one; a
 * page can wrap anything else in its own. The session is its own (`.user`, `session-src`, `login-url`)
 * or that of the element around it.
 *
 * @tag login-gate
 * @summary Its children for signed-in readers, the sign-in prompt for others.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - The element's own colors instead of the host page's: light, dark,
 *   or as the reader's system prefers (the system's text and background colors, with 1em padding;
 *   restyle them with plain CSS on the element).
 *
 * @event {LoginRequestEvent} login-request - A reader asked to sign in. Cancelable: cancel it to open your own sign-in.
 *   `detail.url` is the login page.
 * @event {SessionChangeEvent} session-change - A reader signed in or out (of a session this gate found itself). `detail.user`.
 *
 * @slot - What a signed-in reader sees.
 *
 * @csspart prompt - The sign-in prompt.
 * @csspart login - The "Log in" button.
 *
 * @cssproperty --photo-story-link - Color of links. Default: the text color.
 */
export class LoginGate extends WithSession(LitElement) {
  static override styles = sharedStyles;

  /** Whether this gate's reader asked to sign in (the composer then takes the focus). */
  _asked = false;

  /** The entry around the gate, whose `login` page it offers before its session is known. */
  private _entry = new ContextConsumer(this, entryContext);

  protected override render(): TemplateResult {
    if (this._session?.session?.user) return html`<slot></slot>`;
    const t = stringsFor(languageOf(this), this);
    // Rendered on the server, the prompt works without JavaScript: a link to the login page, where known,
    // in the box of the button that replaces it (the browser's own button metrics), so nothing moves.
    if (isServer && this.loginUrl)
      return html`<style>
          a[part='login'] {
            appearance: button;
            display: inline-block;
            padding: 1px 6px;
            border: 2px outset buttonborder;
            background: buttonface;
            color: buttontext;
            text-decoration: none;
          }
        </style>
        <p part="prompt">${t.mustLogIn} <a part="login" href=${this.loginUrl}>${this.loginLabel ?? t.logIn}</a></p>`;
    // The button opens the login page in a new window: said, so that it is no surprise (an empty `newWindow`
    // for a page that opens its own sign-in in place).
    return html`<p part="prompt">${t.mustLogIn} <button part="login" aria-description=${t.newWindow} @click=${this._logIn}>${t.logIn}</button></p>`;
  }

  /** Tells the page; unless it takes over, the reader signs in at the login page. */
  private _logIn(): void {
    const url = this._session?.session?.loginUrl ?? loginAddress(this.loginUrl, document.baseURI) ?? this._entry.value?.login;
    if (!this.dispatchEvent(new ElementEvent('login-request', { url }, true)) || !url) return;
    this._asked = true;
    signIn(url, this);
  }
}
