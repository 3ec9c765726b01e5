// The snippet forms of one story, made from the snippet builder's settings. The builder's live preview
// is made from the same attributes, so what an author sees is what they paste.

/**
 * @typedef {object} Settings
 * @property {string} src            the JSON URL (absolute, so that the snippet works on any page)
 * @property {string} script         the URL of dist/embed.js
 * @property {string} [format]       'native' or 'iiif'; empty for auto
 * @property {string} [map]          a declarative map, as JSON
 * @property {string} [lang]         the reader's language for the story
 * @property {string} [headingLevel] the title's heading level; empty for 2
 * @property {Record<string, string>} [theme] `--photo-story-*` custom properties and their values
 * @property {Fallback} [fallback]   what readers without JavaScript see
 *
 * @typedef {object} Fallback
 * @property {string} [title]
 * @property {string} [url]     the entry's human page
 * @property {string} [date]
 * @property {string} [caption]
 * @property {{src: string, alt?: string, width?: number, height?: number}} [image]
 */

/** Text for HTML: in an element or in a double-quoted attribute. */
export const escapeHtml = (value) =>
  String(value).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

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

const attributesHtml = (pairs) => pairs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');

/**
 * DESIGN's fallback: the title linked to the entry's page, the date, the photo and its caption. The
 * photo is lazy, so that a page whose story shows never downloads it.
 */
export function fallbackHtml({ title, url, date, caption, image } = {}) {
  const name = escapeHtml(title || url || 'The photo and its story');
  const lines = [`<p>${url ? `<a href="${escapeHtml(url)}">${name}</a>` : name}${date ? `, ${escapeHtml(date)}` : ''}</p>`];
  if (image?.src) {
    const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : '';
    lines.push(`<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt ?? '')}"${size} loading="lazy">`);
  }
  if (caption) lines.push(`<p>${escapeHtml(caption)}</p>`);
  return lines.map((line) => `  ${line}\n`).join('');
}

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
  const fallback = fallbackHtml(settings.fallback);
  const style = declarations.length ? ` style="${escapeHtml(declarations.join(' '))}"` : '';
  const script = `<script type="module" src="${escapeHtml(settings.script)}"></script>`;
  // In the plain form `lang` is the blockquote's own (editors keep it); every other attribute is data-*.
  const plainAttributes = attributes.map(([name, value]) => [name == 'lang' ? name : `data-${name}`, value]);
  const cite = settings.fallback?.url ? [['cite', settings.fallback.url]] : [];
  return {
    script,
    tag: `${script}\n<photo-story${attributesHtml(attributes)}${style}>\n${fallback}</photo-story>`,
    plain: `<blockquote class="photo-story"${attributesHtml([...plainAttributes, ...cite])}>\n${fallback}</blockquote>`,
    css: declarations.length ? `photo-story {\n${declarations.map((line) => `  ${line}\n`).join('')}}` : '',
  };
}
