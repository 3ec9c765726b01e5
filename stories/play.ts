/** What the stories' `play` functions share. */

/** How long a play waits for what it expects: chunks load on first use, and CI machines are slow. */
export const WAIT = { timeout: 5000 };

/** An element of `host`'s shadow tree, or an error until it is there (for `waitFor`). */
export function found(host: Element, selector: string): HTMLElement {
  const el = host.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector} yet`);
  return el;
}
