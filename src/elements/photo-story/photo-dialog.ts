import { html, nothing, render } from 'lit';
import { css } from '../css.js';
import type { EntryImage } from '../../data/model.js';
import { addStyles } from '../templates.js';
import type { PhotoStory } from './photo-story.js';

const styles = css`
  dialog {
    /* Within any screen, its padding included (320 × 640 too). */
    box-sizing: border-box;
    max-width: 100vw;
    max-height: 100dvh;
    padding: 1rem;
    border: 0;
    background: #111;
    color: #eee;
    color-scheme: dark;
    /* Its own dark background: a muted color that the page chose for its own would not do. */
    --photo-story-muted: initial;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.85);
  }
  dialog img {
    display: block;
    width: auto;
    max-width: calc(100vw - 2rem);
    max-height: calc(100dvh - 8rem);
    margin: 0 auto;
    object-fit: contain;
    cursor: zoom-out;
  }
  dialog figcaption {
    max-width: 50em;
    margin: 0.75em auto 0;
  }
  dialog > div {
    text-align: end;
    margin-bottom: 0.5em;
  }
`;

/**
 * Opens the story's photo large in a modal `<dialog>`, with its caption and credits: Escape, the Close
 * button or a click on the photo or beside it closes it, and focus goes back to the photo. The
 * photo asks the `srcset` for the viewport's whole width, so the browser takes its largest useful size.
 */
export function showPhoto(story: PhotoStory, image: EntryImage, caption: unknown, close: string): void {
  const root = story.renderRoot as ShadowRoot;
  let dialog = root.querySelector<HTMLDialogElement>('dialog');
  if (!dialog) {
    addStyles(story, styles);
    dialog = root.appendChild(document.createElement('dialog'));
    dialog.setAttribute('part', 'dialog');
    // The Close button, the photo and the backdrop (the dialog itself, around its content) close it; the
    // caption does not. No `<form method="dialog">`: a sandboxed frame without `allow-forms` (WordPress's
    // embeds) blocks its submission.
    dialog.addEventListener('click', ({ target }) => (target == dialog || (target as Element).matches('img,[part=close]')) && dialog!.close());
    // Back to the photo, also where a click does not focus the button it hits (Safari).
    dialog.addEventListener('close', () => root.querySelector<HTMLElement>('[part=zoom]')?.focus());
  }
  if (dialog.open) return;
  // Its name is the photo's title (as the story shows it), else its description. It sits beside the story's
  // content, not in it: it takes the direction that the story's wrapper set (right to left in Arabic, say).
  dialog.setAttribute('aria-label', story.shown?.title ?? image.alt ?? '');
  dialog.dir = root.querySelector('div')!.dir;
  render(
    html`<div><button part="close" autofocus>${close}</button></div>
      <figure>
        <img src=${image.src} srcset=${image.srcset ?? nothing} sizes="100vw" alt=${image.alt ?? ''} lang=${story.shown?.lang ?? nothing} />
        <figcaption>${caption}</figcaption>
      </figure>`,
    dialog,
  );
  dialog.showModal();
}
