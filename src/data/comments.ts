import { labelled, paragraphs, record, text } from './fields.js';
import { MAX_ITEMS, type Comment } from './lists.js';
import { safeUrl } from './safe-url.js';

/*
 * The comments of a list. A chunk of its own, loaded only for a list that has comments (most entries'
 * lists are empty); it travels with the chunk that shows them.
 */

/** Replies deeper than this are not shown. */
const MAX_DEPTH = 12;

/**
 * Reads the members of a comment list into threads. Threads come from nested `replies` or from a flat
 * list whose items name their `parent` (a parent must come first: that also rules out cycles). Comments
 * without text are dropped; at most `MAX_ITEMS` are read, replies included.
 */
export function threads(list: unknown[], base: string): Comment[] {
  const byId = new Map<string, [Comment, number]>();
  let count = 0;
  const read = (value: unknown, depth: number): Comment[] => {
    const item = record(value);
    const body = paragraphs(item?.text);
    if (!item || !body.length || depth > MAX_DEPTH || ++count > MAX_ITEMS) return [];
    const author = labelled(item.author, base);
    const key = text(item.id);
    const id = key?.replace(/\s+/g, '-');
    // Its parent is looked for before its own replies are read: one of them cannot be its parent.
    const [parent, parentDepth = MAX_DEPTH] = (depth == 0 && byId.get(text(item.parent) ?? '')) || [];
    const comment: Comment = {
      id,
      author: author && { ...author, avatar: safeUrl(record(item.author)?.avatar, base) },
      created: text(item.created),
      text: body,
      pending: item.status == 'pending',
      replies: Array.isArray(item.replies) ? item.replies.flatMap((reply) => read(reply, depth + 1)) : [],
    };
    const nests = parentDepth < MAX_DEPTH;
    if (key) byId.set(key, [comment, nests ? parentDepth + 1 : depth]);
    if (!nests) return [comment];
    parent!.replies.push(comment);
    return [];
  };
  return list.flatMap((item) => read(item, 0));
}
