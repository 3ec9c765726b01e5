import type { ReactiveElement } from 'lit';
import type { Entry } from '../data/model.js';
import { followLanguage } from '../i18n/follow-language.js';
import type { SessionLink } from './session-link.js';

/** Where a session is kept between reloads of the tab (`sessionStorage`, never across tabs). */
export const STORED = 'photo-story-session ';

type ElementClass = abstract new (...args: any[]) => ReactiveElement;
type Sessions = typeof import('./session-link.js');
type Host = SessionElement & ReactiveElement;

/** What `WithSession` adds to an element. */
export declare class SessionElement {
  /** The signed-in reader (`{id, name, avatar}`), set by a page with its own sign-in; `null`: nobody. */
  user?: unknown;
  /** The reader's token for the archive, set by a page with its own sign-in. */
  token?: string;
  /** Where the reader's session is asked: `GET` → `{user, token}`. */
  sessionSrc?: string;
  /** Where a reader signs in; `{return}` becomes the page's address. */
  loginUrl?: string;
  /** @internal On the server (`renderStory`): the words of the sign-in link, instead of "Log in". */
  loginLabel?: string;
  /** More origins, space-separated, trusted with the reader's token and cookies. */
  credentialsOrigins?: string;
  /** The session the element found, once the session chunk is loaded. */
  _session?: SessionLink;
}

/** The session chunk, once loaded. */
let sessions: Sessions | undefined;
let loading: Promise<Sessions> | undefined;
/** Every session element on the page. */
const elements = new Set<Host>();

/** The `src` a story took from data (a nearby swap), per story: never trusted with the page's reader's credentials. */
export const swapped = new WeakMap<Element, string>();

/**
 * Loads the session chunk (once) and links every session element on the page to its session. Sessions
 * cost a signed-out page nothing until there is something to know: a reader set by the host, a
 * session URL to ask or a `login-url` to offer, a session kept from before a reload of the tab, or a
 * reader who asks to sign in (from an entry's `login`).
 */
export function loadSessions(): Promise<Sessions> {
  return (loading ??= import('./session-link.js').then(
    (loaded) => {
      elements.forEach((sessions = loaded).link);
      return loaded;
    },
    // Without the chunk (self-hosted without `chunks/`, offline) sessions never come: no error either.
    () => new Promise<never>(() => {}),
  ));
}

/** Whether this tab kept a session from before a reload. */
function kept(): boolean | undefined {
  try {
    return Object.keys(sessionStorage).join().includes(STORED);
  } catch {
    // Storage refused (a sandboxed frame): nothing was kept.
  }
}

/**
 * Opens the sign-in page in a popup, which answers with `postMessage`; where popups are blocked, the
 * page itself goes there and comes back, to the comment box of the list of `from` (the login gate the
 * reader asked from). Call it from a click: popup blockers want one. The popup is a new window each
 * time, never one found by name: a frame on the page could have opened that first.
 */
export function signIn(url: string, from?: unknown): void {
  const popup = open(url, '', 'popup,width=520,height=680');
  loadSessions().then(({ signingIn }) => signingIn(url, popup, from as Element));
}

/**
 * The session settings of `<photo-story>`, `<comment-thread>` and `<login-gate>`. The session they find
 * with them is provided to the elements inside (see `SessionLink`, in the session chunk).
 */
export function WithSession<T extends ElementClass>(Base: T) {
  abstract class WithSession extends Base {
    static properties = {
      user: { attribute: false },
      token: { attribute: false },
      sessionSrc: { attribute: 'session-src' },
      loginUrl: { attribute: 'login-url' },
      credentialsOrigins: { attribute: 'credentials-origins' },
    };

    constructor(...args: any[]) {
      super(...args);
      const element = this as unknown as Host;
      followLanguage(element);
      element.addController({
        hostUpdate: () =>
          sessions ||
          ((element.user !== undefined || element.token || element.sessionSrc || element.loginUrl || (element as { shown?: Entry }).shown?.session || kept()) &&
            loadSessions()),
      });
    }

    override connectedCallback(): void {
      super.connectedCallback();
      elements.add(this as unknown as Host);
      sessions?.link(this as unknown as Host);
    }

    override disconnectedCallback(): void {
      super.disconnectedCallback();
      elements.delete(this as unknown as Host);
    }
  }
  return WithSession as unknown as T & (abstract new (...args: any[]) => SessionElement);
}
