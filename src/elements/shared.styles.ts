import { css } from './css.js';

/**
 * What every element shares: the host page's font and colors, the `--photo-story-*` properties,
 * headings, links, lists, buttons and loading shapes.
 */
export const sharedStyles = css`
  :host {
    display: block;
    --_fill: var(--photo-story-placeholder, color-mix(in srgb, currentColor 10%, transparent));
    --_gap: var(--photo-story-gap, 1.25em);
    overflow-wrap: anywhere;
    /* Layout follows the element's own width (a sidebar or a wide column), not the viewport's. A
       parent that sizes it by its content (a float, a flex row) gives it all the room there is; it
       never asks for more than 15rem, so a column of a 320 px screen holds it (a table cell gives
       it that). */
    container-type: inline-size;
    contain-intrinsic-inline-size: 15rem;
    inline-size: stretch;
    min-inline-size: 0;
    box-sizing: border-box; /* the theme's padding included */
  }
  /* The host's colors unless asked: then the system's, light, dark, or as the reader prefers. A page
     restyles these with plain CSS on the element, which wins over :host. */
  :host([theme]) {
    color-scheme: light dark;
    color: CanvasText;
    background: Canvas;
    padding: 1em;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  p,
  ol,
  ul,
  .skeleton {
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }
  p {
    white-space: pre-line;
  }
  a {
    color: var(--photo-story-link, inherit);
  }
  /* Secondary text (dates, captions) keeps the text color unless the page sets one: a lighter shade of
     it would fall below 4.5:1 on a background the element cannot know. A reader who asks for more
     contrast gets the text color whatever the page set. */
  @media not (prefers-contrast: more) {
    .muted {
      color: var(--photo-story-muted);
    }
  }
  [role='heading'] {
    font-family: var(--photo-story-title-font, inherit);
    font-weight: bold;
    font-size: 1.25em;
    line-height: 1.2;
    margin-bottom: 0.75em;
  }
  button {
    font: inherit;
  }
  .skeleton,
  .skeleton i {
    display: grid;
    gap: 0.75em;
    min-height: 1em;
  }
  .skeleton i {
    background: var(--_fill);
  }
  @media (forced-colors: active) {
    .skeleton i {
      border: 1px solid;
    }
  }
`;
