import type { Auth } from '../data/load-json.js';
import { safeUrl } from '../data/safe-url.js';
import { ask, attach } from './session-sources.js';
import type { User } from './user.js';

/**
 * The reader of one session source: who they are (`undefined` until known, `null` when signed out) and
 * the token the archive gave them. Fires `change` when either changes, and `signout` just before a
 * reader signs out (their drafts go with it). Credentials go only to `origins`. A session with a `key`
 * is kept for reloads of the tab and asks its session URL (see `session-sources`).
 */
export class Session extends EventTarget {
  user?: User | null;
  token?: string;
  /** The origins trusted with the reader's token and cookies. */
  readonly origins = new Set<string>();
  /** Whether its session URL was asked (see `attach` and `sessionFor`). */
  asked?: boolean;

  constructor(
    /** Names the session in storage; a session set by the host page has none and is not kept. */
    readonly key?: string,
    /** Where the session is asked (`GET` → `{user, token}`). */
    readonly sessionUrl?: string,
    /** Where a reader signs in. */
    public loginUrl?: string,
  ) {
    super();
    trust(this, sessionUrl ?? loginUrl);
    if (key) attach(this);
  }

  /** Sets the reader and their token. */
  set(user: User | null | undefined, token?: string): void {
    if (JSON.stringify([user, token]) == JSON.stringify([this.user, this.token])) return;
    this.user = user;
    this.token = token;
    this.dispatchEvent(new Event('change'));
  }

  /** The reader's credentials for `url`, when its origin is trusted with them and a reader is signed in. */
  authFor(url: string): Auth | undefined {
    const safe = safeUrl(url, document.baseURI);
    return this.user && safe && this.origins.has(new URL(safe).origin) ? { token: this.token } : undefined;
  }

  /** Forgets the reader (and their drafts: `signout` tells the composers). */
  signOut(): void {
    this.dispatchEvent(new Event('signout'));
    this.set(null);
  }
}

/** Trusts the origin of `url` (resolved against `base`), if it is a safe URL, with the reader's credentials. */
export function trust(session: Session, url: unknown, base = document.baseURI): void {
  const safe = safeUrl(url, base);
  if (safe) session.origins.add(new URL(safe).origin);
}

/** Every session of a source on the page, by source. */
export const sessions = new Map<string, Session>();

/**
 * The session of a source, one per page: a session URL and a login page's origin together name it, so
 * a record cannot borrow another source's reader by naming its session URL beside its own login page.
 * The session URL's origin (else the login page's) is trusted with the reader's credentials. `named`:
 * the host page named the session URL, which is then asked at once (`attach` asks the others only when
 * the reader asked).
 */
export function sessionFor(sessionUrl?: string, loginUrl?: string, named = false): Session {
  const key = `${sessionUrl ?? ''} ${loginUrl ? new URL(loginUrl).origin : ''}`;
  let session = sessions.get(key);
  if (!session) sessions.set(key, (session = new Session(key, sessionUrl, loginUrl)));
  // The host page names it (now, or after a record did): asked once, at once.
  if (named && !session.asked) ask(session);
  // The same origin, perhaps another return address.
  session.loginUrl = loginUrl ?? session.loginUrl;
  return session;
}
