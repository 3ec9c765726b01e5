// The demo archive's sign-in page, /archive/login?next=<page address> (served by server.mjs).
// A reader types a name; the archive signs them in (a session cookie for itself, a token for pages)
// and the page hands the reader back:
//   - opened as a popup: tells the page that opened it, `postMessage({ user, token })` to the origin of
//     `next` only, then closes;
//   - opened as a page (popups blocked): goes back to `next`, whose page then asks the session URL.
// `next` counts only when its origin is one the archive knows (the form's data-origins); otherwise the
// popup tells nobody and the page goes to the demo's home.

const form = document.getElementById('login');
const nameInput = document.getElementById('login-name');
const submitButton = form.querySelector('button[type="submit"]');
const statusLine = document.getElementById('login-status');
const current = document.getElementById('signed-in');
const currentName = document.getElementById('signed-in-name');
const continueButton = document.getElementById('continue');
const signOutButton = document.getElementById('sign-out');

const allowedOrigins = new Set((form.dataset.origins ?? '').split(/\s+/).filter(Boolean));
const next = returnAddress(new URLSearchParams(location.search).get('next'));
let session = null;

/** `next` as a URL when it is an http(s) address on an allowed origin, else null. */
function returnAddress(text) {
  if (!text) return null;
  let url;
  try {
    url = new URL(text, location.href);
  } catch {
    return null;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && allowedOrigins.has(url.origin) ? url : null;
}

function say(text) {
  statusLine.textContent = text;
}

function busy(on) {
  for (const button of [submitButton, continueButton, signOutButton]) button.disabled = on;
}

function showSession(answer) {
  session = answer;
  current.hidden = !answer;
  if (answer) {
    currentName.textContent = answer.user.name;
    continueButton.textContent = `Continue as ${answer.user.name}`;
  }
}

/** Hands the signed-in reader back to the page that asked: as a popup to its opener, else by going back. */
function handBack({ user, token }) {
  const opener = window.opener;
  if (opener && !opener.closed) {
    if (!next) {
      say(`Signed in as ${user.name}. The page that opened this window is not one this archive works with, ` +
        'so it was not told. You can close this window.');
      return;
    }
    // The target origin makes sure only a page on that origin receives the token.
    opener.postMessage({ user, token }, next.origin);
    say(`Signed in as ${user.name}. You can close this window.`);
    window.close();
    return;
  }
  say(`Signed in as ${user.name}. Taking you back…`);
  location.assign(next ? next.href : '/');
}

async function requestJson(url, init = {}) {
  const response = await fetch(url, { credentials: 'same-origin', ...init });
  const answer = response.status === 204 ? null : await response.json().catch(() => null);
  return { response, answer };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const name = nameInput.value.trim();
  if (!name) {
    say('Type the name to show with your comments.');
    nameInput.focus();
    return;
  }
  busy(true);
  say('Signing in…');
  try {
    const { response, answer } = await requestJson('api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name }),
    });
    if (!response.ok || !answer?.user || typeof answer.token !== 'string') {
      say(answer?.error ?? `Signing in did not work (${response.status}). Try again.`);
      return;
    }
    showSession(answer);
    handBack(answer);
  } catch {
    say('The archive could not be reached. Try again.');
  } finally {
    busy(false);
  }
});

continueButton.addEventListener('click', () => {
  if (session) handBack(session);
});

signOutButton.addEventListener('click', async () => {
  busy(true);
  try {
    await fetch('api/logout', { method: 'POST', credentials: 'same-origin' });
    showSession(null);
    say('Signed out.');
    nameInput.focus();
  } catch {
    say('The archive could not be reached. Try again.');
  } finally {
    busy(false);
  }
});

// Already signed in here (the archive's cookie)? Offer to continue as that reader.
requestJson('api/session', { headers: { Accept: 'application/json' } })
  .then(({ response, answer }) => {
    if (response.ok && answer?.user && typeof answer.token === 'string') showSession(answer);
  })
  .catch(() => {});
