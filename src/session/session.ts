import { prepare, record } from '../data/fields.js';
import { loadJson, type Auth } from '../data/load-json.js';
import { safeUrl } from '../data/safe-url.js';
import { STORED } from './session-element.js';
import { readToken, readUser, type User } from './user.js';

/**
 * The reader of one session source: who they are (`undefined` until known, `null` when signed out) and
 * the token the archive gave them. Fires `change` when either changes, and `signout` just before a
 * reader signs out (their drafts go with it). Credentials go only to `origins`. A session with a `key`
 * is kept for reloads of the tab and asks its session URL (see `attach`).
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

/**
 * Where the page notes, before it leaves for a login page (popups blocked), that page's origin and,
 * after a space, the list the reader asked from (its URL), if any.
 */
export const SIGNING_IN = STORED + 'signing in';

/** The list a reader asked to sign in from, back from the login page (see `attach`). */
let returning: string | undefined;

/** Whether `list` (a list's source) is the one the reader left for the login page from; `done` forgets it. */
export const returnedTo = (list: unknown, done?: boolean): boolean => !!returning && list == returning && !(done && (returning = undefined));

/**
 * Where a session comes from besides the host page: what was kept from before a reload of the tab, and
 * its session URL, asked here when the reader asked: signed in before in this tab, or back from its
 * login page. (`sessionFor` asks a session URL the host page names at once.) A session URL that only
 * a record names is never sent the cookies of a reader who did not ask.
 */
export function attach(session: Session): void {
  const { key, loginUrl, sessionUrl } = session;
  let asked = false;
  try {
    const kept = record(JSON.parse(sessionStorage.getItem(STORED + key) ?? 'null'));
    session.set(readUser(kept?.user), readToken(kept?.token));
    // Back from the login page: the marker is for a session that has a URL to ask.
    const [origin, list] = (sessionStorage.getItem(SIGNING_IN) ?? '').split(' ');
    const back = !!sessionUrl && !!loginUrl && origin == new URL(loginUrl).origin;
    if (back) {
      sessionStorage.removeItem(SIGNING_IN);
      returning = list;
    }
    asked = back || !!kept;
  } catch {
    // Nothing kept, or no storage.
  }
  session.addEventListener('change', () => {
    try {
      const { user, token } = session;
      if (user) sessionStorage.setItem(STORED + key, JSON.stringify({ user, token }));
      else sessionStorage.removeItem(STORED + key);
    } catch {
      // Storage refused: the session lasts as long as the page.
    }
  });
  if (asked) ask(session);
}

/**
 * Asks the session URL who the reader is; a 4xx answer (401 above all) means nobody. An answer that
 * arrives after the session changed otherwise (a sign-in through the popup, say) is not used.
 */
export function ask(session: Session): void {
  const { sessionUrl, user: before } = session;
  session.asked = true;
  if (!sessionUrl) return;
  loadJson(sessionUrl, { auth: { token: session.token }, retries: 1, fresh: true })
    .then(
      async ({ json }) => {
        await prepare(json);
        const user = readUser(record(json)?.user);
        if (session.user === before) session.set(user ?? null, user && (readToken(record(json)!.token) ?? session.token));
      },
      (error) => session.user === before && error.status >= 400 && error.status < 500 && session.set(null),
    )
    .catch(() => {});
}
