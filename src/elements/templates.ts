import { html, nothing, type CSSResult, type LitElement, type TemplateResult } from 'lit';
import type { LoadError, LoadFailure } from '../data/load-error.js';
import { fill, type Strings } from '../i18n/strings.js';
import type { SourceElement } from './with-source.js';

/** A link when there is a (safe) URL, else the label alone. */
export const link = (label: unknown, url?: string) => (url ? html`<a href=${url}>${label}</a>` : label);

/**
 * A name or a title from data inside a sentence of the interface ("Contributed by …"), linked where it
 * has a URL: isolated, in its own direction, so that its punctuation stays in place.
 */
export const isolated = (label: unknown, url?: string) => html`<bdi>${link(label, url)}</bdi>`;

/** A heading of `level` (1–6, clamped) that works at any depth of any host page; its words take their own direction. */
export const heading = (level: number, content: unknown, part = 'heading', lang: unknown = nothing) =>
  html`<div part=${part} role="heading" aria-level=${Math.min(6, Math.max(1, Math.round(level) || 2))} tabindex="-1" lang=${lang} dir="auto">
    ${content}
  </div>`;

/**
 * The reader's sentence for a failure. Network and time-out failures say so; for the rest, a list
 * says it could not be loaded (`failed`: also for a chunk of its own that did not come, never the
 * archive's fault), a story says what went wrong.
 */
export function errorMessage({ reason, status }: LoadError, t: Strings, failed?: string): string {
  return reason == 'network' || reason == 'timeout' || !failed
    ? reason == 'http'
      ? status == 404 || status == 410
        ? t.notFound
        : fill(t.http, { status }).join('')
      : t[reason == 'shape' ? 'parse' : (reason as Exclude<LoadFailure, 'chunk' | 'shape'>)]
    : failed;
}

/**
 * The error sentence in an always-present polite live region, and Try again beside it, outside the
 * region: the sentence is announced alone. The region exists before any error, so that screen readers
 * announce the sentence when it arrives, and its text changes only when the sentence does (a reload
 * keeps the error shown until it is answered, see `RemoteData`): one error is said once, however
 * often it comes back, and Try again keeps the focus while it tries.
 */
export const status = (message: string | undefined, t: Strings, element: Retrying): TemplateResult =>
  html`<p part="status"><span role="status">${message}</span>
    ${message ? html`<button part="retry" @click=${() => ((element._refocus = true), element.reload())}>${t.retry}</button>` : nothing}
  </p>`;

/** An element with a Try again button: it loads again, and then moves the focus (see `refocus`). */
export type Retrying = LitElement & Pick<SourceElement, '_refocus'> & { reload(): void };

/**
 * Once the element's data came after Try again (or a story's swap to a nearby photo), and it has drawn
 * them: the focus, lost with the button (or the nearby photo) that had it, goes to its heading (the
 * story's title, the list's heading). A reader who went on elsewhere meanwhile stays there; a failure
 * leaves Try again, and the focus on it.
 */
export function refocus(element: Retrying, failed: unknown): void {
  if (element._refocus && !failed)
    element.updateComplete.then(() => document.activeElement == document.body && element.renderRoot.querySelector<HTMLElement>('[role=heading]')?.focus());
  element._refocus = false;
}

/** Creates an element of the library under the name its class was registered with (a host may
 * rename tags), or `nothing` when it is not registered. */
export function create<T extends HTMLElement>(element: new () => T, properties: Partial<T>): T | typeof nothing {
  const tag = customElements.getName(element);
  return tag ? Object.assign(document.createElement(tag) as T, properties) : nothing;
}

/** Adds `styles` to an element's shadow root, once: the styles of what a chunk renders there. */
export function addStyles(element: LitElement, styles: CSSResult): void {
  const root = element.renderRoot as ShadowRoot;
  if (!root.adoptedStyleSheets.includes(styles.styleSheet!)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
}
