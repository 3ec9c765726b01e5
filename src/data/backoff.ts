import type { LoadError } from './load-error.js';

/*
 * Waiting between attempts of a request. A chunk of its own: most pages never retry.
 */

/** A `Retry-After` longer than this is not waited for: the reader gets the error and a Retry. */
const MAX_WAIT_MS = 10_000;

/**
 * Waits before another attempt: as long as the failed answer's `Retry-After` says, else 0.5 s, 1.5 s,
 * 4.5 s… Throws `failure` when the archive asks for a longer wait than a reader would sit through.
 */
export function backoff(attempt: number, failure: LoadError, signal: AbortSignal, answer?: Response): Promise<void> {
  const wait = retryAfter(answer?.headers.get('Retry-After')) ?? 500 * 3 ** attempt;
  if (wait > MAX_WAIT_MS) throw failure;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, wait);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** `Retry-After` in milliseconds, from seconds or an HTTP date; `undefined` when absent or unreadable. */
function retryAfter(header?: string | null): number | undefined {
  if (!header) return undefined;
  const ms = /^\d+$/.test(header) ? +header * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
