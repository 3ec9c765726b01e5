import { css } from '../css.js';

/** The story's own layout; what all elements share is in `shared.styles.ts`. */
export const styles = css`
  article > * {
    margin: 0 0 var(--_gap);
  }
  [part='title'] {
    font-size: var(--photo-story-title-size, 1.75em);
    margin-bottom: 0.25em;
  }
  [part='title'] a:not(:hover) {
    text-decoration: none;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    background: var(--_fill);
    border-radius: var(--photo-story-radius, 0);
  }
  figcaption {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .credits {
    display: block;
  }
  blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--photo-story-accent, currentColor);
    font-family: var(--photo-story-quote-font, inherit);
    font-size: 1.25em;
    font-style: italic;
    line-height: 1.4;
  }
  .photo {
    aspect-ratio: var(--photo-story-ratio, 3 / 2);
  }
  [part='zoom'] {
    display: block;
    max-width: 100%;
    padding: 0;
    border: 0;
    background: none;
    cursor: zoom-in;
  }
  @container (width < 30em) {
    [part='title'] {
      font-size: var(--photo-story-title-size, 1.4em);
    }
    blockquote {
      font-size: 1.1em;
    }
  }
`;
