import { record } from '../../data/fields.js';

/**
 * Drafts of comments in `localStorage`, per thread and reader, so that a reload loses nothing. Storage
 * that is missing, full or throwing only means that drafts are not kept: the text stays in its box.
 */
const PREFIX = 'photo-story-draft ';
/** The drafts of this page that storage refused (it throws, or is full). */
const memory = new Map<string, Draft>();

export interface Draft {
  text: string;
  /** The id of the comment it replies to. */
  parent?: string;
  /** The `Idempotency-Key` of the comment: made with the draft, so that every tab posts it with the same. */
  key?: string;
}

export function readDraft(name: string): Draft | undefined {
  if (memory.has(name)) return memory.get(name);
  try {
    const { text, parent, key } = record(JSON.parse(localStorage.getItem(PREFIX + name) ?? '{}')) ?? {};
    if (typeof text == 'string') {
      return { text, parent: typeof parent == 'string' ? parent : undefined, key: typeof key == 'string' ? key : undefined };
    }
  } catch {
    // No draft to restore.
  }
  return undefined;
}

/**
 * Keeps the draft, or forgets it when there is nothing left to keep. Storage holds it (where other tabs
 * see it); the page's memory only what storage refused.
 */
export function saveDraft(name: string, draft: Draft): void {
  try {
    if (draft.text || draft.key) localStorage.setItem(PREFIX + name, JSON.stringify(draft));
    else localStorage.removeItem(PREFIX + name);
    memory.delete(name);
  } catch {
    memory.set(name, draft);
  }
}

/**
 * Follows the draft `name` as other tabs of the page change it (the `storage` event: a tab that posted
 * it removes it), until `signal` aborts.
 */
export function watchDraft(name: string, changed: (draft: Draft) => void, signal: AbortSignal): void {
  addEventListener(
    'storage',
    ({ key }) => {
      // `null`: the whole storage was cleared.
      if (key != null && key != PREFIX + name) return;
      memory.delete(name);
      changed(readDraft(name) ?? { text: '' });
    },
    { signal },
  );
}

/** A new `Idempotency-Key`: 128 random bits in hex (`crypto.randomUUID` needs a secure page). */
export const newKey = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** Forgets every draft whose name starts with `prefix` (all of a reader's, on sign-out). */
export function forgetDrafts(prefix: string): void {
  for (const name of memory.keys()) if (name.startsWith(prefix)) memory.delete(name);
  try {
    for (let i = localStorage.length; i--; ) {
      const name = localStorage.key(i);
      if (name?.startsWith(PREFIX + prefix)) localStorage.removeItem(name);
    }
  } catch {
    // Nothing was kept.
  }
}
