import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Styles written as a `css` template without interpolations, as every style of the library is: the
 * same `CSSResult` as Lit's `css` tag, without the checks of interpolated values that tag carries
 * (about 150 B gzip of `embed.js`). The build minifies these templates by the tag's name.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
