// Logs the events of every <photo-story> on the states page into its card.
// Text only (no HTML parsing), so it runs under the page's Trusted Types policy.

const started = performance.now();
const EVENTS = ['photo-story-load', 'photo-story-error'];

function cardOf(event) {
  for (const node of event.composedPath()) {
    if (node instanceof Element && node.hasAttribute('data-card')) return node;
  }
  return null;
}

function describe(event) {
  const detail = event.detail ?? {};
  const { status, reason } = detail;
  const parts = [event.type];
  if (status !== undefined) parts.push(String(status));
  if (reason !== undefined) parts.push(String(reason));
  return parts.join(' ');
}

function log(card, kind, text) {
  const list = card.querySelector('.card__log');
  if (!list) return;
  const item = document.createElement('li');
  item.dataset.kind = kind;
  item.textContent = `${Math.round(performance.now() - started)} ms  ${text}`;
  list.append(item);
}

for (const type of EVENTS) {
  document.addEventListener(type, (event) => {
    const card = cardOf(event);
    if (!card) return;
    const kind = type.endsWith('-error') ? 'error' : type.endsWith('-load') ? 'load' : 'other';
    log(card, kind, describe(event));
  });
}

// Say whether the library arrived: the page is useless without dist/embed.js.
const status = document.getElementById('library-status');
let defined = false;
customElements.whenDefined('photo-story').then(() => {
  defined = true;
  status.dataset.state = 'ready';
  status.textContent = '<photo-story> is defined.';
  for (const card of document.querySelectorAll('[data-card]')) log(card, 'other', 'defined');
});
setTimeout(() => {
  if (defined) return;
  status.dataset.state = 'missing';
  status.textContent = '<photo-story> is not defined after 3 s. Is the library built (dist/embed.js)?';
}, 3000);
