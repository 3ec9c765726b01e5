/**
 * Drafts of comments in `localStorage`, per thread and reader, so that a reload loses nothing. Storage
 * that is missing, full or throwing only means that drafts are not kept: the text stays in its box.
 */
const PREFIX = 'photo-story-draft ';
/** The drafts of this page, for when storage throws. */
const memory = new Map<string, Draft>();

export interface Draft {
  text: string;
  /** The id of the comment it replies to. */
  parent?: string;
  /** The `Idempotency-Key` of a comment that may have reached the archive. */
  key?: string;
}

export function readDraft(name: string): Draft | undefined {
  if (memory.has(name)) return memory.get(name);
  try {
    const { text, parent, key } = JSON.parse(localStorage.getItem(PREFIX + name) ?? '{}');
    if (typeof text == 'string') {
      return { text, parent: typeof parent == 'string' ? parent : undefined, key: typeof key == 'string' ? key : undefined };
    }
  } catch {
    // No draft to restore.
  }
  return undefined;
}

/** Keeps the draft, or forgets it when there is nothing left to keep. */
export function saveDraft(name: string, draft: Draft): void {
  memory.set(name, draft);
  try {
    if (draft.text || draft.key) localStorage.setItem(PREFIX + name, JSON.stringify(draft));
    else localStorage.removeItem(PREFIX + name);
  } catch {
    // Not kept.
  }
}

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
