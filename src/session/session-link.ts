import { ContextRoot } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer, ContextProvider } from '../context/controllers.js';
import { sessionContext } from '../context/session-context.js';
import type { Entry } from '../data/model.js';
import { prepare, record } from '../data/fields.js';
import { safeUrl } from '../data/safe-url.js';
import { ElementEvent } from '../context/element-event.js';
import { loginAddress } from '../data/login-address.js';
import { swapped, type SessionElement } from './session-element.js';
import { ask, returnedTo, Session, sessionFor, sessions, SIGNING_IN, trust } from './session.js';
import type {} from './events.js';
import { readToken, readUser, type User } from './user.js';

/**
 * The session chunk: loaded by `loadSessions`, which links every session element with `link`. Hosts
 * that need no session never load it.
 */
export function link(element: SessionHost): void {
  // Elements are linked in the order they connected, not ancestors first: a request for the session
  // that no provider has answered yet is answered when one appears.
  if (!root) (root = new ContextRoot()).attach(document.documentElement);
  element._session ??= new SessionLink(element);
  element.requestUpdate();
}

/** A login gate: whether its reader asked to sign in. */
type Gate = Element & { _asked?: boolean };

/** The source (URL) of the list a login gate is in, if it is in one. */
const listOf = (gate?: Element) => ((gate?.getRootNode() as ShadowRoot | undefined)?.host as ListHost | undefined)?._source?.();

type SessionHost = ReactiveElement & SessionElement & { src?: string };

/** What is read of a list element that has a session (`<comment-thread>`): its source, its credentials for it, how loading went. */
interface ListHost {
  _source?(): unknown;
  _auth?(url: string): unknown;
  _data?: { error?: { status: number }; _pending?: unknown };
  _shownSource?: unknown;
  _near?: boolean;
}

let root: ContextRoot | undefined;


/**
 * Finds an element's session and provides it to the elements inside: the first of a reader set by the
 * host (`.user`/`.token`), the element's `session-src`/`login-url`, its entry's `session`/`login`, and
 * the session of the element around it. An element that found its own session fires `session-change`.
 */
export class SessionLink implements ReactiveController {
  session?: Session;
  /** The session of a reader set by the host page, kept across updates. */
  private _hosted?: Session;
  /** The reader and token the host set last. */
  private _given: unknown[] = [];
  /** The reader last seen (`undefined`: not known yet). */
  private _seen?: User | null;
  private _inherited: ContextConsumer<Session | undefined>;
  private _provider: ContextProvider<Session | undefined>;

  constructor(private readonly _host: SessionHost) {
    this._inherited = new ContextConsumer(_host, sessionContext);
    this._provider = new ContextProvider(_host, sessionContext);
    _host.addController(this);
  }

  /**
   * A list the archive refused when the reader's credentials went with it (401, its last answer, not
   * one shown while it asks again): the token is stale. The reader is signed out here, to sign in
   * again; their draft waits for them. Back from the login page that the reader left for from a list:
   * the list loads at once, wherever it is on the page, and its gate's comment box takes the focus.
   */
  hostUpdated(): void {
    const list = this._host as ListHost;
    const url = list._source?.();
    if (list._data?.error?.status == 401 && !list._data._pending && /\*$/.test(list._shownSource as string)) this.session!.set(null);
    if (returnedTo(url)) list._near = true;
    if (returnedTo(listOf(this._host), true)) (this._host as Gate)._asked = true;
  }

  hostUpdate(): void {
    const host = this._host;
    // The entry a `<photo-story>` shows: its `session` and `login`.
    const entry = (host as { shown?: Entry }).shown;
    const base = document.baseURI;
    const loginUrl = loginAddress(host.loginUrl, base);
    let session: Session | undefined;
    if (host.user !== undefined || host.token) {
      session = this._hosted ??= new Session();
      session.loginUrl = loginUrl;
      // Applied when the host changes them (a reader who logs out stays out until the host says otherwise).
      if (host.user !== this._given[0] || host.token !== this._given[1]) {
        this._given = [host.user, host.token];
        // The host's own reader: its credentials go only where the host's own settings point, never to
        // a `src` that a nearby swap took from data (before or after the reader signed in).
        [host.sessionSrc, loginUrl, swapped.get(host) == host.src ? undefined : host.src].forEach((url) => trust(session!, url));
        const user = readUser(host.user) ?? null;
        if (session.user && !user) session.signOut();
        else session.set(user, readToken(host.token));
      }
    } else {
      const named = safeUrl(host.sessionSrc, base);
      const sessionUrl = named ?? entry?.session;
      const login = loginUrl ?? entry?.login;
      session = sessionUrl || login ? sessionFor(sessionUrl, login, !!named) : this._inherited.value;
    }
    // Origins the host lists, written out in full (`https://api.example.org`): a bare name means nothing.
    for (const origin of host.credentialsOrigins?.split(/\s+/) ?? []) if (session) trust(session, origin, 'about:blank');
    if (session == this.session) return;
    this.hostDisconnected();
    this.session = session;
    this._seen = session?.user;
    this._provider.setValue(session);
    this.hostConnected();
  }

  hostConnected(): void {
    this.session?.addEventListener('change', this);
  }

  hostDisconnected(): void {
    this.session?.removeEventListener('change', this);
  }

  /**
   * The session changed: show it, and tell the page when the session is this element's own (learning
   * that nobody is signed in is not a change).
   */
  handleEvent(): void {
    const user = this.session!.user ?? null;
    // Once any update under way is done: one that set the reader here (`hostUpdate`) came after the host
    // chose what to load (`willUpdate`), and a list loads again with the reader's credentials.
    this._host.updateComplete.then(() => this._host.requestUpdate());
    if (this.session != this._inherited.value && (user || this._seen)) {
      this._host.dispatchEvent(new ElementEvent('session-change', { user }));
    }
    this._seen = user;
  }
}

/**
 * Goes on with a sign-in that `signIn` started: waits for the popup's answer, or, where popups are
 * blocked, leaves for the login page, noting that the reader asked (see `attach`).
 */
export function signingIn(url: string, popup: Window | null, from?: Element): void {
  if (popup) return listen(popup, url);
  // With the list of the login gate `from`, whose comment box is where the reader comes back to.
  const list = listOf(from);
  try {
    sessionStorage.setItem(SIGNING_IN, `${new URL(url).origin} ${typeof list == 'string' ? list : ''}`);
  } catch {
    // Without storage the page learns the reader from a session URL the host names, if any.
  }
  location.assign(url);
}

/**
 * Waits for the answer of the sign-in popup opened at `loginUrl`, `postMessage({user, token})`. Only a message from that popup
 * window, and from the login page's origin, is heard: any other window or origin is ignored. It signs
 * the reader in to the sessions whose login page is at that origin: those without a session URL, or
 * with one at that origin, take the token; one whose session URL is elsewhere asks it again instead,
 * so that a record naming a foreign session URL beside a real login page never gets its token.
 */
export function listen(popup: Window, loginUrl: string): void {
  const { origin } = new URL(loginUrl);
  const heard = async ({ origin: from, source, data }: MessageEvent) => {
    if (from != origin || source != popup) return;
    await prepare(data).catch(() => {});
    const answer = record(data);
    const user = readUser(answer?.user);
    if (!user) return;
    removeEventListener('message', heard);
    for (const session of sessions.values()) {
      if (!session.loginUrl || new URL(session.loginUrl).origin != origin) continue;
      if (!session.sessionUrl || new URL(session.sessionUrl).origin == origin) session.set(user, readToken(answer!.token));
      else ask(session);
    }
  };
  addEventListener('message', heard);
}
