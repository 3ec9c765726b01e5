/**
 * What the Node tests of the server module share: the sample archive served by a stub `fetch` at
 * https://archive.test/, hostile texts, and checks of the HTML that comes out.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

export const archive = new URL('../../demo/archive/', import.meta.url);
export const ORIGIN = 'https://archive.test/';
export const SERVED = /<script type="application\/json" data-served>([^<]*)<\/script>/;

/** A `fetch` that serves the sample archive's files, and `extra` documents by URL; logs what it was asked. */
export function archiveFetch(extra = {}) {
  const asked = [];
  const fetch = async (url) => {
    asked.push(url);
    if (url in extra) return Response.json(extra[url]);
    if (!url.startsWith(ORIGIN)) return new Response('no', { status: 404 });
    try {
      return new Response(await readFile(new URL(url.slice(ORIGIN.length), archive)), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('{}', { status: 404 });
    }
  };
  return Object.assign(fetch, { asked });
}

/** The text a reader sees of some HTML: no tags, no `<style>`, entities decoded, spaces folded. */
export const textOf = (html) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<script[^>]*>[^<]*<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(code))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

/** Every place HTML could run code or leave http(s): `<script>` that is not our JSON, `on*=`, odd URLs. */
export function assertInert(html) {
  const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
  for (const tag of scripts) assert.equal(tag, '<script type="application/json" data-served>', 'only the served data');
  const json = html.match(SERVED)?.[1];
  if (json !== undefined) JSON.parse(json); // whole: nothing inside closed it early
  // Every tag, attribute by attribute (a `>` inside a value is always escaped, so a tag ends at the first).
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi))
    for (const [, name, bare = '', quoted] of tag.matchAll(/\s([^\s="'>/]+)(?:=(?:"([^"]*)"|([^\s>"']*)))?/g)) {
      const value = bare || quoted || '';
      assert.doesNotMatch(name, /^on/i, `no event handler: ${tag}`);
      if (!/^(href|src|srcset|cite|action|formaction|poster|background)$/i.test(name)) continue;
      for (const url of name == 'srcset' ? value.split(/,\s+/).map((each) => each.trim().split(/\s+/)[0]) : [value])
        assert.match(url.replace(/&amp;/g, '&'), /^(https?:\/\/|#comment-)/, `${name}="${value}" is http(s), or a comment's anchor`);
    }
  assert.doesNotMatch(html, /<(iframe|object|embed|svg|math|base|meta|link|form)\b/i, 'no foreign elements');
}

/** Texts that are markup, or that would close what holds them. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</template><script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!--lit-part--><style data-served></style>',
  '\u2028\u2029<iframe src=javascript:alert(1)>',
];
