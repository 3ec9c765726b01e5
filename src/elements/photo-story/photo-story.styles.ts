import { css } from 'lit';

/**
 * The host page's font and colors by default; every choice below can be changed through a
 * `--photo-story-*` custom property or a `::part`.
 */
export const styles = css`
  :host {
    display: block;
    --_muted: var(--photo-story-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_fill: var(--photo-story-placeholder, color-mix(in srgb, currentColor 10%, transparent));
    --_gap: var(--photo-story-gap, 1.25em);
    --_radius: var(--photo-story-radius, 0);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  article > *,
  p,
  figure,
  blockquote {
    margin: 0 0 var(--_gap);
  }
  a {
    color: var(--photo-story-link, inherit);
  }
  :focus-visible {
    outline: 2px solid var(--photo-story-accent, currentColor);
    outline-offset: 2px;
  }
  .title {
    font-family: var(--photo-story-title-font, inherit);
    font-size: var(--photo-story-title-size, 1.75em);
    font-weight: bold;
    line-height: 1.2;
    margin-bottom: 0.25em;
  }
  .title a:not(:hover) {
    text-decoration: none;
  }
  .muted,
  [part='meta'] {
    color: var(--_muted);
  }
  figure {
    margin-inline: 0;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    background: var(--_fill);
    border-radius: var(--_radius);
  }
  figcaption {
    margin-top: 0.5em;
    font-size: 0.9em;
  }
  .credits {
    display: block;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--photo-story-accent, currentColor);
    font-family: var(--photo-story-quote-font, inherit);
    font-size: 1.25em;
    font-style: italic;
    line-height: 1.4;
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  [part='story'] p {
    white-space: pre-line;
  }
  .error {
    padding: 1em;
    margin-bottom: var(--_gap);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 0.75em;
  }
  button {
    font: inherit;
    padding: 0.4em 1em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
    margin-bottom: var(--_gap);
  }
  .skeleton i {
    background: var(--_fill);
    border-radius: var(--_radius);
    height: 1em;
    width: 60%;
  }
  .skeleton .wide {
    width: 100%;
  }
  .skeleton .photo {
    width: 100%;
    height: auto;
    aspect-ratio: var(--photo-story-ratio, 3 / 2);
    margin-block: 0.75em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.5;
      }
    }
  }
`;
