import { labelled, paragraphs, record, text } from './fields.js';
import { MAX_ITEMS, type Comment } from './model.js';
import { safeUrl } from './safe-url.js';

/*
 * The comments of a list. A chunk of its own, loaded only for a list that has comments (most entries'
 * lists are empty); it travels with the chunk that shows them.
 */

/** Replies deeper than this are not shown. */
const MAX_DEPTH = 12;

/** A comment's id as the page writes it (in `#comment-<id>`): its whitespace made dashes. */
export const anchorId = (key: string | undefined) => key?.replace(/\s+/g, '-');

/**
 * Reads the members of a comment list into threads. Threads come from nested `replies` or from a flat
 * list whose items name their `parent` (a parent must come first: that also rules out cycles). Comments
 * without text are dropped; at most `MAX_ITEMS` are read, replies included.
 */
export function threads(list: unknown[], base: string): Comment[] {
  const byId = new Map<string, Comment>();
  const depths = new Map<Comment, number>();
  const top: Comment[] = [];
  let count = 0;
  const read = (value: unknown, depth: number, siblings: Comment[]): void => {
    const item = record(value);
    const body = paragraphs(item?.text);
    if (!item || !body.length || depth > MAX_DEPTH || ++count > MAX_ITEMS) return;
    const author: Comment['author'] = labelled(item.author, base);
    if (author) author.avatar = safeUrl(record(item.author)?.avatar, base);
    const key = text(item.id);
    // Its parent is looked for before its own replies are read: one of them cannot be its parent.
    const parent = depth == 0 ? byId.get(text(item.parent) ?? '') : undefined;
    const parentDepth = parent ? depths.get(parent)! : MAX_DEPTH;
    const comment: Comment = {
      id: anchorId(key),
      author,
      created: text(item.created),
      text: body,
      pending: item.status == 'pending',
      replies: [],
    };
    const nests = parentDepth < MAX_DEPTH;
    depths.set(comment, nests ? parentDepth + 1 : depth);
    (nests ? parent!.replies : siblings).push(comment);
    if (Array.isArray(item.replies)) for (const reply of item.replies) read(reply, depth + 1, comment.replies);
    // After its replies: of a comment and a reply with the same id, the comment is the one named.
    if (key) byId.set(key, comment);
  };
  for (const item of list) read(item, 0, top);
  return top;
}
