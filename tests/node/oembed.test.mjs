/**
 * The oEmbed provider in plain Node (`oembed`, `embedPage`, `oembedDiscoveryLink`) against the sample
 * archive and hostile records, and the demo server's routes. Runs on the npm build.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { startDemo } from '../../scripts/demo-server.mjs';
import { archiveFetch, assertInert, HOSTILE, ORIGIN, textOf } from '../support/server-fixtures.mjs';

const { oembed, OEmbedError, embedPage, oembedDiscoveryLink } = await import('../../dist/server/index.js');
const SEED = `${ORIGIN}api/photos/leon-trotsky-arrival-mexico.json`;
const EMBED = 'https://archive.test/embed/leon-trotsky-arrival-mexico';

/** The tags of some HTML, by name, with their attributes' names. */
const tagsOf = (html) => [...html.matchAll(/<([a-z]+)\b([^>]*)>/gi)].map(([, name, rest]) => [name.toLowerCase(), [...rest.matchAll(/\s([a-z-]+)=/gi)].map(([, a]) => a)]);

test('the answer for the seed entry: an oEmbed 1.0 rich answer, with the fields a card needs', async () => {
  const answer = await oembed({ src: SEED, fetch: archiveFetch(), embedUrl: EMBED, provider: { name: 'Old Photos', url: 'https://archive.test/' } });
  // The spec's required fields for `rich`.
  assert.equal(answer.version, '1.0');
  assert.equal(answer.type, 'rich');
  assert.equal(typeof answer.html, 'string');
  assert.ok(Number.isInteger(answer.width) && answer.width > 0 && Number.isInteger(answer.height) && answer.height > 0);
  assert.equal(answer.title, "Leon Trotsky's arrival in Mexico");
  assert.equal(answer.provider_name, 'Old Photos');
  assert.equal(answer.provider_url, 'https://archive.test/');
  assert.equal(answer.author_name, 'OldPik');
  assert.match(answer.author_url, /^https:\/\/archive\.test\/users\//);
  assert.deepEqual([answer.thumbnail_url, answer.thumbnail_width, answer.thumbnail_height], ['https://archive.test/img/leon-trotsky-arrival-mexico.svg', 1200, 800]);
  assert.equal(answer.license, 'Public domain');
  assert.match(answer.license_url, /^https:\/\/creativecommons\.org\//);
  assert.ok(answer.cache_age > 0);
  // The blockquote reads alone (title linked to the entry's page, date, credits), then the frame.
  const [quote, frame] = answer.html.split('\n<iframe');
  assert.match(quote, /^<blockquote class="photo-story" cite="https:\/\/archive\.test\/photos\/leon-trotsky-arrival-mexico\.html"/);
  assert.match(textOf(quote), /Leon Trotsky's arrival in Mexico ?, 1939 Photo: Unknown photographer · .* Public domain/);
  assert.match(`<iframe${frame}`, /^<iframe src="https:\/\/archive\.test\/embed\/leon-trotsky-arrival-mexico" width="600" height="\d+" title="Leon Trotsky&#39;s arrival in Mexico — Old Photos" frameborder="0" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" loading="lazy"><\/iframe>$/);
});

test('maxwidth and maxheight bound the frame, as numbers or as the query gives them', async () => {
  const narrow = await oembed({ src: SEED, fetch: archiveFetch(), embedUrl: EMBED, maxwidth: '320', maxheight: 400 });
  assert.equal(narrow.width, 320);
  assert.ok(narrow.height <= 400);
  assert.match(narrow.html, /<iframe [^>]*width="320" height="400"/);
  const wide = await oembed({ src: SEED, fetch: archiveFetch(), embedUrl: EMBED, maxwidth: 2000, maxheight: 'none' });
  assert.equal(wide.width, 600, 'a story reads best in a column');
  // Without a name, the archive is the host of its pages.
  assert.deepEqual([wide.provider_name, wide.provider_url], ['archive.test', 'https://archive.test/']);
});

test('an unknown or unreadable entry is a 404, a format other than json a 501', async () => {
  const is = (status) => (error) => error instanceof OEmbedError && error.status == status;
  await assert.rejects(oembed({ src: `${ORIGIN}api/photos/missing.json`, fetch: archiveFetch(), embedUrl: EMBED }), is(404));
  await assert.rejects(oembed({ entry: ['not an entry'], embedUrl: EMBED }), is(404));
  await assert.rejects(oembed({ src: 'file:///etc/passwd', embedUrl: EMBED }), is(404));
  await assert.rejects(oembed({ src: SEED, fetch: archiveFetch(), embedUrl: EMBED, responseFormat: 'xml' }), is(501));
  await assert.rejects(oembed({ src: SEED, fetch: archiveFetch(), embedUrl: 'javascript:alert(1)' }), TypeError);
});

test('hostile entries give no markup in title or html beyond the form, and no URL but http(s)', async () => {
  for (const evil of HOSTILE) {
    const entry = {
      title: evil,
      headline: 'Something to show',
      date: evil,
      credit: evil,
      url: 'javascript:alert(1)',
      image: { src: 'javascript:alert(1)', width: 10, height: 10 },
      creator: { name: evil, url: 'data:text/html,<script>alert(1)</script>' },
      contributor: { name: evil, url: 'javascript:alert(1)' },
      rights: { label: evil, url: 'vbscript:x' },
    };
    const answer = await oembed({ entry, base: 'https://archive.test/x/', embedUrl: EMBED });
    for (const field of ['title', 'author_name', 'license']) assert.doesNotMatch(answer[field] ?? '', /<[a-z!/]/i, field);
    for (const field of ['author_url', 'license_url', 'thumbnail_url']) assert.equal(answer[field], undefined, field);
    for (const [tag, attributes] of tagsOf(answer.html)) {
      assert.ok(['blockquote', 'p', 'strong', 'small', 'a', 'iframe'].includes(tag), tag);
      for (const name of attributes) assert.ok(['class', 'cite', 'lang', 'href', 'src', 'width', 'height', 'title', 'frameborder', 'sandbox', 'loading'].includes(name), name);
    }
    for (const [, url] of answer.html.matchAll(/(?:href|src|cite)="([^"]*)"/g)) assert.match(url, /^https:\/\//);
    assert.equal((answer.html.match(/<iframe /g) ?? []).length, 1);
  }
});

test('the discovery link names the answer for the page, escaped', () => {
  const link = oembedDiscoveryLink('https://archive.test/photos/a"b.html?x=1&y=2', 'https://archive.test/oembed', 'A "title"');
  assert.equal(
    link,
    '<link rel="alternate" type="application/json+oembed" href="https://archive.test/oembed?url=https%3A%2F%2Farchive.test%2Fphotos%2Fa%22b.html%3Fx%3D1%26y%3D2&#38;format=json" title="A &#34;title&#34;">',
  );
});

test('the embed page: the story rendered, only files from dist/, a strict policy that allows its styles', async () => {
  const html = await embedPage({ src: SEED, fetch: archiveFetch(), assets: 'https://cdn.test/photo-story-elements/dist/', provider: { name: 'Old Photos' } });
  assert.match(html, /^<!doctype html>\n<html lang="en" data-page="https:\/\/archive\.test\/photos\/leon-trotsky-arrival-mexico\.html" data-comment="Comment on Old Photos">/);
  // The policy comes first in <head>, before anything it governs.
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  assert.match(head, /^<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  const policy = head.match(/content="([^"]*)"/)[1].replace(/&#39;/g, "'");
  assert.match(policy, /^default-src 'none'; script-src https:\/\/cdn\.test; style-src https:\/\/cdn\.test 'sha256-/);
  assert.doesNotMatch(policy, /unsafe/);
  // Every inline style is allowed by its hash; no inline script but the story's data.
  for (const [, css] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    assert.ok(policy.includes(`'sha256-${createHash('sha256').update(css).digest('base64')}'`), 'a style the policy allows');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.deepEqual(
    scripts.filter(([, attributes]) => !attributes.includes('application/json')).map(([, attributes, body]) => [attributes, body]),
    [
      [' type="module" src="https://cdn.test/photo-story-elements/dist/embed.js"', ''],
      [' type="module" src="https://cdn.test/photo-story-elements/dist/frame.js"', ''],
    ],
  );
  assert.match(head, /<link rel="stylesheet" href="https:\/\/cdn\.test\/photo-story-elements\/dist\/frame\.css">/);
  assert.match(head, /<title>Leon Trotsky&#39;s arrival in Mexico — Old Photos<\/title>/);
  // A card: the story at heading level 1, its comments with the prompt leading to the entry's page.
  assert.match(html, /<photo-story lang="en" hide="nearby" heading-level="1">/);
  assert.match(html, /<a part="?login"? href="https:\/\/archive\.test\/photos\/leon-trotsky-arrival-mexico\.html">Comment on Old Photos<\/a>/);
  assert.match(html, /<p class="read-on"><a href="https:\/\/archive\.test\/photos\/leon-trotsky-arrival-mexico\.html">Continue reading on Old Photos<\/a><\/p>/);
  // In the story's language.
  const german = await embedPage({ src: SEED, fetch: archiveFetch(), assets: 'https://cdn.test/dist', lang: 'de', provider: { name: 'Alte $& Fotos' } });
  assert.match(german, /Weiterlesen auf Alte \$&#38; Fotos/);
  // A language written right to left: the whole page, its links around the story included.
  const arabic = await embedPage({ src: SEED, fetch: archiveFetch(), assets: 'https://cdn.test/dist', lang: 'ar', provider: { name: 'Old Photos' } });
  assert.match(arabic, /^<!doctype html>\n<html lang="ar" dir="rtl" /);
  assert.match(arabic, /تابع القراءة على Old Photos/);
  await assert.rejects(embedPage({ src: SEED, fetch: archiveFetch(), assets: 'dist/' }), TypeError);
});

test('the embed page of a hostile record: its head holds text, its body an inert story', async () => {
  for (const evil of HOSTILE) {
    const entry = { title: evil, headline: 'Shown', url: `https://archive.test/${evil}`, lang: evil, comments: 'https://archive.test/c.json' };
    const html = await embedPage({ entry, base: 'https://archive.test/', assets: 'https://archive.test/dist/', provider: { name: evil }, page: 'javascript:alert(1)', fetch: archiveFetch({ 'https://archive.test/c.json': [] }) });
    const head = html.slice(0, html.indexOf('<body>'));
    // The head's own tags, and nothing else.
    assert.deepEqual([...head.matchAll(/<([a-z]+)/g)].map(([, tag]) => tag), ['html', 'head', 'meta', 'meta', 'meta', 'meta', 'title', 'link', 'link', 'script', 'script', 'base']);
    for (const [, url] of head.matchAll(/(?:href|src|data-page)="([^"]*)"/g)) assert.match(url, /^https:\/\/archive\.test\//);
    assertInert(html.slice(html.indexOf('<main>') + 6, html.indexOf('</main>')));
  }
});

// ------------------------------------------------------------------ the demo server's routes

let demo;
let base;
before(async () => ({ base, ...demo } = await startDemo()));
after(() => demo?.stop());

const ask = (url, format = 'json') => fetch(new URL(`oembed?${new URLSearchParams({ url, format })}`, base));

test('the demo answers for its own photo pages, which name the answer in their <head>', async () => {
  const page = new URL('archive/photos/leon-trotsky-arrival-mexico.html', base).href;
  const html = await (await fetch(page)).text();
  const href = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)">/)[1].replace(/&#38;/g, '&');
  const answer = await fetch(href);
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('access-control-allow-origin'), '*');
  const json = await answer.json();
  assert.equal(json.title, "Leon Trotsky's arrival in Mexico");
  assert.match(json.html, new RegExp(`<iframe src="${new URL('embed/leon-trotsky-arrival-mexico', base).href}"`));
  const frame = await fetch(new URL('embed/leon-trotsky-arrival-mexico', base));
  assert.equal(frame.status, 200);
  assert.match(await frame.text(), /<photo-story lang="en"/);
  assert.equal((await fetch(new URL('dist/frame.js', base))).headers.get('access-control-allow-origin'), '*', 'modules for a sandboxed frame');
  assert.equal((await fetch(new URL('embed/no-such-entry', base))).status, 404);
});

test('the demo fetches no URL from the query: other sites, other paths, unknown entries are 404; xml is 501', async () => {
  const asked = [];
  const elsewhere = createServer((req, res) => (asked.push(req.url), res.end('{"title":"Not ours"}')));
  await new Promise((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  try {
    const other = `http://127.0.0.1:${elsewhere.address().port}`;
    for (const url of [`${other}/archive/photos/leon-trotsky-arrival-mexico.html`, new URL('archive/api/photos/leon-trotsky-arrival-mexico.json', base).href, new URL('archive/photos/nothing-here.html', base).href, 'javascript:alert(1)', ''])
      assert.equal((await ask(url)).status, 404, url);
    assert.deepEqual(asked, [], 'nothing asked of another server');
  } finally {
    elsewhere.close();
  }
  const xml = await ask(new URL('archive/photos/leon-trotsky-arrival-mexico.html', base).href, 'xml');
  assert.equal(xml.status, 501);
});
