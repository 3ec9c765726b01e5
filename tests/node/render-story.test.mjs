/**
 * `renderStory` and the CLI in plain Node, against the sample archive's files (served by a stub `fetch`
 * at https://archive.test/) and hostile records. Runs on the npm build: `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { archive, archiveFetch, assertInert, HOSTILE, ORIGIN, SERVED, textOf } from '../support/server-fixtures.mjs';

const { renderStory, staticStory, LoadError } = await import('../../dist/server/index.js');

test('renderStory renders the whole story, its nearby photos, comments and sign-in prompt', async () => {
  const fetch = archiveFetch();
  const src = `${ORIGIN}api/photos/frida-kahlo-mens-suit.json`;
  const html = await renderStory({ src, fetch });
  const entry = JSON.parse(await readFile(new URL('api/photos/frida-kahlo-mens-suit.json', archive), 'utf8'));
  const linked = (url) => readFile(new URL(url, new URL('api/photos/', archive)), 'utf8').then(JSON.parse);
  const [comments, nearby] = await Promise.all([linked(entry.comments), linked(entry.nearby)]);
  assert.match(html, /^<photo-story [^>]*lang="en"[^>]*><template [^>]*shadowrootmode="open"/);
  const text = textOf(html.slice(0, html.indexOf('<blockquote class="photo-story"')));
  assert.ok(text.includes(entry.title), 'the title');
  if (entry.headline) assert.ok(text.includes(entry.headline), 'the headline');
  for (const paragraph of [].concat(entry.story).join('\n\n').split(/\n\s*\n/)) assert.ok(text.includes(paragraph.trim().replace(/\s+/g, ' ')), 'every paragraph');
  assert.ok(text.includes(comments.comments[0].text.replace(/\s+/g, ' ')), 'the first comment');
  assert.ok(text.includes(nearby.items[0].title), 'the first nearby photo');
  assert.ok(text.includes('You must be logged in to comment on the photos.'), 'the sign-in prompt');
  // Three documents, each asked once, all of them travelling with the HTML.
  assert.equal(fetch.asked.length, 3);
  const served = JSON.parse(html.match(SERVED)[1]);
  assert.equal(served.src, src);
  assert.deepEqual(served.docs.map(([url]) => url).sort(), [...fetch.asked].sort());
  assertInert(html);
});

test('renderStory follows the element: hide, heading level, language, lazy lists', async () => {
  const src = `${ORIGIN}api/photos/frida-kahlo-mens-suit.json`;
  const html = await renderStory({ src, fetch: archiveFetch(), hide: 'nearby', headingLevel: 3, lang: 'de', loading: 'lazy' });
  assert.match(html, /^<photo-story [^>]*hide="nearby"/);
  assert.match(html, /aria-level="3"/);
  assert.doesNotMatch(html, /nearby-photos/);
  assert.match(html, /<served-comment-thread[^>]*heading-level="4"/);
  assert.ok(textOf(html).includes('Kommentare') || textOf(html).includes('Kommentar'), 'German interface words');
  assert.match(html, /<img part=image [^>]*loading="lazy"/);
  const fetch = archiveFetch();
  const lazy = await renderStory({ src, fetch, lists: 'lazy' });
  assert.equal(fetch.asked.length, 1, 'the entry alone');
  assert.doesNotMatch(lazy, /comment-thread|nearby-photos/);
  assert.equal(JSON.parse(lazy.match(SERVED)[1]).lazy, true);
});

test('renderStory reads IIIF manifests and maps as the element does', async () => {
  const iiif = await renderStory({ src: `${ORIGIN}api/iiif/piramide-templo-v3.json`, fetch: archiveFetch() });
  const manifest = JSON.parse(await readFile(new URL('api/iiif/piramide-templo-v3.json', archive), 'utf8'));
  const label = Object.values(manifest.label)[0][0];
  assert.ok(textOf(iiif).includes(label), 'the manifest label is the title');
  assertInert(iiif);
  const map = { title: 'title', 'image.src': 'primaryImage', date: 'objectDate', credit: 'creditLine', url: 'objectURL' };
  const mapped = await renderStory({ src: `${ORIGIN}api/other/met-mujeres-zapatistas.json`, map, fetch: archiveFetch() });
  const met = JSON.parse(await readFile(new URL('api/other/met-mujeres-zapatistas.json', archive), 'utf8'));
  assert.ok(textOf(mapped).includes(met.title));
  assert.ok(textOf(mapped).includes(met.creditLine));
  // The browser reads the same map again: it is on the element.
  assert.equal(JSON.parse(mapped.match(/^<photo-story [^>]*map="([^"]*)"/)[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')).title, 'title');
});

test('renderStory writes hostile data as text: no script, no handler, no URL but http(s)', async () => {
  const base = 'https://archive.test/hostile/';
  for (const [i, evil] of HOSTILE.entries()) {
    const entry = {
      title: evil,
      date: evil,
      headline: evil,
      story: [evil, `${evil}\n\n${evil}`],
      url: 'javascript:alert(1)',
      credit: evil,
      lang: evil,
      image: { src: 'javascript:alert(1)', iiif: evil, alt: evil, caption: evil, width: evil, height: -1 },
      creator: { name: evil, url: 'data:text/html,<script>alert(1)</script>' },
      contributor: { name: evil, url: `${base}user` },
      rights: { label: evil, url: 'vbscript:x' },
      series: { name: evil, url: ' javascript:alert(1)' },
      previous: { title: evil, url: 'javascript:alert(1)', src: 'javascript:alert(1)' },
      nearby: `${base}nearby-${i}.json`,
      comments: `${base}comments-${i}.json`,
      login: `javascript:alert(1)`,
    };
    const fetch = archiveFetch({
      [`${base}entry.json`]: entry,
      [`${base}nearby-${i}.json`]: { items: [{ title: evil, url: 'javascript:x', src: evil, thumbnail: { src: 'javascript:x', alt: evil } }, evil, null, 42] },
      [`${base}comments-${i}.json`]: {
        comments: [{ id: evil, author: { name: evil, url: 'javascript:x', avatar: 'javascript:x' }, created: evil, text: `${evil} https://ok.test/${evil}`, parent: evil }],
      },
    });
    const html = await renderStory({ src: `${base}entry.json`, fetch, lang: evil, map: undefined, hide: evil, sizes: evil });
    assertInert(html);
    assert.ok(!html.includes(evil) || !/[<>"']/.test(evil), 'never as markup');
  }
});

test('renderStory leaves the words of data alone, even those of its own markup', async () => {
  const words = 'A story about defer-hydration, lit-part and <comment-thread> tags';
  // As an archive writes `<` in text that may hold HTML: an entity (a bare tag is markup, and dropped).
  const html = await renderStory({ entry: { title: 'T', story: [words.replace('<', '&lt;')] } });
  assert.ok(textOf(html.slice(0, html.indexOf('<blockquote'))).includes(words));
});

test('renderStory rejects as the element fails, and fetches nothing the entry names elsewhere', async () => {
  await assert.rejects(renderStory({ src: `${ORIGIN}api/photos/missing.json`, fetch: archiveFetch() }), (error) => error instanceof LoadError && error.reason == 'http' && error.status == 404);
  await assert.rejects(renderStory({ src: `${ORIGIN}img/frida-kahlo-mens-suit.svg`, fetch: archiveFetch() }), (error) => error.reason == 'parse');
  await assert.rejects(renderStory({ src: '/relative.json' }), (error) => error instanceof LoadError);
  await assert.rejects(renderStory({ src: 'file:///etc/passwd' }), (error) => error instanceof LoadError);
  await assert.rejects(renderStory({ entry: ['not', 'an', 'entry'] }), (error) => error.reason == 'shape');
  // A record's lists on another origin (an internal address, say) are left to the browser.
  const fetch = archiveFetch({ [`${ORIGIN}x.json`]: { title: 'T', nearby: 'http://169.254.169.254/latest/meta-data', comments: 'http://localhost:1/' } });
  const html = await renderStory({ src: `${ORIGIN}x.json`, fetch });
  assert.deepEqual(fetch.asked, [`${ORIGIN}x.json`]);
  assert.match(html, /T/);
  const allowed = archiveFetch({ [`${ORIGIN}y.json`]: { title: 'T', nearby: 'https://lists.test/n.json' }, 'https://lists.test/n.json': [{ title: 'Near' }] });
  assert.match(await renderStory({ src: `${ORIGIN}y.json`, fetch: allowed, origins: ['https://lists.test'] }), /Near/);
});

test('staticStory is the plain-HTML form, filled from the entry, that sanitizers keep', async () => {
  const html = await renderStory({ src: `${ORIGIN}api/photos/frida-kahlo-mens-suit.json`, fetch: archiveFetch() });
  const quote = html.match(/<blockquote class="photo-story"[\s\S]*?<\/blockquote>/)[0];
  assert.match(quote, /<img src="https:\/\/archive\.test\/[^"]+" alt="[^"]*" width="\d+" height="\d+" loading="lazy">/);
  assert.match(quote, /cite="https:\/\/archive\.test\//);
  assert.doesNotMatch(quote, /style=|class="(?!photo-story)|<(?!\/?(blockquote|p|a|img|strong|em|small)\b)/);
  const entry = { title: 'A < B & "C"', story: ['first', 'second'], url: 'https://a.test/1', image: { src: 'https://a.test/1.jpg', width: 800, height: 600 } };
  const { readStory } = await import('../../dist/server/render-story.js');
  const read = await readStory({ entry });
  const form = staticStory(read.entry, { src: 'https://a.test/1.json', attributes: [['hide', 'comments']] });
  assert.match(form, /^<blockquote class="photo-story" data-src="https:\/\/a\.test\/1\.json" data-hide="comments" cite="https:\/\/a\.test\/1">/);
  assert.ok(form.includes('>A &#60; B &#38; &#34;C&#34;</a>'), 'text escaped');
  assert.ok(form.includes('<p>first</p>') && !form.includes('second'), 'the first paragraph only');
});

const run = promisify(execFile);
const cli = new URL('../../dist/server/cli.js', import.meta.url).pathname;

test('the CLI prints a story from a file, or its plain-HTML form with --static', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'story-'));
  const file = join(dir, 'entry.json');
  await writeFile(file, JSON.stringify({ title: 'A & B', story: ['One.', 'Two.'], url: 'https://a.test/1', comments: 'https://a.test/c.json' }));
  const { stdout } = await run(process.execPath, [cli, 'render', file, '--lang', 'fr', '--hide', 'comments']);
  assert.match(stdout, /^<photo-story [^>]*lang="fr"[^>]*hide="comments"[^>]*><template [^>]*shadowrootmode="open">/);
  assert.ok(stdout.includes('>A &amp; B</a>'), 'the title');
  const { stdout: plain } = await run(process.execPath, [cli, 'render', file, '--static']);
  assert.match(plain, /^<blockquote class="photo-story" cite="https:\/\/a\.test\/1">/);
  assert.match(plain, /<p>One\.<\/p>/);
  await assert.rejects(run(process.execPath, [cli, 'render']), (error) => error.code == 64 && /Usage/.test(error.stderr));
  await assert.rejects(run(process.execPath, [cli, 'render', 'https://127.0.0.1:1/x.json']), (error) => error.code == 1 && /cannot load the entry \(network\)/.test(error.stderr));
});

test('the CLI ends when its work does: the loader keeps no timer alive in Node', async () => {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ title: 'From a server' })));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const started = Date.now();
    const { stdout } = await run(process.execPath, [cli, 'render', `http://127.0.0.1:${server.address().port}/entry.json`], { timeout: 20_000 });
    assert.match(stdout, /From a server/);
    assert.ok(Date.now() - started < 15_000, 'it did not wait for the cache to expire');
  } finally {
    server.close();
  }
});
