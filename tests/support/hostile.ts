/** Payloads that would run script if any of them became markup or a live link. Each sets `window.pwned`. */
export const HTML_PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '<svg><svg onload="window.pwned=3">',
  '"><iframe srcdoc="<script>parent.pwned=4</script>">',
  '<a href="javascript:window.pwned=5">click</a>',
  '${window.pwned=6}{{constructor.constructor("window.pwned=7")()}}',
];

export const URL_PAYLOADS = [
  'javascript:window.pwned=8',
  ' JaVaScRiPt:window.pwned=9',
  'java\tscript:window.pwned=10',
  'data:text/html,<script>window.pwned=11</script>',
  'vbscript:msgbox(12)',
  '&#106;avascript:window.pwned=13',
];

/** An entry with a payload in every text field and a hostile URL in every URL field. */
export function hostileEntry(n: number) {
  const text = HTML_PAYLOADS[n % HTML_PAYLOADS.length] + ' text';
  const url = URL_PAYLOADS[n % URL_PAYLOADS.length];
  return {
    id: text,
    url,
    title: text,
    date: text,
    headline: text,
    story: [text, text],
    image: { src: url, alt: text, width: text, height: 10, caption: text, iiif: url },
    creator: { name: text, url },
    contributor: { name: text, url },
    published: text,
    credit: text,
    rights: { label: text, url },
    series: { name: text, url },
    previous: { title: text, url, src: url },
    next: { title: text, url, src: url },
    location: { name: text, lat: text, lon: 1 },
  };
}

/** A nearby item and a comment (with a reply) with payload `n` in every text field and every URL field. */
export function hostileListItems(n: number) {
  const text = HTML_PAYLOADS[n % HTML_PAYLOADS.length] + ' text';
  const url = URL_PAYLOADS[n % URL_PAYLOADS.length];
  return {
    nearby: {
      id: text,
      title: text,
      date: text,
      url,
      src: url,
      lang: text,
      thumbnail: { src: url, alt: text, width: text, height: 10, iiif: url },
      contributor: { name: text, url },
    },
    comment: {
      id: `${text}" onmouseover="window.pwned=20`,
      author: { name: text, url, avatar: url },
      created: text,
      text,
      status: text,
      parent: text,
      replies: [{ id: text, author: { name: text, url, avatar: url }, text, created: text }],
    },
  };
}

/** What in a rendered tree could run script: elements that should never come from data, handler
 * attributes, links or sources that are not http(s). */
export function liveScript(root: ShadowRoot | Document): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^(script|iframe|object|embed|svg|math)$/i.test(el.localName)) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^(href|src|srcset|action|formaction|xlink:href)$/i.test(attr.name) && !/^https?:/i.test(attr.value.trim()))
        found.push(`${el.localName}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

/** Keys of a map or a document that would reach a prototype if followed. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor.prototype', 'prototype', '__proto__.__proto__'];

/** A small map whose alternatives each scan a whole list: unbounded, it froze the tab for minutes. */
export const mapBomb = (alternatives: number) => `${'list[x=y]|'.repeat(alternatives)}name`;

/** Session and login addresses a record may name on another origin than its own. */
export const FOREIGN_SESSION = {
  login: 'https://evil.example/login?back={return}',
  session: 'http://admin.site.example/admin-action?delete=everything',
};

/** What readers type that looks like markup but is not: it must show as written. */
export const READER_WORDS = ['if a<b and b<c then c>a', 'I <3 this & <that>', 'x<y>z'];

/** Page addresses pasted under a link rule that would add to the JSON URL if filled in raw. */
export const PASTED_LINK_TAILS = ['42&admin=1', '42?admin=1#x', '42%26admin%3D1', '42;admin=1'];

/**
 * Resolves once a payload that became markup would have run: an image of the test's own with a broken
 * address has failed to load, as an injected `<img src=x onerror>` would have by then, and the task
 * that fired its handler is over. (The trees are checked for handlers and scripts besides.)
 */
export const payloadsHadTheirChance = (): Promise<void> =>
  new Promise((resolve) => {
    const canary = new Image();
    canary.onload = canary.onerror = () => setTimeout(resolve);
    canary.src = `/x?canary=${Math.random()}`;
  });
