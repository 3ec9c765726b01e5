import { css } from '../css.js';

export const styles = css`
  ul {
    display: grid;
    gap: 1em;
    grid: auto / repeat(auto-fill, minmax(var(--photo-story-thumbnail-width, 8rem), 1fr));
  }
  .strip {
    grid: auto / auto-flow var(--photo-story-thumbnail-width, 8rem);
    overflow-x: auto;
  }
  a {
    display: grid;
    gap: 0.25em;
    text-decoration: none;
    font-size: 0.875em;
  }
  img,
  .skeleton i {
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--_fill);
  }
  [part='item-title'] {
    font-size: 1.15em;
  }
  a:hover [part='item-title'] {
    text-decoration: underline;
  }
`;
