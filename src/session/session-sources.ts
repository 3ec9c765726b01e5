import { prepare, record } from '../data/fields.js';
import { loadJson } from '../data/load-json.js';
import { STORED } from './session-element.js';
import type { Session } from './session.js';
import { readToken, readUser } from './user.js';

/** Where the page notes, before it leaves for a login page (popups blocked), that page's origin. */
export const SIGNING_IN = STORED + 'signing in';

/**
 * Where a session comes from besides the host page: what was kept from before a reload of the tab, and
 * its session URL, asked here when the reader asked: signed in before in this tab, or back from its
 * login page. (`sessionFor` asks a session URL the host page names at once.) A session URL that only
 * a record names is never sent the cookies of a reader who did not ask.
 */
export function attach(session: Session): void {
  const { key, loginUrl } = session;
  let asked = false;
  try {
    const kept = record(JSON.parse(sessionStorage.getItem(STORED + key) ?? 'null'));
    session.set(readUser(kept?.user), readToken(kept?.token));
    const back = !!loginUrl && sessionStorage.getItem(SIGNING_IN) == new URL(loginUrl).origin;
    if (back) sessionStorage.removeItem(SIGNING_IN);
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
