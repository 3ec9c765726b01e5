/**
 * Node only: the page that an oEmbed answer frames (`oembed`): a story rendered here, in a document that
 * works inside WordPress's sandbox (`sandbox="allow-scripts"`: no cookies, storage, popups or top
 * navigation) and under a strict Content-Security-Policy.
 */
import type { Entry } from '../data/model.js';
import { safeUrl } from '../data/safe-url.js';
import { attributesHtml, escapeHtml } from '../upgrade/static-form.js';
import { stringsFor } from '../i18n/strings.js';
import { frameStrings } from './frame-strings.js';
import { providerOf, type Provider } from './oembed.js';
import { renderServed, styleHashes, type RenderOptions } from './render-story.js';

export interface EmbedPageOptions extends RenderOptions {
  /**
   * Where the library's `dist/` folder is served: an absolute URL. The page loads `embed.js`,
   * `frame.js` and `frame.css` from there; a sandboxed frame loads modules as another origin, so they
   * must be served with `Access-Control-Allow-Origin` (CDNs do).
   */
  assets: string;
  /** The archive, named in the frame's links ("Comment on …"). Default: the host of the entry's page. */
  provider?: Provider;
  /** The entry's human page, where readers comment and read on. Default: the entry's `url`. */
  page?: string;
}

/**
 * A whole HTML document for the frame of an oEmbed answer: the story rendered here (`renderStory`,
 * heading level 1), taken over by `embed.js`, with `frame.js`, which tells the host page the document's
 * height (WordPress's `height` message when the address carries `#?secret=…`, else Iframely's
 * `iframe.resize`) on load and at every change, and opens links in the top page (WordPress's `link`
 * message) or in a new tab. Comments are read only: the sign-in prompt becomes "Comment on <archive>",
 * a link to the entry's page, and the story ends on "Continue reading on <archive>". A card: the story's
 * text stops after a few lines (`frame.css`) and its nearby photos are left out unless `hide` says
 * otherwise (WordPress makes a frame at most 1000 px tall). No inline script;
 * the inline styles of the story are allowed by hash in the page's own policy (a `<meta>`): serve it as is.
 */
export async function embedPage(options: EmbedPageOptions): Promise<string> {
  const assets = safeUrl(options.assets, 'about:blank');
  if (!assets) throw new TypeError('embedPage: assets must be the absolute http(s) URL of dist/');
  const folder = assets.endsWith('/') ? assets : `${assets}/`;
  // The entry's page, the archive and the frame's words, once the entry is read (the prompt needs them first).
  let frame: { page?: string; provider: Provider; words: { comment: string; more: string } } | undefined;
  const around = (entry: Entry, lang: string) => {
    if (!frame) {
      const provider = options.provider ?? providerOf(entry, folder);
      frame = { page: safeUrl(options.page, 'about:blank') ?? entry.url, provider, words: frameStrings(lang, provider.name) };
    }
    return frame;
  };
  const { html, entry, lang } = await renderServed({ ...options, headingLevel: options.headingLevel ?? 1, hide: options.hide ?? 'nearby' }, (entry, lang) => {
    const { page, words } = around(entry, lang);
    return page ? { url: page, label: words.comment } : {};
  });
  const { page, provider, words } = around(entry, lang);
  const origin = new URL(folder).origin;
  const policy = [
    "default-src 'none'",
    `script-src ${origin}`,
    `style-src ${origin} ${styleHashes(html).join(' ')}`,
    'img-src http: https:',
    'connect-src http: https:',
    "base-uri 'none'",
    "form-action 'none'",
    // The library writes markup only through its policies (Lit's, and its own for reading HTML as text).
    "require-trusted-types-for 'script'",
    'trusted-types lit-html photo-story',
  ].join('; ');
  const title = [entry.title, provider.name].filter(Boolean).join(' — ');
  return `<!doctype html>
<html${attributesHtml([['lang', lang], ['dir', (stringsFor(lang) as { dir?: string }).dir], ['data-page', page], ['data-comment', page && words.comment]])}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
${page ? `<link rel="canonical" href="${escapeHtml(page)}">\n` : ''}<link rel="stylesheet" href="${escapeHtml(`${folder}frame.css`)}">
<script type="module" src="${escapeHtml(`${folder}embed.js`)}"></script>
<script type="module" src="${escapeHtml(`${folder}frame.js`)}"></script>
<base target="_blank">
</head>
<body>
<main>
${html}
${page ? `<p class="read-on"><a href="${escapeHtml(page)}">${escapeHtml(words.more)}</a></p>\n` : ''}</main>
</body>
</html>
`;
}
