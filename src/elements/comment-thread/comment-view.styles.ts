import { css } from '../css.js';

export const styles = css`
  ol ol {
    margin: 1em 0 0;
    padding-inline-start: var(--photo-story-indent, 1.5em);
    border-inline-start: 1px solid var(--_fill);
  }
  article,
  .gap {
    margin-bottom: 1em;
  }
  .gap {
    font-size: 0.875em;
  }
  article p {
    margin: 0.25em 0 0;
  }
  header {
    font-size: 0.875em;
  }
  [part='author'] {
    font-weight: bold;
    margin-inline-end: 0.5em;
  }
  [part='avatar'] {
    width: 2em;
    height: 2em;
    border-radius: 50%;
    vertical-align: middle;
    margin-inline-end: 0.5em;
  }
  .when {
    color: inherit;
    text-decoration: none;
  }
  .when:not(:hover, :focus) .full {
    display: none;
  }
`;
