// The snippet forms of one story, made from the snippet builder's settings. The builder's live preview
// is made from the same attributes, so what an author sees is what they paste.

import { attributesHtml, escapeHtml, staticStory } from '/dist/upgrade/static-form.js';

/**
 * @typedef {object} Settings
 * @property {string} src            the JSON URL (absolute, so that the snippet works on any page)
 * @property {string} script         the URL of dist/embed.js
 * @property {string} [format]       'native' or 'iiif'; empty for auto
 * @property {string} [map]          a declarative map, as JSON
 * @property {string} [lang]         the reader's language for the story
 * @property {string} [headingLevel] the title's heading level; empty for 2
 * @property {Record<string, string>} [theme] `--photo-story-*` custom properties and their values
 * @property {Partial<import('../dist/index.js').Entry>} [fallback] the entry as the preview shows it:
 *   what readers without JavaScript see (the library's plain-HTML form, `staticStory`, filled from it)
 */

/** The story's attributes, in the order they are written: `[name, value]` pairs. */
export function storyAttributes({ src, format, map, lang, headingLevel }) {
  return [
    ['src', src],
    ['format', format],
    ['map', map && JSON.stringify(JSON.parse(map))], // one line, and proof that it is JSON
    ['heading-level', headingLevel],
    ['lang', lang],
  ].filter(([, value]) => value);
}

/** `--photo-story-*` declarations, for a `style` attribute or a stylesheet rule. */
const themeDeclarations = (theme = {}) =>
  Object.entries(theme)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value};`);

/** The plain-HTML form filled from what the preview shows, as the library writes it (`staticStory`). */
const staticForm = (fallback, options) => staticStory({ story: [], ...fallback, title: fallback?.title || fallback?.url || undefined }, options);

/**
 * The snippets of a story:
 * - `script`: the line a site adds once (the plain-HTML form needs only it);
 * - `tag`: the script and the `<photo-story>` tag, for pages that take both;
 * - `plain`: the blockquote for editors that strip scripts and unknown tags;
 * - `css`: the theme as a stylesheet rule, for the site's own CSS (empty without a theme).
 */
export function snippets(settings) {
  const attributes = storyAttributes(settings);
  const declarations = themeDeclarations(settings.theme);
  const style = declarations.length ? ` style="${escapeHtml(declarations.join(' '))}"` : '';
  const script = `<script type="module" src="${escapeHtml(settings.script)}"></script>`;
  // In the plain form `lang` is the blockquote's own (editors keep it); every other attribute is data-*.
  const { src, lang } = settings;
  const others = attributes.filter(([name]) => name != 'src' && name != 'lang');
  return {
    script,
    // Inside the tag, the same form without `data-src`: the story's fallback.
    tag: `${script}\n<photo-story${attributesHtml(attributes)}${style}>\n${staticForm(settings.fallback, { lang })}\n</photo-story>`,
    plain: staticForm(settings.fallback, { src, lang, attributes: others }),
    css: declarations.length ? `photo-story {\n${declarations.map((line) => `  ${line}\n`).join('')}}` : '',
  };
}
